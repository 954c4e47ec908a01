import RuNewsMorphology
import RuNewsText

/// Finds organisations: a kind of organisation with a quoted name ("компания «Алтек»", "МКУК «МЦБС
/// ГГО»"), capitalised adjectives before a kind ("Арбитражный суд Москвы", "Лондонская полиция"),
/// governing bodies with the place they govern ("правительство Японии", "МИД РФ"), abbreviations
/// ("ФИФА", "WFC") and names the dictionary tags as organisations ("Мосгордума"), and runs of
/// capitalised Latin words ("World Fashion Channel"). Head and agreeing words go to the nominative;
/// an abbreviation is linked to its full name, in brackets right after it or anywhere in the text
/// (`OrganisationAbbreviations.swift`).
public struct OrganisationExtractor: Sendable {
    let morphology: MorphAnalyzer

    public init(morphology: MorphAnalyzer) {
        self.morphology = morphology
    }

    struct Found {
        var range: Range<Int>
        var name: String
    }

    public func extract(from text: AnalysedText, excluding taken: Set<Int> = []) -> [Organisation] {
        var found: [Found] = []
        var index = 0
        while index < text.count {
            guard !taken.contains(index), var organisation = organisation(at: index, in: text, taken: taken) else {
                index += 1
                continue
            }
            organisation.range = relationalAdjectives(before: organisation.range, after: found.last?.range.upperBound ?? 0,
                                                      in: text, taken: taken)
            found.append(organisation)
            index = organisation.range.upperBound
        }
        return linkingAbbreviations(group(found, in: text))
    }

    // MARK: - Words

    func isKind(_ index: Int, _ text: AnalysedText) -> Bool { text.isKindOfOrganisation(index) }

    func isGoverning(_ index: Int, _ text: AnalysedText) -> Bool {
        text.kind(index) == .word && (text.hasNoun(in: OrganisationVocabulary.governing, at: index)
            || OrganisationVocabulary.governing.contains(text.folded[index]))
    }

    /// "ФИФА", "ООН", "WFC": an abbreviation that is no place ("США" is one).
    func isAbbreviation(_ index: Int, _ text: AnalysedText) -> Bool {
        guard text.isUppercaseWord(index), text.texts[index].unicodeScalars.count <= 8, !text.isGeographicalName(index),
              !text.terms.contains(text.folded[index]), !text.isRomanNumeral(index),
              !text.texts[index].unicodeScalars.contains(where: { $0.properties.numericType != nil }) else { return false }
        // The dictionary tells common abbreviations ("СМИ", "ДТП", "ГБ") from organisations ("ООН", "МЧС").
        let known = text.readings[index].filter { $0.method == .dictionary }
        if !known.isEmpty, known.allSatisfy({ $0.tag.contains(.abbreviation) }), !known.contains(where: { $0.tag.contains(.organisation) }) {
            return false
        }
        return !OrganisationVocabulary.legalForms.contains(text.folded[index]) || text.kind(index + 1) != .quote
    }

    func isOrganisationName(_ index: Int, _ text: AnalysedText) -> Bool {
        text.isCapitalized(index) && text.dictionaryWeight(of: .organisation, at: index) >= 0.5
    }

    /// A capitalised Latin word of two letters or more without digits: "Facebook", not a mission or
    /// model code ("STS-124"), a letter ("группа B") or a Roman numeral ("XXI век").
    func isLatinWord(_ index: Int, _ text: AnalysedText) -> Bool {
        guard text.isCapitalized(index) else { return false }
        let scalars = text.texts[index].unicodeScalars
        return scalars.count >= 2 && scalars.allSatisfy { $0.value < 0x250 && !("0"..."9").contains($0) } && !text.isRomanNumeral(index)
    }

    /// A word with a Cyrillic letter.
    func isCyrillicWord(_ index: Int, _ text: AnalysedText) -> Bool {
        text.kind(index) == .word && text.texts[index].unicodeScalars.contains { ScalarClass($0).isCyrillic }
    }

