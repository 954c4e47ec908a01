import Testing
@testable import RuNewsMorphology

@Suite struct SpellingIndexTests {
    func add(_ word: String, flag: Bool = false, to index: inout SpellingIndex) -> Int? {
        var word = word
        return word.withUTF8 { index.add($0, flag: flag, hash: SpellingIndex.hash($0, flag: flag)) }
    }

    func number(_ word: String, flag: Bool = false, in index: SpellingIndex) -> Int? {
        var word = word
        return word.withUTF8 { index.number(of: $0, flag: flag, hash: SpellingIndex.hash($0, flag: flag)) }
    }

    @Test func numbersSpellingsInTheOrderAdded() {
        var index = SpellingIndex(capacity: 10_000)
        let words = (0..<10_000).map { "слово\($0)" }
        for (expected, word) in words.enumerated() { #expect(add(word, to: &index) == expected) }
        for (expected, word) in words.enumerated() { #expect(number(word, in: index) == expected) }
        #expect(number("слово", in: index) == nil)
        #expect(number("", in: index) == nil)
        #expect(add("слово7", to: &index) == nil, "in already")
    }

    @Test func theFlagIsPartOfTheSpelling() {
        var index = SpellingIndex(capacity: 4)
        #expect(add("В.", to: &index) == 0)
        #expect(number("В.", flag: true, in: index) == nil)
        #expect(add("В.", flag: true, to: &index) == 1)
        #expect(number("В.", in: index) == 0)
        #expect(number("В.", flag: true, in: index) == 1)
    }

    @Test func aFullIndexTakesNoMore() {
        var index = SpellingIndex(capacity: 2)
        #expect(add("а", to: &index) == 0)
        #expect(add("", to: &index) == 1)
        #expect(index.isFull)
        #expect(add("б", to: &index) == nil)
        #expect(number("б", in: index) == nil)
        #expect(number("", in: index) == 1)
    }

    @Test func aLongSpellingIsNotTaken() {
        var index = SpellingIndex(capacity: 4)
        let long = String(repeating: "ы", count: SpellingIndex.maximumLength)
        #expect(add(long, to: &index) == nil)
        #expect(number(long, in: index) == nil)
        #expect(add(String(repeating: "ы", count: SpellingIndex.maximumLength / 2), to: &index) == 0)
    }

    /// Readings kept from an earlier text are the readings, and charge the work they took.
    @Test func aKnownWordReadsAsANewOne() throws {
        let fresh = try MorphAnalyzer(path: MorphAnalyzer.bundledDictionaryPath!)
        for word in ["Набиуллиной", "псевдокошка", "мусульмане-сунниты", "ВИЧ-инфекцией"] {
            var first = 0, second = 0
            let computed = fresh.analyse(word, work: &first)
            let kept = fresh.analyse(word, work: &second)
            #expect(kept == computed)
            #expect(second == first)
            #expect(first > 0)
        }
    }
}
