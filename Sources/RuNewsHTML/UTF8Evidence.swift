/// How well bytes read as UTF-8: the well-formed characters of two or more bytes, and the ill-formed
/// sequences (each a U+FFFD when decoded). Cyrillic in a single-byte charset makes mostly ill-formed
/// sequences; a UTF-8 page with a stray byte or a cut has a few among many good ones.
struct UTF8Evidence {
    private(set) var multibyte = 0
    private(set) var invalid = 0

    var isValid: Bool { invalid == 0 }

    /// Whether the bytes are UTF-8 with at most a few errors: for a page that declares UTF-8, unless
    /// more is broken than well formed; for one that declares nothing, when the good characters
    /// outnumber the errors sixteen to one.
    func isUTF8(declared: Bool) -> Bool {
        if invalid == 0 { return true }
        return declared ? multibyte >= invalid : multibyte >= 16 * invalid
    }

    /// Runs of ASCII are skipped eight bytes at a time: every page is checked before it is read.
    /// Ill-formed sequences are counted as the decoder replaces them: a maximal prefix of a valid
    /// sequence is one error (Unicode's "substitution of maximal subparts").
    init(_ bytes: [UInt8]) {
        var multibyte = 0, invalid = 0
        bytes.withUnsafeBytes { buffer in
            let count = buffer.count
            var index = 0
            while index < count {
                while index + 8 <= count, buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { return }
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                // The second byte's range depends on the lead (overlong forms, surrogates, the end of Unicode).
                let (continuations, second): (Int, ClosedRange<UInt8>) = switch lead {
                case 0xC2...0xDF: (1, 0x80...0xBF)
                case 0xE0: (2, 0xA0...0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (2, 0x80...0xBF)
                case 0xED: (2, 0x80...0x9F)
                case 0xF0: (3, 0x90...0xBF)
                case 0xF1...0xF3: (3, 0x80...0xBF)
                case 0xF4: (3, 0x80...0x8F)
                default: (0, 0...0)
                }
                guard continuations > 0, index + 1 < count, second.contains(buffer[index + 1]) else {
                    invalid += 1
                    index += 1
                    continue
                }
                var length = 2
                while length <= continuations, index + length < count, buffer[index + length] & 0xC0 == 0x80 { length += 1 }
                if length == continuations + 1 { multibyte += 1 } else { invalid += 1 }
                index += length
            }
        }
        self.multibyte = multibyte
        self.invalid = invalid
    }
}