    /// A capitalised organisation's mention takes the lowercase relational adjectives agreeing with it
    /// ("японского МИДа", "государственной Комиссии по атомной энергии"), not qualitative or pronominal
    /// ones ("влиятельного Комитета", "этого Комитета"); its name stays the organisation's own.
    func relationalAdjectives(before range: Range<Int>, after limit: Int, in text: AnalysedText, taken: Set<Int>) -> Range<Int> {
        let head = range.lowerBound
        guard text.isCapitalized(head) || text.isUppercaseWord(head) else { return range }
        let normalizer = PhraseNormalizer(morphology: morphology)
        let nouns = text.readings[head].filter { $0.tag.partOfSpeech == .noun }
        func agrees(_ adjective: Parse) -> Bool {
            guard adjective.tag.partOfSpeech == .adjective, !adjective.tag.contains(.qualitative),
                  !adjective.tag.contains(.pronominal) else { return false }
            return nouns.contains { noun in
                guard let grammaticalCase = Grammeme.mainCases.first(where: noun.tag.contains),
                      let number = [Grammeme.singular, .plural].first(where: noun.tag.contains) else { return false }
                return normalizer.agrees(adjective, with: noun, grammaticalCase, number)
            }
        }
        var start = head
        while start - 1 >= limit, !taken.contains(start - 1), text.kind(start - 1) == .word, !text.isCapitalized(start - 1),
              !text.isUppercaseWord(start - 1), text.areAdjacent(start - 1, start), text.readings[start - 1].contains(where: agrees) {
            start -= 1
        }
        return start..<range.upperBound
    }

    // MARK: - Patterns

    func organisation(at index: Int, in text: AnalysedText, taken: Set<Int>) -> Found? {
        let normalizer = PhraseNormalizer(morphology: morphology)
        // "компания «Алтек»", "ООО «Алтек»", "МКУК «МЦБС ГГО»"
        if isKind(index, text) || OrganisationVocabulary.legalForms.contains(text.folded[index]), let quoted = quotedName(at: index + 1, in: text) {
            let head = text.isUppercaseWord(index) ? text.texts[index]
                : normalizer.nominative(modifiers: [], head: index, in: text)
            return Found(range: index..<quoted.upperBound, name: head + " " + text.segmentation.text.string(in: text.scalarRange(quoted)))
        }
        // "Арбитражный суд Москвы", "Русской винно-водочной компании", "Лондонская полиция"; not a word that
        // points ("Тем самым Национальное собрание …": the name starts after it; "Наша Украина" is a name).
        if text.isCapitalized(index), !isPointingWord(index, text),
           text.readings[index].contains(where: { $0.tag.partOfSpeech == .adjective }) || text.isSurnameShapedAdjective(index) {
            var next = index + 1
            while next < text.count, next - index < 4, text.areAdjacent(next - 1, next),
                  text.readings[next].contains(where: { $0.tag.partOfSpeech == .adjective }), !isKind(next, text) {
                next += 1
            }
            if next < text.count, text.areAdjacent(next - 1, next), isKind(next, text) {
                let end = complement(after: next, in: text, taken: taken)
                let name = normalizer.nominative(modifiers: Array(index..<next), head: next, rest: (next + 1)..<end, in: text)
                return Found(range: index..<end, name: name)
            }
        }
        // "правительство Японии", "мэрии Москвы", "МИД РФ"
        if isGoverning(index, text), text.areAdjacent(index, index + 1), text.isGeographicalName(index + 1), !taken.contains(index + 1) {
            let head = text.isUppercaseWord(index) ? text.texts[index] : normalizer.nominative(modifiers: [], head: index, in: text)
            return Found(range: index..<(index + 2), name: head + " " + text.texts[index + 1])
        }
        // "РИА «Новости»"
        if isAbbreviation(index, text), let quoted = quotedName(at: index + 1, in: text), text.areAdjacent(index, index + 1) {
            return Found(range: index..<quoted.upperBound, name: text.segmentation.text.string(in: text.scalarRange(index..<quoted.upperBound)))
        }
        // "в Конгрессе", "Сенат США": a kind of organisation written with a capital inside a sentence —
        // not one opening a quoted name, which names a ship, a band or a paper ("корабль «Союз ТМА-12»").
        // At a sentence's start the capital proves nothing: a genitive or a place must follow ("Движение по
        // турам" is no name).
        if text.isCapitalized(index), text.kind(index - 1) != .quote, !text.sentenceStarts.contains(index) || isKind(index, text) && text.areAdjacent(index, index + 1)
            && OrganisationVocabulary.namePrepositions[text.folded[index + 1]] == nil
            && complement(after: index, in: text, taken: taken) > index + 1, isKind(index, text) {
            let end = complement(after: index, in: text, taken: taken)
            return Found(range: index..<end, name: normalizer.nominative(modifiers: [], head: index, rest: (index + 1)..<end, in: text))
        }
        if isAbbreviation(index, text) || isOrganisationName(index, text) {
            if OrganisationVocabulary.codesOfLaw.contains(text.folded[index]), isPlaceItServes(index + 1, text) { return nil }
            let name = text.isUppercaseWord(index) ? text.texts[index] : normalizer.nominative(modifiers: [], head: index, in: text)
            // The country or place it serves belongs to it, as to a governing body: "ВВС США", "Госдумы России".
            if isPlaceItServes(index + 1, text), !taken.contains(index + 1) {
                return Found(range: index..<(index + 2), name: name + " " + text.texts[index + 1])
            }
            // A body of the organisation an abbreviation after it names: "ЦК КПСС", "ГУ МВД России по Москве".
            if text.isUppercaseWord(index), text.areAdjacent(index, index + 1), !taken.contains(index + 1), isAbbreviation(index + 1, text) {
                let end = complement(after: index, in: text, taken: taken)
                // The chain may end on no noun and give nothing back.
                if end > index + 1 {
                    return Found(range: index..<end, name: name + " " + text.segmentation.text.string(in: text.scalarRange((index + 1)..<end)))
                }
            }
            return Found(range: index..<(index + 1), name: name)
        }
        // "World Fashion Channel", "Industrial and Commercial Bank of China"
        // A sentence may open with one only in a Russian sentence ("Facebook представил …"), not an English one.
        if isLatinWord(index, text), text.kind(index) == .word,
           !text.sentenceStarts.contains(index) || isLatinWord(index + 1, text) || isCyrillicWord(index + 1, text) {
            var end = index + 1
            var next = index + 1
            while next < text.count, text.areAdjacent(next - 1, next) {
                if isLatinWord(next, text) {
                    next += 1
                    end = next
                } else if Self.latinConnectors.contains(text.folded[next]), next - end < 1 {
                    next += 1
                } else {
                    break
                }
            }
            return Found(range: index..<end, name: text.segmentation.text.string(in: text.scalarRange(index..<end)))
        }
        return nil
    }

