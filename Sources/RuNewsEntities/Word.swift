/// A folded word compared and hashed by its UTF-8 bytes.
///
/// `String` equality and hashing normalise non-ASCII text on every call, which made vocabulary lookups
/// the hot spot of extraction. Text reaching the extractors is NFC already, so bytes suffice.
struct Word: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    let text: String

    init(_ text: String) { self.text = text }
    init(stringLiteral text: String) { self.text = text }

    var description: String { text }

    static func == (a: Word, b: Word) -> Bool {
        a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(text.utf8.count)
        // Native strings are contiguous UTF-8: hashed as one buffer, not a byte a call.
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }

    func hasPrefix(_ prefix: String) -> Bool { text.utf8.starts(with: prefix.utf8) }
    func hasSuffix(_ suffix: String) -> Bool { text.utf8.reversed().starts(with: suffix.utf8.reversed()) }
}
