extension Record.Format {
    /// The format of a document whose container does not say: a page when its first bytes (past white
    /// space and a BOM) open markup that pages open with, else a text.
    public static func sniffed(from bytes: [UInt8]) -> Record.Format {
        let head = bytes.prefix(1024).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        guard head.first == UInt8(ascii: "<") else { return .text }
        let lowered = String(decoding: head.prefix(512), as: UTF8.self).lowercased()
        return pageOpenings.contains { lowered.contains($0) } ? .html : .text
    }

    /// What the start of a page holds and a text dump does not.
    static let pageOpenings = ["<html", "<!doctype", "<head", "<body", "<div", "<p"]
}
