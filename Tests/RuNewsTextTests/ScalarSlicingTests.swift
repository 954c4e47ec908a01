import Testing
@testable import RuNewsText

@Suite struct ScalarSlicingTests {
    static let text = "Ёж 🇷🇺 e\u{301}té «Газпром»\r\n"

    @Test func everyRangeIsTheScalarsOfIt() {
        let scalars = Array(Self.text.unicodeScalars)
        let slicing = ScalarSlicing(Self.text)
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                #expect(slicing.text(lower..<upper) == String(String.UnicodeScalarView(scalars[lower..<upper])), "\(lower)..<\(upper)")
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
        #expect(String(scalars: scalars) == Self.text)
        #expect(String(scalars: scalars[2..<7]) == String(String.UnicodeScalarView(scalars[2..<7])))
        #expect(String(scalars: [Unicode.Scalar]()) == "")
    }
}
