import Testing
@testable import RuNewsHTML

@Suite struct CharsetTests {
    static let sentence = "Губернатор Ставропольского края Владимир Владимиров подписал соглашение о сотрудничестве."

    /// The sentence in each Cyrillic charset (bytes made with Python's codecs).
    static let encoded: [(String, [UInt8])] = [
        ("windows-1251", [195, 243, 225, 229, 240, 237, 224, 242, 238, 240, 32, 209, 242, 224, 226, 240, 238, 239, 238, 235, 252, 241, 234, 238, 227, 238, 32, 234, 240, 224, 255, 32, 194, 235, 224, 228, 232, 236, 232, 240, 32, 194, 235, 224, 228, 232, 236, 232, 240, 238, 226, 32, 239, 238, 228, 239, 232, 241, 224, 235, 32, 241, 238, 227, 235, 224, 248, 229, 237, 232, 229, 32, 238, 32, 241, 238, 242, 240, 243, 228, 237, 232, 247, 229, 241, 242, 226, 229, 46]),
        ("koi8-r", [231, 213, 194, 197, 210, 206, 193, 212, 207, 210, 32, 243, 212, 193, 215, 210, 207, 208, 207, 204, 216, 211, 203, 207, 199, 207, 32, 203, 210, 193, 209, 32, 247, 204, 193, 196, 201, 205, 201, 210, 32, 247, 204, 193, 196, 201, 205, 201, 210, 207, 215, 32, 208, 207, 196, 208, 201, 211, 193, 204, 32, 211, 207, 199, 204, 193, 219, 197, 206, 201, 197, 32, 207, 32, 211, 207, 212, 210, 213, 196, 206, 201, 222, 197, 211, 212, 215, 197, 46]),
        ("ibm866", [131, 227, 161, 165, 224, 173, 160, 226, 174, 224, 32, 145, 226, 160, 162, 224, 174, 175, 174, 171, 236, 225, 170, 174, 163, 174, 32, 170, 224, 160, 239, 32, 130, 171, 160, 164, 168, 172, 168, 224, 32, 130, 171, 160, 164, 168, 172, 168, 224, 174, 162, 32, 175, 174, 164, 175, 168, 225, 160, 171, 32, 225, 174, 163, 171, 160, 232, 165, 173, 168, 165, 32, 174, 32, 225, 174, 226, 224, 227, 164, 173, 168, 231, 165, 225, 226, 162, 165, 46]),
        ("iso-8859-5", [179, 227, 209, 213, 224, 221, 208, 226, 222, 224, 32, 193, 226, 208, 210, 224, 222, 223, 222, 219, 236, 225, 218, 222, 211, 222, 32, 218, 224, 208, 239, 32, 178, 219, 208, 212, 216, 220, 216, 224, 32, 178, 219, 208, 212, 216, 220, 216, 224, 222, 210, 32, 223, 222, 212, 223, 216, 225, 208, 219, 32, 225, 222, 211, 219, 208, 232, 213, 221, 216, 213, 32, 222, 32, 225, 222, 226, 224, 227, 212, 221, 216, 231, 213, 225, 226, 210, 213, 46]),
        ("x-mac-cyrillic", [131, 243, 225, 229, 240, 237, 224, 242, 238, 240, 32, 145, 242, 224, 226, 240, 238, 239, 238, 235, 252, 241, 234, 238, 227, 238, 32, 234, 240, 224, 223, 32, 130, 235, 224, 228, 232, 236, 232, 240, 32, 130, 235, 224, 228, 232, 236, 232, 240, 238, 226, 32, 239, 238, 228, 239, 232, 241, 224, 235, 32, 241, 238, 227, 235, 224, 248, 229, 237, 232, 229, 32, 238, 32, 241, 238, 242, 240, 243, 228, 237, 232, 247, 229, 241, 242, 226, 229, 46]),
    ]

    @Test(arguments: encoded)
    func detectsUndeclaredCyrillicCharsets(_ name: String, _ bytes: [UInt8]) {
        let decoded = Charset.decode(bytes)
        #expect(decoded.encoding == name)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == Self.sentence)
    }

    @Test(arguments: encoded)
    func readsDeclaredCharsets(_ name: String, _ bytes: [UInt8]) {
        let page = Array("<html><head><meta charset=\"\(name)\"></head><body>".utf8) + bytes
        let decoded = Charset.decode(page)
        #expect(decoded.encoding == name)
        #expect(String(decoding: decoded.utf8, as: UTF8.self).hasSuffix(Self.sentence))
    }

