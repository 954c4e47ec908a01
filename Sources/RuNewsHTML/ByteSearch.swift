extension Collection where Element == UInt8 {
    /// Whether `needle` (not empty) occurs in these bytes: class words, attribute values, a headline
    /// within a block. UTF-8 text is searched as bytes; no decoding.
    func contains(bytes needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        var rest = self[...]
        while let start = rest.firstIndex(of: first) {
            if rest[start...].starts(with: needle) { return true }
            rest = rest[rest.index(after: start)...]
        }
        return false
    }
}
