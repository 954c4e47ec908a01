extension StringProtocol {
    /// Whether the text has at most `limit` characters, learnt without counting a long text through:
    /// a character has at least one byte and one scalar, so short texts are told by those, and the rest
    /// is walked `limit` characters at most (grapheme breaking costs more than the rest of a check).
    func hasCharacters(atMost limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        if unicodeScalars.count <= limit { return true }
        guard let end = index(startIndex, offsetBy: limit, limitedBy: endIndex) else { return true }
        return end == endIndex
    }
}
