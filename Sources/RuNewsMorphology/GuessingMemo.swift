/// The parts of one word that guessing has parsed, each once: "недонедо…лать" reaches every remainder
/// by many chains of prefixes, which pymorphy parses again each time (twice the work per "недо").
struct GuessingMemo {
    var readings: [String: [MorphAnalyzer.Candidate]] = [:]
    /// Parses run for the word and its parts: what a test reads to see the search stays bounded.
    var parses = 0

    /// Words longer than this (in scalars) get no guessing, only their shape: the dictionary's longest
    /// word has 40 letters, and the splits of a 10 000-letter "word" would cost their square.
    static let maximumGuessedLength = 64

    static func isGuessable(_ lower: String) -> Bool {
        lower.utf8.count <= maximumGuessedLength || lower.unicodeScalars.count <= maximumGuessedLength
    }
}
