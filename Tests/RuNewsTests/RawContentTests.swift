import Testing
@testable import RuNews

/// What a document's bytes are before any charset is tried: a page saved still gzip-compressed is read
/// inflated; an image, a PDF or random bytes give an error line, not a record of garbage text.
@Suite struct RawContentTests {
    let page = Array("""
        <html><head><meta charset="utf-8"><title>Паводок</title></head><body><h1>Паводок в Тверской области</h1>
        <p>12 марта 2016 года уровень воды в Волге поднялся на два метра, сообщило ГУ МЧС России по Тверской области.</p></body></html>
        """.utf8)

    /// A gzip member holding `data` in one stored deflate block.
    static func gzip(_ data: [UInt8]) -> [UInt8] {
        func littleEndian(_ value: UInt32, bytes: Int) -> [UInt8] { (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        let length = UInt32(data.count)
        return [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0x03, 0x01] + littleEndian(length, bytes: 2) + littleEndian(~length, bytes: 2)
            + data + littleEndian(~crc, bytes: 4) + littleEndian(length, bytes: 4)
    }

    @Test func aPageSavedCompressedIsReadInflated() {
        let plain = Pipeline().record(bytes: page, id: "page", format: .html)
        let compressed = Pipeline().record(bytes: Self.gzip(page), id: "page")
        #expect(compressed.failure == nil)
        #expect(compressed.text == plain.text && compressed.title == plain.title)
        #expect(compressed.warnings == ["the document was saved gzip-compressed: it was read inflated"])
    }

    @Test func compressedBytesThatDoNotInflateAreDamaged() {
        var broken = Self.gzip(page)
        broken[broken.count - 6] ^= 0xFF    // the checksum
        #expect(Pipeline().record(bytes: broken, id: "broken").failure?.kind == .damaged)
    }

    @Test(arguments: [("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] as [UInt8]), ("PDF", Array("%PDF-1.4\n".utf8))])
    func filesOfOtherKindsAreUnsupported(_ name: String, _ head: [UInt8]) {
        let record = Pipeline().record(bytes: head + Array(repeating: 0x41, count: 100), id: "file", format: .html)
        #expect(record.failure?.kind == .unsupported)
        #expect(record.failure?.message.contains(name) == true)
    }

    @Test func randomBytesAreUnsupportedAndTextWithAFewControlBytesIsText() {
        var state: UInt64 = 1
        let noise = (0..<10_000).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        #expect(Pipeline().record(bytes: noise, id: "noise").failure?.kind == .unsupported)
        var text = Array(String(repeating: "Губернатор Ставропольского края Владимир Владимиров открыл школу. ", count: 20).utf8)
        text.insert(contentsOf: [0x00, 0x01, 0x00], at: 100)
        let record = Pipeline().record(bytes: text, id: "text", format: .text)
        #expect(record.failure == nil && record.people.contains { $0.name == "Владимир Владимиров" })
    }
}
