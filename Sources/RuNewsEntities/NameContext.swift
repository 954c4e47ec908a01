import RuNewsMorphology
import RuNewsText

/// The cases a name's neighbours allow it, where its own readings cannot tell ("Фумио Кисида" is Кисида in
/// the nominative or Кисид in the genitive; "Хорхе Ларрионда", "Коффи Коджа"). The word before it: a
/// preposition governs its cases ("у Кисиды", also opening a sentence: "Над Хосни Мубараком"); a position in
/// an oblique case gives its own, since a name in apposition agrees with it ("премьер-министром Фумио
/// Кисидой", "муллы Фазлуллы"). A position in the nominative tells nothing: its name is in apposition ("судья
/// Хорхе Ларрионда") as often as its genitive complement ("заместитель Постникова", "адвокат Эльсаеда").
/// And its place: a name listed or captioned, on a line of its own or opening one before a bracket or a
/// dash, is in the nominative ("• Коффи Коджа (Бенин)").
enum NameContext {
    /// Prepositions, folded, and the cases a person's name takes after them.
    static let prepositionCases: [Word: Set<Grammeme>] = {
        var table: [Word: Set<Grammeme>] = [:]
        let rows: [(words: [Word], cases: Set<Grammeme>)] = [
            (["без", "для", "до", "из", "изо", "от", "ото", "у", "после", "против", "около", "возле", "кроме",
              "среди", "вместо", "ради", "напротив", "вокруг", "мимо", "позади", "вроде"], [.genitive]),
            (["к", "ко", "по", "благодаря", "согласно", "вопреки", "навстречу"], [.dative]),
            (["про", "через", "сквозь"], [.accusative]),
            (["над", "надо", "перед", "передо", "между"], [.instrumental]),
            (["при", "о", "об", "обо"], [.prepositional]),
            (["в", "во", "на"], [.accusative, .prepositional]),
            (["за", "под", "подо"], [.accusative, .instrumental]),
            (["с", "со"], [.genitive, .instrumental]),
        ]
        for row in rows { for word in row.words { table[word] = row.cases } }
        return table
    }()

    /// Whether the name at `tokens` is listed or captioned: it opens a line or a list's item (after a bullet
    /// or a dash) and ends the line or stands before a bracket or a dash.
    static func isListedOrCaptioned(_ tokens: Range<Int>, in text: AnalysedText) -> Bool {
        var start = tokens.lowerBound
        if let mark = text.texts[safe: start - 1], PunctuationMarks.itemMarks.contains(mark) { start -= 1 }
        guard text.segmentation.hasLineBreak(before: start) else { return false }
        let after = tokens.upperBound
        guard let next = text.texts[safe: after], !text.segmentation.hasLineBreak(before: after) else { return true }
        return next == "(" || PunctuationMarks.dashes.contains(next)
    }

    /// The cases the token before `start` allows a name there, or nil when it says nothing.
    static func cases(before start: Int, in text: AnalysedText) -> Set<Grammeme>? {
        let previous = start - 1
        guard text.kind(previous) == .word, !text.isUppercaseWord(previous) else { return nil }
        if let cases = prepositionCases[text.folded[previous]], !text.isCapitalized(previous) || text.sentenceStarts.contains(previous) {
            return cases
        }
        guard !text.isCapitalized(previous) else { return nil }
        // Asked first, of the lemmas read in place: most words before a name are no position, and a word
        // hardly ever a noun is none.
        guard text.hasNoun(in: RoleVocabulary.positions, at: previous) else { return nil }
        let positions = text.readings[previous].filter { reading in
            reading.tag.partOfSpeech == .noun && RoleVocabulary.positions.contains(Word(Folding.fold(reading.lemma)))
        }
        let cases = Set(Grammeme.mainCases.filter { grammaticalCase in positions.contains { $0.tag.contains(grammaticalCase) } })
        return cases.isEmpty || cases.contains(.nominative) ? nil : cases
    }
}
