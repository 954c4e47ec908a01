import Testing
@testable import RuNewsArticle

@Suite struct ByteKeyTests {
    /// The words are those of the lowercased text, for every capital of Russian and its neighbours.
    @Test func wordsAreThoseOfTheLowercasedText() {
        let capitals = (0x400...0x42F).compactMap(Unicode.Scalar.init).map(String.init).joined()
        for text in ["Ёлка, НОВОСТИ и Abc-2024", "ЂЃЄЅІЇЈЉЊЋЌЍЎЏ " + capitals, "Юрий Ёжиков: ПРЯМАЯ речь"] {
            let expected = Set(text.lowercased().split { $0.isASCII && !$0.isLetter && !$0.isNumber }.map { ByteKey(String($0)) })
            #expect(ByteKey.words(of: text) == expected)
        }
    }
}
