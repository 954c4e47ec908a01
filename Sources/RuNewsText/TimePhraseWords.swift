/// The words of a time phrase that opens a sentence: "В 2007 г.", "Летом 2008г.", "С 2002г. по 2006г.",
/// "В начале 2016 г.", "12 мая 2013 г.".
///
/// A sentence that so far holds only such words, numbers and units has not said anything yet, so the
/// period of its unit is the abbreviation's and not the sentence's ("В 2007г. Berkshire начала …").
/// Month names come from `MonthNames`.
public enum TimePhraseWords {
    /// Folded (lowercase, ё → е).
    public static let words: Set<String> = [
        "в", "во", "с", "со", "по", "до", "к", "ко", "от", "на", "за", "после", "около", "между", "и", "уже",
        "еще", "лишь", "только", "начале", "конце", "середине", "начала", "конца", "середины", "течение",
        "летом", "зимой", "весной", "осенью", "году", "года",
    ]

    /// Whether the folded `word` belongs in a time phrase.
    public static func contains(_ word: String) -> Bool {
        words.contains(word) || MonthNames.numbers[word] != nil
    }
}
