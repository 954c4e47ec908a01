import Testing
@testable import RuNewsMorphology

/// Guessing searches over a word's splits; hostile words must cost work in proportion to their length.
@Suite struct GuessingCostTests {
    /// Parses run for a word and the parts guessing reaches on the way.
    func parses(of word: String) -> Int {
        var memo = GuessingMemo()
        _ = analyzer.parse(word, lower: word.lowercased(), memo: &memo)
        return memo.parses
    }

    /// Each "недо" adds two prefixes to try ("не", "недо"), and chains of them reach the same remainder
    /// many ways: without the memo the parses doubled with every "недо".
    @Test(arguments: ["недо", "не", "небез"])
    func repeatedPrefixesCostLinearWork(_ prefix: String) {
        let small = parses(of: String(repeating: prefix, count: 4) + "лать")
        let large = parses(of: String(repeating: prefix, count: 8) + "лать")
        #expect(small > 1)
        #expect(large <= small * 2 + 2, "\(small) parses for 4 prefixes, \(large) for 8")
    }

    @Test func chainedParticlesCostLinearWork() {
        let small = parses(of: "кто" + String(repeating: "-то", count: 4))
        let large = parses(of: "кто" + String(repeating: "-то", count: 16))
        #expect(large <= small * 4 + 4, "\(small) parses for 4 particles, \(large) for 16")
    }

    /// A word over the guessing limit gets its shape only: no search, one parse, and no stack overflow
    /// from 20 000 particles. (Arguments are recipes, so the test log stays short.)
    @Test(arguments: [("кто", "-то", 20_000), ("", "не", 5_000), ("", "а", 1_000)])
    func wordsOverTheLimitAreNotGuessed(_ start: String, _ repeated: String, _ count: Int) throws {
        let word = start + String(repeating: repeated, count: count) + (repeated == "не" ? "лать" : "")
        #expect(parses(of: word) == 1)
        let reading = try #require(analyzer.analyse(word).first)
        #expect(reading.method == .unknown)
        #expect(reading.lemma == word)
    }

    /// The limit leaves real words alone: the dictionary's longest word is 40 letters.
    @Test func wordsUnderTheLimitAreGuessedAsBefore() throws {
        let word = "недо" + "гравитационно-пространственно-временного"
        #expect(word.count <= GuessingMemo.maximumGuessedLength)
        let reading = try #require(analyzer.analyse(word).first)
        #expect(reading.method != .unknown)
    }
}
