/// A folded word compared and hashed by its UTF-8 bytes.
///
/// `String` equality and hashing normalise non-ASCII text on every call, which made vocabulary lookups
/// the hot spot of extraction. Text reaching the extractors is NFC already, so bytes suffice.
struct Word: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    let text: String
    /// FNV-1a of the bytes, read once when the word is made: a lookup then hashes eight bytes instead of
    /// the word, and two different words are told apart by it before their bytes are compared.
    private let key: UInt64

    init(_ text: String) {
        self.text = text
        key = Self.key(of: text)
    }

    init(stringLiteral text: String) { self.init(text) }

    var description: String { text }

    static func == (a: Word, b: Word) -> Bool {
        a.key == b.key && a.text.utf8.count == b.text.utf8.count && a.text.hasUTF8(b.text, at: 0)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(key) }

    /// What sets and dictionaries hash a word by: the key is a hash already, and SipHash over its eight
    /// bytes cost more than the vocabulary lookups it served. The table's seed is mixed in by murmur3's
    /// finaliser, so each table still places words its own way; equal words hash alike, as `==` needs.
    func _rawHashValue(seed: Int) -> Int {
        var mixed = key ^ UInt64(UInt(bitPattern: seed))
        mixed = (mixed ^ mixed >> 33) &* 0xff51_afd7_ed55_8ccd
        mixed = (mixed ^ mixed >> 33) &* 0xc4ce_b9fe_1a85_ec53
        return Int(truncatingIfNeeded: mixed ^ mixed >> 33)
    }

    private static func key(of text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // Native strings are contiguous UTF-8: read as one buffer, not through the view's iterator.
        if text.utf8.withContiguousStorageIfAvailable({ bytes -> Void in for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 } }) == nil {
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return hash
    }

    func hasPrefix(_ prefix: String) -> Bool {
        prefix.utf8.count <= text.utf8.count && text.hasUTF8(prefix, at: 0)
    }

    /// The byte offset where `part` first stands in the word, or nil (an empty part stands at 0).
    func byteOffset(of part: String) -> Int? {
        let count = text.utf8.count, partCount = part.utf8.count
        guard partCount <= count else { return nil }
        return (0...(count - partCount)).first { text.hasUTF8(part, at: $0) }
    }

    func hasSuffix(_ suffix: String) -> Bool { text.hasUTF8Suffix(suffix) }
}

extension String {
    /// Whether the string's bytes end with one of `suffixes`' (a `hasSuffix` compares characters, slowly).
    func hasUTF8Suffix(_ suffix: String) -> Bool {
        suffix.utf8.count <= utf8.count && hasUTF8(suffix, at: utf8.count - suffix.utf8.count)
    }

    func hasUTF8Suffix(anyOf suffixes: [String]) -> Bool { suffixes.contains(where: hasUTF8Suffix) }

    /// Whether `other`'s UTF-8 bytes stand in this string's from byte `offset`, which leaves room for them.
    /// Compared over both strings' contiguous bytes: the views' iterators cost a check a byte.
    fileprivate func hasUTF8(_ other: String, at offset: Int) -> Bool {
        let fast = utf8.withContiguousStorageIfAvailable { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in
                for index in theirs.indices where mine[offset + index] != theirs[index] { return false }
                return true
            }
        }
        if case let same?? = fast { return same }
        return utf8.dropFirst(offset).starts(with: other.utf8)
    }
}