    /// A place named right after an organisation's name, in the genitive or written in capitals ("РФ").
    func isPlaceItServes(_ index: Int, _ text: AnalysedText) -> Bool {
        text.areAdjacent(index - 1, index) && text.isGeographicalName(index)
            && (text.isUppercaseWord(index) || text.readings[index].contains { $0.tag.contains(.geography) && $0.tag.contains(.genitive) })
    }

    /// Lowercase words inside Latin names.
    static let latinConnectors: Set<Word> = ["and", "of", "the", "und", "to", "for", "de", "du", "la", "&"]

    /// Where the words that complete an organisation's head end: a genitive chain ("Комитет защиты
    /// журналистов", "Министерства сельского хозяйства Германии"), a place or abbreviation ("Сенат США"),
    /// a phrase after a preposition of names ("Комитет по иностранным делам", "Совет при Президенте РФ
    /// по развитию информационного общества"), or a quoted name ("Русской службе «Голоса Америки»").
    func complement(after head: Int, in text: AnalysedText, taken: Set<Int>) -> Int {
        if let person = personNamedAfter(head, in: text, taken: taken) { return person.upperBound }
        var end = head + 1
        var words = 0
        while end < text.count, words < 8, !taken.contains(end), text.areAdjacent(end - 1, end) {
            if let phrase = prepositionalPhrase(at: end, after: head, in: text, taken: taken) {
                words += phrase.count
                end = phrase.upperBound
                continue
            }
            if text.isGeographicalName(end) || isAbbreviation(end, text) {
                // A place ends the name unless a prepositional phrase goes on after it; an abbreviation may
                // take the place it serves first ("управления МВД России по Москве", "Института АН СССР").
                end += 1
                if !text.isGeographicalName(end - 1), !taken.contains(end), isPlaceItServes(end, text) { end += 1 }
                guard text.areAdjacent(end - 1, end), let phrase = prepositionalPhrase(at: end, after: head, in: text, taken: taken) else { return end }
                words += 1 + phrase.count
                end = phrase.upperBound
                continue
            }
            if let quoted = quotedName(at: end, in: text) { return quoted.upperBound }
            if let named = namedAfter(at: end, in: text) { return named.upperBound }
            // Genitive nouns, adjectives and participles, lowercase or not ("Правительство Ставропольского края").
            guard isGenitive(end, text) else { break }
            end += 1
            words += 1
            // Two genitive nouns joined by "и" ("Институт этнологии и антропологии").
            if text.folded[safe: end] == "и", text.areAdjacent(end - 1, end), text.areAdjacent(end, end + 1),
               text.readings[end - 1].first?.tag.partOfSpeech == .noun, !text.isCapitalized(end + 1), !text.isUppercaseWord(end + 1),
               isGenitive(end + 1, text), !isKind(end + 1, text), !isGoverning(end + 1, text) {
                end += 1
                words += 1
            }
        }
        // A chain must end on a noun: "Комитет защиты журналистов", not "Комитет защиты новых".
        while end > head + 1, !(text.readings[end - 1].first?.tag.partOfSpeech == .noun || text.isGeographicalName(end - 1)) { end -= 1 }
        return end
    }

