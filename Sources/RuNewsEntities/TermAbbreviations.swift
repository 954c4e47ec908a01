/// Abbreviations a text defines for things rather than names: an uppercase word in brackets right
/// after lowercase words whose initials spell it ("приборно-агрегатного отсека (ПАО)", "свободного
/// программного обеспечения (СПО)"). Such a word names no organisation anywhere in the text — unless
/// the words it stands for name a kind of organisation ("министерства иностранных дел (МИД)").
extension AnalysedText {
    func termAbbreviations() -> Set<Word> {
        var terms = Set<Word>()
        for index in 2..<max(2, count - 1) where isUppercaseWord(index) && kind(index - 1) == .bracket && kind(index + 1) == .bracket {
            if definesTerm(Array(folded[index].text), before: index - 1) { terms.insert(folded[index]) }
        }
        return terms
    }

    /// Whether the lowercase words ending before `end` spell `letters` with their initials (each part
    /// of a hyphenated word gives one), and none of them names a kind of organisation.
    private func definesTerm(_ letters: [Character], before end: Int) -> Bool {
        var initials: [Character] = []
        var word = end - 1
        while initials.count < letters.count, word >= 0, kind(word) == .word, !isCapitalized(word), !isUppercaseWord(word),
              areAdjacent(word, word + 1) {
            if hasNoun(in: OrganisationVocabulary.kinds, at: word) || hasNoun(in: OrganisationVocabulary.governing, at: word) { return false }
            initials.insert(contentsOf: folded[word].text.abbreviationLetters(), at: 0)
            word -= 1
        }
        return initials == letters
    }
}
