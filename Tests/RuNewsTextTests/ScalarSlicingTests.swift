import Testing
@testable import RuNewsText

@Suite struct ScalarSlicingTests {
    static let text = "Ёж 🇷🇺 e\u{301}té «Газпром» № 5…\r\n"

    @Test func everyRangeIsTheScalarsOfIt() {
        let scalars = Array(Self.text.unicodeScalars)
        let slicing = ScalarSlicing(Self.text)
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                #expect(Array(slicing.text(lower..<upper).utf8) == Array(String(String.UnicodeScalarView(scalars[lower..<upper])).utf8),
                        "\(lower)..<\(upper)")
            }
        }
    }

    @Test func rangesPastTheTextAreClamped() {
        let slicing = ScalarSlicing("абв")
        #expect(slicing.text(1..<10) == "бв")
        #expect(slicing.text(5..<9) == "")
        #expect(ScalarSlicing("").text(0..<1) == "")
    }

    @Test func aStringOfScalarsIsTheirUTF8() {
        let scalars = Array(Self.text.unicodeScalars)
        #expect(Array(String(scalars: scalars).utf8) == Array(Self.text.utf8))
        for range in [2..<7, 8..<12, 20..<scalars.count] {
            #expect(Array(String(scalars: scalars[range]).utf8) == Array(String(String.UnicodeScalarView(scalars[range])).utf8))
        }
        #expect(String(scalars: [Unicode.Scalar]()) == "")
    }
}