    /// A whole person's mention in the genitive right after a capitalised institution's head: it is named
    /// after them ("Лаборатории Касперского", "Музея Анны Ахматовой", "Медицинском центре Джонса Хопкинса"),
    /// unless the person holds a position named before it (`holdsPosition`). The person stays a person too.
    func personNamedAfter(_ head: Int, in text: AnalysedText, taken: Set<Int>) -> Range<Int>? {
        let start = head + 1
        guard taken.contains(start), !taken.contains(head), text.hasNoun(in: OrganisationVocabulary.namesakeKinds, at: head) else { return nil }
        // The name's adjectives, a capitalised word among them or the head ("Московском драматическом
        // театре", "новой Лаборатории").
        var first = head
        while first > 0, text.areAdjacent(first - 1, first), text.readings[first - 1].first?.tag.isAdjectival == true { first -= 1 }
        guard (first...head).contains(where: text.isCapitalized) else { return nil }
        if holdsPosition(first - 1, person: start, text) { return nil }
        var end = start
        while taken.contains(end), text.areAdjacent(end - 1, end) {
            if text.kind(end) == .initial {
                end += 1
                continue
            }
            // A first name in the nominative by its likeliest reading starts the next person ("Института
            // Пушкина Виталий Костомаров"); else a declined genitive ("Кастро" may be any case).
            guard text.isCapitalized(end), let top = text.readings[end].first?.tag else { return nil }
            if top.contains(.firstName), top.contains(.nominative) { break }
            guard top.partOfSpeech == .noun, !top.contains(.indeclinable),
                  text.readings[end].contains(where: { $0.tag.contains(.genitive) && $0.tag.partOfSpeech == .noun }) else { return nil }
            end += 1
        }
        guard end > start, text.isCapitalized(end - 1) else { return nil }
        return start..<end
    }

    /// Whether the word at `position` is a position in the case of the person's likeliest reading, whose
    /// holder the person is ("директора Большого театра Анатолия Иксанова"), not a namesake ("ректор
    /// Института Пушкина").
    func holdsPosition(_ position: Int, person: Int, _ text: AnalysedText) -> Bool {
        guard RoleExtractor(morphology: morphology).isPosition(position, text), let reading = text.readings[person].first else { return false }
        return text.readings[position].contains { reading.tag.sharesCase(with: $0.tag) }
    }

    /// A noun, adjective or participle in the genitive by its likeliest reading.
    func isGenitive(_ index: Int, _ text: AnalysedText) -> Bool {
        guard text.kind(index) == .word, let tag = text.readings[index].first?.tag else { return false }
        return tag.contains(.genitive) && (tag.partOfSpeech == .noun || tag.isAdjectival)
    }