    @Test func aPageThatLiesIsStillReadRight() {
        let windows1251 = Self.encoded[0].1
        let lying = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">".utf8) + windows1251
        let decoded = Charset.decode(lying)
        #expect(decoded.encoding == "windows-1251")
        #expect(!decoded.warnings.isEmpty)
        let utf8 = Array(Self.sentence.utf8)
        #expect(Charset.decode(Array("<meta charset=windows-1251>".utf8) + utf8).encoding == "utf-8")
        #expect(Charset.decode(utf8, declared: "koi8-r").encoding == "utf-8")
    }

    @Test func bomAndPlainUTF8() {
        #expect(Charset.decode([0xEF, 0xBB, 0xBF] + Array("да".utf8)).utf8 == Array("да".utf8))
        #expect(Charset.decode(Array("да".utf8)).encoding == "utf-8")
        #expect(Charset.decode([]).encoding == "utf-8")
        #expect(Charset.decode([0xFF, 0x00, 0x81], declared: "no-such-charset").encoding != "")
    }

    /// The fast validator agrees with the standard library's decoder on edge cases and on random bytes
    /// biased towards UTF-8's lead and continuation ranges.
    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        func reference(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }
        let edges: [[UInt8]] = [
            [], Array("Москва, ASCII long enough for a word".utf8), [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80],
            [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xD0], [0xE2, 0x80], [0x80],
            Array("абвгдежз".utf8) + [0xD0],
        ]
        for bytes in edges { #expect(Charset.isValidUTF8(bytes) == reference(bytes), "\(bytes)") }
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x41, 0x20, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xD0, 0xDF, 0xE0, 0xE1, 0xED,
                                 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 1...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            #expect(Charset.isValidUTF8(bytes) == reference(bytes), "\(bytes)")
        }
    }

    /// Each ill-formed sequence is counted as the standard library replaces it: one U+FFFD apiece.
    @Test func invalidSequencesAreCountedAsTheDecoderReplacesThem() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xD0, 0xDF, 0xE0, 0xE1, 0xED,
                                 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 1...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let replaced = String(decoding: bytes, as: UTF8.self).unicodeScalars.count { $0 == "\u{FFFD}" }
            #expect(UTF8Evidence(bytes).invalid == replaced, "\(bytes)")
        }
    }

    /// A UTF-8 page with a stray byte stays UTF-8: the byte becomes U+FFFD, counted in a warning, and
    /// the rest of the page reads as written (it read as x-mac-cyrillic, all of it garbage).
    @Test(arguments: [true, false])
    func aStrayByteKeepsAPageUTF8(declared: Bool) throws {
        let head = declared ? "<html><head><meta charset=\"utf-8\"></head><body><p>" : "<p>"
        let page = Array((head + Self.sentence).utf8) + [0xD0]
        let decoded = Charset.decode(page)
        #expect(decoded.encoding == "utf-8")
        let text = String(decoding: decoded.utf8, as: UTF8.self)
        #expect(text.hasSuffix(Self.sentence + "\u{FFFD}"))
        #expect(decoded.warnings.contains("1 ill-formed UTF-8 sequence replaced by U+FFFD"))
    }

    /// Single-byte Cyrillic is not taken for UTF-8 with errors: its letters make ill-formed sequences.
    @Test(arguments: encoded)
    func singleByteCyrillicIsNoBrokenUTF8(_ name: String, _ bytes: [UInt8]) {
        #expect(!UTF8Evidence(bytes).isUTF8(declared: false))
    }

    /// A cut never splits a UTF-8 character, wherever it falls.
    @Test func cutsKeepWholeCharacters() {
        let bytes = Array("aёж€😀b".utf8)
        for limit in 0..<bytes.count {
            let cut = Charset.cut(bytes, to: limit)
            #expect(cut.count <= limit && cut.count >= limit - 3)
            #expect(String(validating: cut, as: UTF8.self) != nil, "cut at \(limit)")
        }
        #expect(Charset.cut(bytes, to: bytes.count) == bytes)
        #expect(Charset.cut(Self.encoded[0].1, to: 10) == Array(Self.encoded[0].1.prefix(10)))
    }
}
