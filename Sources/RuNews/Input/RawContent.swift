/// What a document's bytes are before any charset is tried: a body saved still compressed (the scraper
/// did not undo its `Content-Encoding`), binary content given as a page or a text (an image, a PDF, an
/// archive), or text to read.
enum RawContent: Equatable {
    case gzip
    case binary(String)
    case text

    /// File signatures of what scrapers save by mistake, as data.
    static let signatures: [(name: String, bytes: [UInt8])] = [
        ("PDF", Array("%PDF-".utf8)), ("PNG", [0x89, 0x50, 0x4E, 0x47]), ("JPEG", [0xFF, 0xD8, 0xFF]),
        ("GIF", Array("GIF8".utf8)), ("ZIP", [0x50, 0x4B, 0x03, 0x04]), ("WebP", Array("RIFF".utf8)),
    ]
    /// Text of any charset has next to no C0 control bytes; random or compressed bytes have about 11 %.
    /// The first 8 KB tell.
    static let binaryControlShare = 0.05
    static let sample = 8 << 10

    static func of(_ bytes: [UInt8]) -> RawContent {
        if bytes.starts(with: [0x1F, 0x8B, 0x08]) { return .gzip }
        if let signature = signatures.first(where: { bytes.starts(with: $0.bytes) }) { return .binary(signature.name) }
        // UTF-16 text is all NULs and letters: its byte order mark says so.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .text }
        let head = bytes.prefix(sample)
        // Tab, line feed, form feed and carriage return are text's own.
        let controls = head.count { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0C && $0 != 0x0D || $0 == 0x7F }
        if controls >= 8, Double(controls) > Double(head.count) * binaryControlShare {
            return .binary("\(controls * 100 / head.count) % control bytes")
        }
        return .text
    }
}
