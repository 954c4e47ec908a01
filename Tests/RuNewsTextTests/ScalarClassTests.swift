import Testing
@testable import RuNewsText

@Suite struct ScalarClassTests {
    static let cases: [(Unicode.Scalar, ScalarClass)] = [
        ("а", .cyrillicLower), ("Ж", .cyrillicUpper), ("ё", .cyrillicLower), ("Ё", .cyrillicUpper),
        ("q", .latinLower), ("Q", .latinUpper), ("é", .latinLower), ("α", .otherLetter), ("中", .otherLetter),
        ("7", .digit), ("٣", .digit), (" ", .space), ("\u{00A0}", .space), ("\u{2009}", .space),
        ("\n", .newline), ("\r", .newline), ("\u{2029}", .newline), ("\u{00AD}", .invisible),
        ("\u{200B}", .invisible), ("\u{0}", .space), ("-", .hyphen), ("\u{2011}", .hyphen),
        ("—", .dash), ("–", .dash), ("«", .quote), ("»", .quote), ("„", .quote), ("“", .quote), ("\"", .quote),
        ("'", .apostrophe), ("(", .openingBracket), ("]", .closingBracket), (".", .period), ("!", .terminal),
        ("?", .terminal), ("…", .ellipsis), (",", .punctuation), ("%", .punctuation), ("№", .symbol),
        ("$", .symbol), ("👍", .symbol), ("\u{0301}", .mark),
    ]

    @Test(arguments: cases)
    func classifies(_ scalar: Unicode.Scalar, _ expected: ScalarClass) {
        #expect(ScalarClass(scalar) == expected)
    }

    @Test func tableAgreesWithTheRules() {
        for value in 0..<ScalarClassTable.shared.count {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(ScalarClassTable.shared[value] == ScalarClassTable.classify(scalar))
        }
    }
}
