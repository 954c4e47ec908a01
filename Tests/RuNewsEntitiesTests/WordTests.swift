import Testing
@testable import RuNewsEntities

@Suite struct WordTests {
    /// Offsets are of UTF-8 bytes: a Cyrillic letter takes two.
    @Test func findsAPartByItsBytes() {
        #expect(Word("43-летний").byteOffset(of: "летн") == 3)
        #expect(Word("шестидесятилетняя").byteOffset(of: "летн") == 22)
        #expect(Word("летний").byteOffset(of: "летн") == 0)
        #expect(Word("лет").byteOffset(of: "летн") == nil)
        #expect(Word("многолетний").byteOffset(of: "зимн") == nil)
        #expect(Word("год").byteOffset(of: "") == 0)
    }
}
