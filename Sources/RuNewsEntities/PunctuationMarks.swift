import RuNewsText

/// Marks that open and close quotations and list items, and dashes, as token texts are compared with them.
enum PunctuationMarks {
    static let openingQuotes: Set<Character> = ["«", "\"", "„", "“"]
    static let closingQuotes: Set<Character> = ["»", "\"", "“", "”"]
    /// The marks that open and close a quote as a pair: Russian «…» and „…“, English “…”.
    static let quotePairs: [(opening: String, closing: String)] = [("«", "»"), ("„", "“"), ("“", "”")]
    static let dashes: Set<String> = ["-", "—", "–"]
    /// What opens an item of a list: the sentence splitter's bullets, or a dash.
    static let itemMarks: Set<String> = Set(SentenceSplitter.bullets.map(String.init)).union(dashes)
    /// Whether a token is what stands between the items of a list run on one line: a bullet or a bar, never
    /// inside a name.
    static func isSeparator(_ token: String) -> Bool {
        var scalars = token.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return false }
        return first == "|" || first == "¦" || SentenceSplitter.bullets.contains(first)
    }

    /// Whether a token's text is one of `marks`.
    static func isOne(of marks: Set<Character>, _ token: String) -> Bool {
        token.count == 1 && token.first.map(marks.contains) == true
    }
}
