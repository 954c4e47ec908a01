/// The capitalisation of a word, put back on its lemma and other forms: "Владимиром" → "Владимир",
/// "ООН" → "ООН", "Римского-Корсакова" → "Римский-Корсаков", "Из-за" → "Из-за".
struct Capitalization {
    private var isUpper = false
    /// Whether each hyphen-separated part starts with a capital.
    private var capitalizedParts: [Bool] = []

    init(of word: String) {
        let letters = word.unicodeScalars.filter(\.properties.isAlphabetic)
        isUpper = letters.count > 1 && letters.allSatisfy(\.properties.isUppercase)
        capitalizedParts = word.split(separator: "-", omittingEmptySubsequences: false).map {
            $0.unicodeScalars.first(where: \.properties.isAlphabetic)?.properties.isUppercase ?? false
        }
    }

    func apply(to word: String) -> String {
        if isUpper { return word.uppercased() }
        guard capitalizedParts.contains(true) else { return word }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return parts.enumerated().map { index, part in
            let capitalized = index < capitalizedParts.count ? capitalizedParts[index] : false
            return capitalized ? part.prefix(1).uppercased() + part.dropFirst() : String(part)
        }.joined(separator: "-")
    }
}
