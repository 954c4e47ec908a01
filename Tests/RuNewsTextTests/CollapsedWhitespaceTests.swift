import Testing
@testable import RuNewsText

@Suite struct CollapsedWhitespaceTests {
    /// What the standard library's grapheme-level split gives, the answer the byte version must match.
    static func reference(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test func everyWhiteSpaceScalarCollapses() {
        let spaces = (0...0x3000).compactMap(Unicode.Scalar.init).filter { $0.properties.isWhitespace }
        #expect(spaces.count == 25)
        for space in spaces {
            let text = "\(space)начало\(space)\(space)конец\(space)"
            #expect(CollapsedWhitespace.string(text) == Self.reference(text), "U+\(String(space.value, radix: 16))")
        }
    }

    @Test func neighboursOfWhiteSpaceStayText() {
        // Scalars that share lead bytes with white space: the zero-width space, U+2010 hyphen, U+1681, U+3001.
        for text in ["a\u{200B}b", "a\u{2010}b", "a\u{1681}b", "a\u{3001}b", "a\u{00A1}b", "truncated \u{E2}"] {
            #expect(CollapsedWhitespace.string(text) == Self.reference(text))
        }
        #expect(CollapsedWhitespace.string("") == "")
        #expect(CollapsedWhitespace.string(" \r\n\t ") == "")
    }
}
