import RuNewsMorphology
import RuNewsText

/// The cases the word before a name allows it, where the name's own readings cannot tell ("Фумио Кисида"
/// is Кисида in the nominative or Кисид in the genitive; "Хорхе Ларрионда", "Коффи Коджа"): after a
/// preposition, the cases it governs ("у Кисиды"); after a position in an oblique case, the position's own,
/// since a name in apposition agrees with it ("премьер-министром Фумио Кисидой", "муллы Фазлуллы"). A
/// position in the nominative tells nothing: its name is in apposition ("судья Хорхе Ларрионда") as often as
/// its genitive complement ("заместитель Постникова", "адвокат Эльсаеда").
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

    /// Marks that open an item of a list.
    static let itemMarks: Set<String> = ["•", "*", "·", "–", "—", "-"]

    /// The cases the name at `tokens` may be in, or nil when its neighbours say nothing: the word before's
    /// (a preposition opening a sentence too: "Согласно Марку"), or the nominative of a name that opens a line
    /// or a list's item and ends it or stands before a bracket or a dash ("• Хорхе Ларрионда (Уругвай)",
    /// "Ннека Угбома - руководитель проекта", a caption): a name is listed and captioned as it is called.
    static func cases(of tokens: Range<Int>, in text: AnalysedText) -> Set<Grammeme>? {
        if let cases = cases(before: tokens.lowerBound, in: text) { return cases }
        return opensLineAsItsSubject(tokens, in: text) ? [.nominative] : nil
    }

    static func opensLineAsItsSubject(_ tokens: Range<Int>, in text: AnalysedText) -> Bool {
        var before = tokens.lowerBound - 1
        if before >= 0, itemMarks.contains(text.texts[before]) { before -= 1 }
        guard text.breaksLine(between: before, and: before + 1) else { return false }
        let after = tokens.upperBound
        if text.breaksLine(between: after - 1, and: after) { return true }
        return text.kind(after) != .word && ["(", "-", "—", "–"].contains(text.texts[after])
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
