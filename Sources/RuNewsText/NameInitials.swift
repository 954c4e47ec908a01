/// Initials of two letters, as Russian writes some first names: "Дж. Буш" (Джордж), "Вл. Соловьёв".
///
/// The tokenizer makes them `.initial` tokens like "В.", so they neither end a sentence nor stand apart
/// from the surname after them. Each is no Russian word, so "… с ним. Вл…" cannot be one.
public enum NameInitials {
    /// As written: a capital and a lowercase letter, without the period.
    public static let twoLetter: Set<String> = [
        "Дж", "Вл", "Вс", "Ал",
    ]
}
