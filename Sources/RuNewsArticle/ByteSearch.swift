extension Collection where Element == UInt8 {
    /// Whether `needle` (not empty) occurs in these bytes: class words, attribute values, a headline
    /// within a block. UTF-8 text is searched as bytes over its contiguous storage; no decoding.
    func contains(bytes needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        if let found = withContiguousStorageIfAvailable({ haystack in needle.withUnsafeBufferPointer { haystack.contains($0) } }) {
            return found
        }
        return Array(self).contains(bytes: needle)
    }
}

extension Collection where Element == UInt8 {
    /// Whether the bytes hold an ASCII digit, read over their contiguous storage: every dateline has one,
    /// and most texts a page's blocks and nodes hold are asked.
    var hasASCIIDigit: Bool {
        withContiguousStorageIfAvailable { bytes in bytes.contains { $0 &- 0x30 < 10 } } ?? contains { $0 &- 0x30 < 10 }
    }
}

private extension UnsafeBufferPointer where Element == UInt8 {
    func contains(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= count else { return false }
        let first = needle[0]
        for start in 0...(count - needle.count) where self[start] == first {
            var offset = 1
            while offset < needle.count, self[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}

/// Whether any of a list of words occurs in a text of bytes, in one pass over the text: each position is
/// rejected by a table of the words' first two bytes, and only the words that start so are compared.
/// Every element's class and id words are searched for the frame's and the article's hint words.
struct BytePatterns: Sendable {
    private let patterns: [[UInt8]]
    /// Bit `a << 8 | b` set when a word starts with the bytes a, b.
    private let starts: [UInt64]
    private let byStart: [UInt16: [Int]]

    init(_ words: [String]) {
        patterns = words.map { Array($0.utf8) }
        precondition(patterns.allSatisfy { $0.count >= 2 }, "hint words have two bytes or more")
        var starts = [UInt64](repeating: 0, count: 1 << 10)
        var byStart: [UInt16: [Int]] = [:]
        for (index, pattern) in patterns.enumerated() {
            let key = UInt16(pattern[0]) << 8 | UInt16(pattern[1])
            starts[Int(key) >> 6] |= 1 << UInt64(key & 63)
            byStart[key, default: []].append(index)
        }
        self.starts = starts
        self.byStart = byStart
    }

    /// Whether any of the words occurs in a string's UTF-8, read in place.
    func occurs(in text: String.UTF8View) -> Bool {
        text.withContiguousStorageIfAvailable { occurs(in: $0) } ?? occurs(in: Array(text))
    }

    func occurs(in text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { occurs(in: $0) }
    }

    func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2 else { return false }
        for position in 0..<(bytes.count - 1) {
            let key = UInt16(bytes[position]) << 8 | UInt16(bytes[position + 1])
            guard starts[Int(key) >> 6] & (1 << UInt64(key & 63)) != 0 else { continue }
            for index in byStart[key]! {
                let pattern = patterns[index]
                if position + pattern.count <= bytes.count, pattern.indices.allSatisfy({ bytes[position + $0] == pattern[$0] }) { return true }
            }
        }
        return false
    }
}

/// UTF-8 bytes as a set's or a dictionary's key, hashed in one call over the buffer: a string's hash
/// normalises it first, an array's combines its bytes one by one, and both cost more than the lookup.
package struct ByteKey: Hashable, Sendable {
    let bytes: [UInt8]

    package init(_ text: String) { bytes = Array(text.utf8) }
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    package func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    /// The lowercase words of a text, split at ASCII characters other than letters and digits: the
    /// words two texts share, compared without the folding and the string hashing `TextComparison` does.
    /// A–Z and U+0400–U+042F (Russian's capitals and Ё, Є, І, Ї, Ў …) are lowered in the bytes (a string's
    /// `lowercased()` looks every scalar up); other capitals (É, Ґ) are kept.
    static func words(of text: String) -> Set<ByteKey> {
        Set(wordList(of: text))
    }

    /// The same words in the text's order, repeats kept.
    static func wordList(of text: String) -> [ByteKey] {
        var words: [ByteKey] = []
        var word: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte >= 0x80 || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                // U+0400–U+042F, "D0 80" to "D0 AF", lower to U+0450–U+045F and U+0430–U+044F.
                if byte == 0xD0, index < bytes.count, (0x80...0xAF).contains(bytes[index]) {
                    let next = bytes[index]
                    index += 1
                    let (lead, trail): (UInt8, UInt8) = switch next {
                    case 0x90...0x9F: (0xD0, next + 0x20)
                    case 0xA0...0xAF: (0xD1, next - 0x20)
                    default: (0xD1, next + 0x10)
                    }
                    word.append(lead)
                    word.append(trail)
                } else {
                    word.append(byte)
                }
            } else if (0x41...0x5A).contains(byte) {
                word.append(byte + 0x20)
            } else if !word.isEmpty {
                words.append(ByteKey(word))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(ByteKey(word)) }
        return words
    }
}
