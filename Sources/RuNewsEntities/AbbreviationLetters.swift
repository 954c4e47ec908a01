/// The letters a word gives the abbreviation it is part of, the way Russian abbreviations are made:
/// its first letter, or with `byParts` the first of each part of a compound word
/// ("христианско-демократический" → х, д). Organisations' and terms' abbreviations are both read so.
extension StringProtocol {
    func abbreviationLetters(byParts: Bool = true) -> [Character] {
        byParts ? split(separator: "-").compactMap(\.first) : first.map { [$0] } ?? []
    }
}