    /// "имени Станиславского и Немировича-Данченко", "им. Йозефа Бойса": the person an institution is
    /// named after, capitalised words and initials joined by "и"; the person may be taken as a person too.
    func namedAfter(at index: Int, in text: AnalysedText) -> Range<Int>? {
        guard var next = Self.eponymMarkerEnd(at: index, in: text) else { return nil }
        var end: Int?
        // The name runs on within its line and sentence: "им. М. Н. Ермоловой" and not the next line's
        // "Мэр Москвы Сергей Собянин".
        while next < text.count, text.areAdjacent(next - 1, next), !text.sentenceStarts.contains(next),
              text.isCapitalized(next) || text.kind(next) == .initial
                || text.folded[next] == "и" && end == next && text.isCapitalized(next + 1) {
            if text.isCapitalized(next) { end = next + 1 }
            next += 1
        }
        return end.map { index..<$0 }
    }

    /// Where "имени", "им." (one token) or "им" and its period at `index` end: the eponym starts there.
    static func eponymMarkerEnd(at index: Int, in text: AnalysedText) -> Int? {
        switch text.folded[safe: index] {
        case "имени", "им.": index + 1
        case "им" where text.kind(index + 1) == .terminal || text.kind(index + 1) == .punctuation: index + 2
        default: nil
        }
    }

    /// The case a preposition at `index` governs when it goes on with a name: a preposition of names, one
    /// the noun before it governs ("борьбы с"), or "за" right after a cause's kind ("Движение за").
    func governedCase(at index: Int, in text: AnalysedText, head: Int) -> Grammeme? {
        guard text.kind(index) == .word else { return nil }
        let preposition = text.folded[index]
        if let governed = OrganisationVocabulary.namePrepositions[preposition] { return governed }
        if let (governed, nouns) = OrganisationVocabulary.nounPrepositions[preposition], index > head,
           text.hasNoun(in: nouns, at: index - 1) { return governed }
        if preposition == "за", index == head + 1, text.isCapitalized(head), !text.sentenceStarts.contains(head),
           text.hasNoun(in: OrganisationVocabulary.causeKinds, at: head) { return .accusative }
        return nil
    }

    /// A preposition that goes on with a name at `index` (`governedCase`) and the words in the case it
    /// governs after it, nouns joined by "и" ("по безопасности и сотрудничеству"); the range ends on a noun
    /// or place, and holds no time ("Совет за неделю принял …").
    func prepositionalPhrase(at index: Int, after head: Int, in text: AnalysedText, taken: Set<Int>) -> Range<Int>? {
        guard let governed = governedCase(at: index, in: text, head: head), !Self.opensSentencePhrase(at: index, in: text) else { return nil }
        var end = index + 1
        var lastNoun: Int?
        while end < text.count, end - index <= 6, !taken.contains(end), text.areAdjacent(end - 1, end),
              OrganisationVocabulary.namePrepositions[text.folded[end]] == nil,
              OrganisationVocabulary.nounPrepositions[text.folded[end]] == nil,
              DateVocabulary.units[text.folded[end]] == nil, !DateVocabulary.timeNouns.contains(text.folded[end]) {
            let readings = text.readings[end].filter { $0.tag.contains(governed) }
            if readings.contains(where: { $0.tag.partOfSpeech == .noun }) || text.isGeographicalName(end) {
                lastNoun = end
            } else if !readings.contains(where: \.tag.isAdjectival),
                      !(text.folded[end] == "и" && lastNoun == end - 1) {
                break
            }
            end += 1
        }
        return lastNoun.map { index..<($0 + 1) }
    }

    /// A demonstrative or a pronoun of quantity ("Тем", "Это", "Все"): `OrganisationVocabulary.pointingWords`.
    func isPointingWord(_ index: Int, _ text: AnalysedText) -> Bool {
        text.readings[index].contains { $0.tag.contains(.pronominal) && OrganisationVocabulary.pointingWords.contains(Word(Folding.fold($0.lemma))) }
    }

    /// "по поводу", "по предварительным данным": "по" and, past up to two adjectives, a noun of the
    /// sentence's phrases (`OrganisationVocabulary.sentencePrepositionalNouns`).
    static func opensSentencePhrase(at index: Int, in text: AnalysedText) -> Bool {
        guard text.folded[index] == "по" else { return false }
        var next = index + 1
        while next < index + 3, text.readings[safe: next]?.contains(where: \.tag.isAdjectival) == true { next += 1 }
        return text.hasNoun(in: OrganisationVocabulary.sentencePrepositionalNouns, at: next)
    }

