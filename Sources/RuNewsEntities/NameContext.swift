import RuNewsMorphology
import RuNewsText

/// The cases a name's neighbours allow it, where its own readings cannot tell ("Фумио Кисида" is Кисида in
/// the nominative or Кисид in the genitive; "Хорхе Ларрионда", "Коффи Коджа"). The word before it: a
/// preposition governs its cases ("у Кисиды", also opening a sentence: "Над Хосни Мубараком"); a position in
/// an oblique case gives its own, since a name in apposition agrees with it ("премьер-министром Фумио
/// Кисидой", "муллы Фазлуллы"). A position in the nominative tells nothing: its name is in apposition ("судья
/// Хорхе Ларрионда") as often as its genitive complement ("заместитель Постникова", "адвокат Эльсаеда").
/// And its place: a name listed or captioned, on a line of its own or opening one before a bracket or a
/// dash, is in the nominative ("• Коффи Коджа (Бенин)"). And the word after it: a verb in the past whose
/// subject it is gives its gender and the nominative (`predicateGender`).
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

    /// The gender of a verb in the past singular right after a name, which is then its subject and in the
    /// nominative: "Хьюстон задолжала", "Александра Панфилова отказалась", "Уилл Смит заявил". The word after
    /// only: a verb before a name has it for an object as often as for a subject ("позвонил Хиллари Клинтон").
    /// Nor where the name may be another word's complement: after a noun ("команда под руководством Вячеслава
    /// Быкова встретилась", "Жена Александра Панфилова сказала"), a preposition, a title in quotes ("«Вор»
    /// Павла Чухрая стал") or an adjective in an oblique case ("31-летнему Микалаю Мардахаеву был"); nor where
    /// a word of it the dictionary knows has no reading in the nominative ("Дениса Вороненкова застрелил …").
    static func predicateGender(after tokens: Range<Int>, in text: AnalysedText) -> Grammeme? {
        let previous = tokens.lowerBound - 1, next = tokens.upperBound
        // A proper name before it ends a position's chain the name is in apposition to ("Президент ЮАР
        // Джейкоб Зума сообщил", "премьер Испании Мариано Рахой отправил").
        let properName = text.isUppercaseWord(previous) || text.isCapitalized(previous) && !text.sentenceStarts.contains(previous)
        if text.kind(previous) == .word, !properName, let top = text.readings[previous].first?.tag {
            guard top.partOfSpeech != .noun, top.partOfSpeech != .preposition else { return nil }
            if top.partOfSpeech == .adjective || top.partOfSpeech == .participle,
               !text.readings[previous].contains(where: { $0.tag.contains(.nominative) }) { return nil }
        }
        if let mark = text.texts[safe: previous]?.first, PunctuationMarks.closingQuotes.contains(mark) { return nil }
        guard text.kind(next) == .word, !text.isCapitalized(next), !text.segmentation.hasLineBreak(before: next),
              let reading = text.readings[next].first, reading.tag.partOfSpeech == .verb,
              reading.tag.contains(.past), reading.tag.contains(.singular) else { return nil }
        // "… Стэна Ли умерла жена": the verb's subject follows it.
        if text.kind(next + 1) == .word, let after = text.readings[next + 1].first, after.tag.partOfSpeech == .noun,
           after.tag.contains(.nominative) { return nil }
        for index in tokens where text.readings[index].contains(where: { $0.method == .dictionary }) {
            guard text.readings[index].contains(where: { $0.tag.contains(.nominative) || $0.tag.contains(.indeclinable) }) else { return nil }
        }
        return reading.tag.contains(.masculine) ? .masculine : reading.tag.contains(.feminine) ? .feminine : nil
    }

    /// The gender of an age right before a name, which agrees with it in any case: "56-летняя Дик",
    /// "74-летнего Бен-Али", "семидесятилетний Караджич".
    static func ageGender(before start: Int, in text: AnalysedText) -> Grammeme? {
        let previous = start - 1
        guard text.areAdjacent(previous, start), let ending = ageEnding(previous, in: text) else { return nil }
        if ageEndings.masculine.contains(ending) { return .masculine }
        return ageEndings.feminine.contains(ending) ? .feminine : nil
    }

    /// An age: "43-летний", "шестидесятилетняя" (not "многолетний", nor a summer's "летний").
    static func isAge(_ index: Int, in text: AnalysedText) -> Bool { ageEnding(index, in: text) != nil }

    /// The ending after "-летн" of the age at `index`, or nil where the word is no age.
    private static func ageEnding(_ index: Int, in text: AnalysedText) -> String? {
        guard text.kind(index) == .word, case let word = text.folded[index], let offset = word.byteOffset(of: "летн"), offset > 0,
              !RoleVocabulary.durationPrefixes.contains(where: word.hasPrefix),
              text.readings[index].contains(where: { $0.tag.partOfSpeech == .adjective }) else { return nil }
        return String(decoding: word.text.utf8.dropFirst(offset + "летн".utf8.count), as: UTF8.self)
    }

    /// The endings after "-летн" of an age in the singular, by gender ("-летнем" is a man's only; "-летним"
    /// is also the dative plural, and a plural before one name is rare).
    static let ageEndings: (masculine: Set<String>, feminine: Set<String>) = (["ий", "его", "ему", "им", "ем"], ["яя", "ей", "юю", "ею"])
}
