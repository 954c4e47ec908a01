/// Text with every run of white space (Unicode's `White_Space`: ASCII spaces and controls, NEL, NBSP,
/// the U+2000 spaces, line and paragraph separators, the ideographic space) made one space and none at
/// either end — what `split(whereSeparator: \.isWhitespace).joined(separator: " ")` gives, found over
/// UTF-8 bytes instead of grapheme clusters, since pages call it for every block they hold.
public enum CollapsedWhitespace {
    public static func string(_ bytes: [UInt8]) -> String {
        // Written straight into the string's storage: the text of every node of every page passes here.
        String(unsafeUninitializedCapacity: bytes.count) { collapsed in
            var written = 0
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let width = whitespaceWidth(bytes, at: index)
                if width > 0 {
                    pendingSpace = written > 0
                    index += width
                    continue
                }
                if pendingSpace {
                    collapsed[written] = 0x20
                    written += 1
                    pendingSpace = false
                }
                collapsed[written] = bytes[index]
                written += 1
                index += 1
            }
            return written
        }
    }

    public static func string(_ text: String) -> String { string(Array(text.utf8)) }

    /// The length in bytes of the white space starting at `index`, or 0.
    @inline(__always)
    static func whitespaceWidth(_ bytes: [UInt8], at index: Int) -> Int {
        func byte(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch bytes[index] {
        case 0x09...0x0D, 0x20: return 1
        case 0xC2: return byte(1) == 0x85 || byte(1) == 0xA0 ? 2 : 0
        case 0xE1: return byte(1) == 0x9A && byte(2) == 0x80 ? 3 : 0
        case 0xE2:
            switch (byte(1), byte(2)) {
            case (0x80, 0x80...0x8A), (0x80, 0xA8), (0x80, 0xA9), (0x80, 0xAF), (0x81, 0x9F): return 3
            default: return 0
            }
        case 0xE3: return byte(1) == 0x80 && byte(2) == 0x80 ? 3 : 0
        default: return 0
        }
    }
}