    /// «…» right after `index`: the tokens inside the quotes, and the range including them.
    func quotedName(at index: Int, in text: AnalysedText) -> Range<Int>? {
        guard text.kind(index) == .quote, text.areAdjacent(index - 1, index) || text.areAdjacent(index - 1, index) == false else { return nil }
        var end = index + 1
        while end < text.count, end - index <= 8, text.kind(end) != .quote {
            if text.segmentation.text.scalars[Int(text.segmentation.tokens[end].start)] == "\n" { return nil }
            end += 1
        }
        guard end < text.count, text.kind(end) == .quote, end > index + 1,
              text.isCapitalized(index + 1) || text.isUppercaseWord(index + 1) || text.kind(index + 1) == .number else { return nil }
        return index..<(end + 1)
    }

    /// Where a common noun introduces a quoted name ("холдинг «Башинформ»", "пресс-службе «Яндекса»"), the
    /// name inside the quotes: the organisation's mention, its kind left to its `name`. Both annotations
    /// agree on that span (NEREL marks the name alone; factRuEval lets the kind word be left out), and so
    /// they do after a lone kind or legal form, capitalised or not ("Журнал «Кругозор»", "ООО «Алтек»"; on
    /// NEREL train 43 of 44 such names are marked inside the quotes). A capitalised phrase or abbreviation
    /// before the quotes is the name's own ("Центр современной культуры «Гараж»", "РИА «Новости»").
    static func quotedPart(of range: Range<Int>, in text: AnalysedText) -> Range<Int>? {
        let close = range.upperBound - 1
        guard range.count >= 4, text.kind(close) == .quote,
              let open = range.firstIndex(where: { text.kind($0) == .quote }), open > range.lowerBound, open + 1 < close,
              (range.lowerBound..<open).allSatisfy({ text.kind($0) == .word && !text.isCapitalized($0) && !text.isUppercaseWord($0) })
                  || open == range.lowerBound + 1 && isLoneKind(range.lowerBound, text),
              !((open + 1)..<close).contains(where: { text.kind($0) == .quote }) else { return nil }
        return (open + 1)..<close
    }

    private static func isLoneKind(_ index: Int, _ text: AnalysedText) -> Bool {
        text.kind(index) == .word && (OrganisationVocabulary.legalForms.contains(text.folded[index]) || text.isKindOfOrganisation(index))
    }

    // MARK: - Grouping

    /// Mentions of one name are one organisation; "(ФИФА)" right after a full name is its abbreviation.
    func group(_ found: [Found], in text: AnalysedText, into existing: [Organisation] = []) -> [Organisation] {
        var organisations: [Organisation] = existing
        // The first organisation of each name or abbreviation, folded: a name finds it without a walk.
        var byKey: [String: Int] = [:]
        func file(_ key: String, _ index: Int) { byKey[key] = min(byKey[key] ?? index, index) }
        for (index, organisation) in organisations.enumerated() {
            file(Folding.fold(organisation.name), index)
            if let abbreviation = organisation.abbreviation { file(Folding.fold(abbreviation), index) }
        }
        var previous: (range: Range<Int>, organisation: Int)?
        for item in found {
            let scalars = text.scalarRange(Self.quotedPart(of: item.range, in: text) ?? item.range)
            let mention = Mention(start: scalars.lowerBound, end: scalars.upperBound, text: text.segmentation.text.string(in: scalars))
            let isAbbreviation = item.range.count == 1 && text.isUppercaseWord(item.range.lowerBound)
            if isAbbreviation, let previous, item.range.lowerBound == previous.range.upperBound + 1,
               text.kind(previous.range.upperBound) == .bracket, organisations[previous.organisation].abbreviation == nil {
                organisations[previous.organisation].abbreviation = item.name
                organisations[previous.organisation].mentions.append(mention)
                file(Folding.fold(item.name), previous.organisation)
                continue
            }
            let key = Folding.fold(item.name)
            if let existing = byKey[key] {
                organisations[existing].mentions.append(mention)
                previous = (item.range, existing)
            } else {
                var organisation = Organisation(name: item.name)
                organisation.mentions = [mention]
                organisations.append(organisation)
                file(key, organisations.count - 1)
                previous = (item.range, organisations.count - 1)
            }
        }
        return organisations
    }
}
