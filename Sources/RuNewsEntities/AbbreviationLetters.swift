/// The letters a word gives the abbreviation it is part of, the way Russian abbreviations are made:
/// its first letter, or with `byParts` the first of each part of a compound word
/// ("христианско-демократический" → х, д). Organisations' and terms' abbreviations are both read so.
extension StringProtocol {
    /// Read over scalars: splitting into characters finds grapheme boundaries, a cost per letter of every
    /// organisation's name.
    func abbreviationLetters(byParts: Bool = true) -> [Character] {
        guard byParts else { return unicodeScalars.first.map { [Character($0)] } ?? [] }
        var letters: [Character] = []
        var atPartStart = true
        for scalar in unicodeScalars {
            if scalar == "-" {
                atPartStart = true
            } else if atPartStart {
                letters.append(Character(scalar))
                atPartStart = false
            }
        }
        return letters
    }
}
