import RuNewsMorphology
import RuNewsText

/// Reads the positions people hold from the words around their names: "губернатором Ставропольского
/// края Владимиром Владимировым" (title "губернатор", organisation "Ставропольский край"), "начальник
/// управления культуры и туризма администрации Георгиевского городского округа Светлана Вячеславовна
/// Умеренко", "Сергей Лавров, министр иностранных дел России", "Черномырдин был назначен председателем
/// Совета Министров РФ". Titles and the head of the organisation go to the nominative; the title keeps
/// its lowercase complement ("министр иностранных дел"), the organisation is the rest of the chain.
public struct RoleExtractor: Sendable {
    let morphology: MorphAnalyzer

    public init(morphology: MorphAnalyzer) {
        self.morphology = morphology
    }

    /// Roles for each person, by the token ranges of their mentions; a generic organisation ("района")
    /// is resolved against the organisations and places the text names (`RoleOrganisations.swift`).
    public func attachRoles(to people: inout [Person], in text: AnalysedText,
                            organisations: [Organisation] = [], locations: [Location] = []) {
        // A chain does not run through a name: "Владимир Путин, глава государства Дмитрий Медведев".
        let mentions = people.flatMap(\.mentions)
        let nameTokens = text.tokens(covering: mentions)
        // "Адвокат Гаева Александр Аснис", "советника Путина Михаила Лесина": a name in the genitive right
        // after a position and right before another name is the holder's principal; the position is the
        // other name's.
        var startOfMentionEndingAt: [Int: Int] = [:]
        for mention in mentions {
            let tokens = text.tokenRange(of: mention)
            if !tokens.isEmpty { startOfMentionEndingAt[tokens.upperBound - 1] = tokens.lowerBound }
        }
        let mentionStarts = Set(startOfMentionEndingAt.values)
        // Not after a noun of kin: "дочери предпринимателя Александра Жукова Дарьи" names his daughter.
        func isPrincipal(_ first: Int, _ last: Int) -> Bool {
            guard first > 0, mentionStarts.contains(last + 1), text.areAdjacent(last, last + 1),
                  text.areAdjacent(first - 1, first), isPosition(first - 1, text), isGenitiveName(first, text) else { return false }
            return kinNoun(before: first - 1, in: text) == nil
        }
        for personIndex in people.indices {
            var roles: [Role] = []
            let gender = NameNormalizer(morphology: morphology).knownGender(of: people[personIndex])
            for mention in people[personIndex].mentions {
                let tokens = text.tokenRange(of: mention)
                guard let first = tokens.first, let last = tokens.last else { continue }
                // The principal's position is read from the principal's start, for the name after it; an
                // institution's eponym ("театра комедии имени Н. П. Акимова Татьяна Казакова") holds none, and
                // the position is read from before "имени" for the name after it.
                let principal = startOfMentionEndingAt[first - 1].flatMap { start in
                    isPrincipal(start, first - 1) ? start : eponymStart(of: start, in: text)
                }
                let before = isPrincipal(first, last) || eponymStart(of: first, in: text) != nil ? []
                    : self.before(principal ?? first, nameEnd: principal == nil ? last : first - 1, in: text, names: nameTokens, gender: gender)
                for role in before
                    + listed(first, mention: mention, in: text, names: nameTokens, gender: gender, nameGender: people[personIndex].gender)
                    + [after(last, in: text, names: nameTokens, gender: gender)].compactMap({ $0 }) {
                    // One title is one role, whichever mention names its organisation ("спикер палаты
                    // представителей … первой женщины-спикера"), when the person holds it of one body only.
                    let titled = roles.indices.filter { roles[$0].title == role.title }
                    if let same = titled.first(where: { roles[$0].organisation == role.organisation })
                        ?? (titled.count == 1 && (roles[titled[0]].organisation == nil || role.organisation == nil) ? titled[0] : nil) {
                        roles[same].mentions += role.mentions
                        if roles[same].organisation == nil, let organisation = role.organisation {
                            (roles[same].organisation, roles[same].text) = (organisation, role.text)
                        }
                    } else {
                        roles.append(role)
                    }
                }
            }
            people[personIndex].roles = roles
            // A title only women hold tells the gender where a name's ending misled ("Умерла актриса Кэрри Фишер").
            if gender != .male, roles.contains(where: { role in role.mentions.contains { mention in
                // The title's head, not a position in its complement ("тренер теннисистки"), nor a list's.
                text.tokens(covering: [mention]).sorted().first { isPosition($0, text) || isPluralPosition($0, text) }
                    .map { isWomenOnlyTitle($0, in: text) } ?? false
            } }) {
                people[personIndex].gender = .female
            }
        }
        namingQuotedOrganisations(of: &people, by: organisations)
        resolvingGenericOrganisations(of: &people, among: organisations.map(\.name) + locations.map(\.name))
        attachPositionMentions(to: &people, in: text, names: nameTokens)
    }

    /// A position noun in the singular ("президенты" names no one person); "экс-премьер" and
    /// "генерал-майор" by their parts.
    func isPosition(_ index: Int, _ text: AnalysedText) -> Bool {
        guard text.kind(index) == .word else { return false }
        let word = text.folded[index]
        if RoleVocabulary.positions.contains(word) { return true }
        // A form the dictionary hardly ever reads as the position is the other noun ("политику" is policy).
        if text.hasNoun(in: RoleVocabulary.positions, at: index, singular: true) {
            return text.hasSingularNoun(in: RoleVocabulary.positions, at: index, minimumWeight: Self.rarePositionReading)
        }
        guard word.text.utf8.contains(UInt8(ascii: "-")) else { return false }
        for prefix in ["экс-", "вице-"] where word.hasPrefix(prefix) {
            if RoleVocabulary.positions.contains(Word(String(word.text.dropFirst(prefix.count)))) { return true }
            // "Экс-премьера Пакистана": the lemma's, as a case form of the position is no position word.
            if text.nouns[index].contains(where: { noun in
                noun.lemma.hasPrefix(prefix) && !noun.plural && RoleVocabulary.positions.contains(Word(String(noun.lemma.text.dropFirst(prefix.count))))
            }) { return true }
        }
        if let hyphen = word.text.utf8.firstIndex(of: UInt8(ascii: "-")), RoleVocabulary.positions.contains(Word(String(word.text[..<hyphen]))) {
            return true
        }
        // A compound of a position and another noun, by an animate reading's lemma: "журналиста-расследователя",
        // "хип-хоп-исполнителю", "солдата-срочника", "стендап-комика" (not "премьер-лиги").
        return text.readings[index].contains { reading in
            guard reading.tag.partOfSpeech == .noun, reading.tag.contains(.animate), !reading.tag.contains(.plural) else { return false }
            let parts = Folding.fold(reading.lemma).split(separator: "-")
            guard parts.count >= 2, let first = parts.first, let last = parts.last else { return false }
            return RoleVocabulary.positions.contains(Word(String(first))) || RoleVocabulary.positions.contains(Word(String(last)))
        }
    }


    /// "губернатором Ставропольского края | Владимиром Владимировым": a position, then a genitive chain
    /// running up to the name. Positions joined by "и" or a comma before it are read too: "бывший глава
    /// Русской винно-водочной компании и совладелец WFC Артур Перепёлкин". Passed over right before the
    /// name: an age, a verb of becoming, a dash read as "is". With `list`, the position is a plural one
    /// before a list of names that `nameStart` opens (`listed`), its title in the singular.
    func before(_ nameStart: Int, nameEnd: Int? = nil, in text: AnalysedText, names: Set<Int> = [], gender: Person.Gender? = nil,
                list: ListedName? = nil) -> [Role] {
        var roles: [Role] = []
        var chainEnd = nameStart
        var cursor = nameStart - 1
        var steps = 0
        var nearestPosition: Int?
        var instrumentalOnly = false
        var dashed = false
        while cursor >= 0, steps < 16, roles.count < 3,
              text.areAdjacent(cursor, cursor + 1) || text.kind(cursor + 1) == .quote || text.kind(cursor) == .quote
                || text.kind(cursor) == .punctuation && text.texts[cursor] == "," && !roles.isEmpty && cursor + 1 == chainEnd {
            if text.texts[cursor] == "," || text.folded[cursor] == "и" && !roles.isEmpty && cursor + 1 == chainEnd {
                cursor -= 1
                steps += 1
                continue
            }
            // Right before the name, an age ("президент страны 54-летний Джон Махама") and a verb of becoming
            // after a position in the instrumental ("министром обороны станет Лиам Фокс") are passed over.
            if nearestPosition == nil, cursor + 1 == chainEnd, case let becoming = isBecomingVerb(cursor, text), becoming || NameContext.isAge(cursor, in: text) {
                instrumentalOnly = instrumentalOnly || becoming
                chainEnd = cursor
                cursor -= 1
                steps += 1
                continue
            }
            // "Министр обороны — Ицунори Онодэра", "глава республики — 57-летний Тоомас Ильвес": a dash right
            // before the name reads as "is", when the position agrees with the name (below).
            if nearestPosition == nil, !dashed, cursor + 1 == chainEnd, text.kind(cursor) == .dash {
                dashed = true
                chainEnd = cursor
                cursor -= 1
                steps += 1
                continue
            }
            // An abbreviation in brackets after the chain ("Национального фронта (FN) Марин Ле Пен") is passed over.
            if let opening = bracketedAbbreviation(closingAt: cursor, in: text) {
                cursor = opening - 1
                steps += 1
                continue
            }
            // "Полпред президента РФ Александр Хлопонин", "первого заместителя председателя комитета": a position
            // in the genitive right after another is the other's chain, not a title of the person — unless the
            // name is in the genitive too ("советник президента России Дмитрия Медведева").
            // Before a list, a position in the singular is another's: its chain in the genitive ("помощники
            // президента …"), a stop otherwise; a plural one that does not agree with the name is a chain
            // word ("члены совета директоров …").
            if list != nil, isPosition(cursor, text) {
                guard isGenitiveNoun(cursor, text) else { break }
                cursor -= 1
                steps += 1
                continue
            }
            let isPositionHere = list.map { list in
                isPluralPosition(cursor, text) && (instrumentalOnly || agreesWithList(cursor, list, text))
            } ?? isPosition(cursor, text)
            if isPositionHere, isGenitiveNoun(cursor, text), !isGenitiveName(nameStart, text),
               case let start = titleStart(of: cursor, in: text), isPosition(start - 1, text) || isPluralPosition(start - 1, text),
               text.areAdjacent(start - 1, start) {
                cursor -= 1
                steps += 1
                continue
            }
            // "супруга президента США Мишель Обама": a name after a noun of kin in the nominative with a word
            // that cannot be a genitive is the holder's relative; one that may be the genitive names the
            // holder ("дочь президента Ислама Каримова", "внучка императора Акихито").
            if isPositionHere, isGenitiveNoun(cursor, text),
               (nameStart...(nameEnd ?? nameStart)).contains(where: { text.kind($0) == .word && !mayBeGenitiveName($0, text) }),
               let kin = kinNoun(before: cursor, in: text), hasLikelyReading(kin, text, { $0.contains(.nominative) && !$0.contains(.plural) }) {
                break
            }
            if isPositionHere {
                if list != nil, isClassJoined(cursor, text) { break }
                // "советником Медведева", "Адвокат Насира заявил": a name right after a position that is not
                // in the genitive, which no reading of the name's words as a name shares a case with, is the
                // position's complement, whose holder is someone else.
                if nearestPosition == nil, cursor + 1 == nameStart, !isGenitiveNoun(cursor, text),
                   isComplement(nameStart...(nameEnd ?? nameStart), of: cursor, in: text) { break }
                // "Роналду — лучший футболист, Зидан — тренер": a position after a comma before the name that
                // a dash after another name opens is that name's.
                if nearestPosition == nil, chainEnd == nameStart, text.texts[safe: nameStart - 1] == ",",
                   isAppositionOfAnotherName(cursor, in: text, names: names) { break }
                if dashed, nearestPosition == nil, !inOneCase(cursor, nameStart, text) { break }
                if instrumentalOnly, nearestPosition == nil, !hasLikelyReading(cursor, text, { $0.contains(.instrumental) }) { break }
                // Positions of one person stand in one case: "с корреспондентом «Голоса Америки» лидер
                // движения …" names two people.
                if let nearer = nearestPosition, !inOneCase(cursor, nearer, text) { break }
                nearestPosition = nearestPosition ?? cursor
                // A position right before another ("председатель … шейх") keeps the nearer's chain.
                if let role = role(position: cursor, chain: (cursor + 1)..<chainEnd, in: text, gender: gender,
                                   number: list == nil ? nil : .singular) {
                    roles.append(role)
                }
                // A name in the genitive after its position in the genitive is part of a longer chain
                // ("советник президента России Дмитрия Медведева …"): what comes before is another's.
                if isGenitiveNoun(cursor, text), isGenitiveName(nameStart, text),
                   !text.readings[nameStart].contains(where: { $0.score >= PersonExtractor.weakReading && $0.tag.contains(.nominative) }) { break }
                chainEnd = titleStart(of: cursor, in: text)
                cursor = chainEnd - 1
                steps += 1
                continue
            }
            guard isChainWord(cursor, text), !names.contains(cursor) else { break }
            // A list's chain is of genitives: after "генералов полиции по делу" a name is the case's.
            if list != nil, text.readings[cursor].first?.tag.partOfSpeech == .preposition { break }
            if let opening = otherQuote(of: cursor, in: text, forward: false), !(opening..<cursor).contains(where: names.contains) {
                cursor = opening
            }
            cursor -= 1
            steps += 1
        }
        return roles
    }

    /// Where "имени" or "им." stands right before the name at `first`: the name is an institution's eponym.
    func eponymStart(of first: Int, in text: AnalysedText) -> Int? {
        guard first > 0, text.areAdjacent(first - 1, first) else { return nil }
        if OrganisationExtractor.eponymMarkerEnd(at: first - 1, in: text) == first { return first - 1 }
        return first > 1 && OrganisationExtractor.eponymMarkerEnd(at: first - 2, in: text) == first ? first - 2 : nil
    }

    /// The noun of kin right before a position's title ("супруга президента", "вдова первого президента").
    func kinNoun(before position: Int, in text: AnalysedText) -> Int? {
        let start = titleStart(of: position, in: text)
        guard start > 0, text.areAdjacent(start - 1, start), text.hasNoun(in: RoleVocabulary.kinNouns, at: start - 1) else { return nil }
        return start - 1
    }

    /// Whether a dash right after a name opens the position at `position` (up to three adjectives before
    /// it): "Роналду — лучший футболист".
    func isAppositionOfAnotherName(_ position: Int, in text: AnalysedText, names: Set<Int>) -> Bool {
        var start = position
        while start > 0, position - start < 3, text.readings[start - 1].contains(where: \.tag.isAdjectival) { start -= 1 }
        return start > 1 && text.kind(start - 1) == .dash && names.contains(start - 2)
    }

    /// A verb that makes the noun before it in the instrumental the title of the name after it:
    /// "премьер-министром стала Аленка Братушек", "главным тренером назначен …".
    func isBecomingVerb(_ index: Int, _ text: AnalysedText) -> Bool {
        text.kind(index) == .word && text.readings[index].contains { reading in
            let lemma = Word(Folding.fold(reading.lemma))
            return RoleVocabulary.becomingVerbs.contains(lemma) || RoleVocabulary.appointingVerbs.contains(lemma)
        }
    }

    /// Whether two nouns have likely readings of one case.
    func inOneCase(_ a: Int, _ b: Int, _ text: AnalysedText) -> Bool {
        func likelyNouns(_ index: Int) -> [Parse] { text.readings[index].filter { $0.score >= Self.negligibleScore && $0.tag.partOfSpeech == .noun } }
        return likelyNouns(a).shareACase(with: likelyNouns(b))
    }

    /// Whether a name's words read, as a name where they can, in no case of the position's readings but
    /// in the genitive: its complement ("советником Медведева"), not its apposition ("министру Лаврову").
    /// Only words the dictionary knows tell: a guessed foreign name's readings miss cases it has
    /// ("с премьером М. Ганнучи", "спортсмен Фрэнки Запата").
    func isComplement(_ name: ClosedRange<Int>, of position: Int, in text: AnalysedText) -> Bool {
        let positions = text.readings[position].filter { $0.score >= Self.negligibleScore && $0.tag.partOfSpeech == .noun }
        guard !positions.isEmpty else { return false }
        var genitive = false
        for index in name where text.kind(index) == .word && text.readings[index].contains(where: { $0.method == .dictionary }) {
            let readings = Array(likelyNameReadings(index, text))
            if readings.shareACase(with: positions) { return false }
            genitive = genitive || readings.contains { $0.tag.contains(.genitive) }
        }
        return genitive
    }

    /// Whether the word has a reading the dictionary does not all but rule out (`negligibleScore`) with a
    /// tag that `matches`.
    func hasLikelyReading(_ index: Int, _ text: AnalysedText, _ matches: (Tag) -> Bool) -> Bool {
        text.readings[index].contains { $0.score >= Self.negligibleScore && matches($0.tag) }
    }

    func isGenitiveNoun(_ index: Int, _ text: AnalysedText) -> Bool {
        hasLikelyReading(index, text) { $0.partOfSpeech == .noun && $0.contains(.genitive) }
    }

    /// Whether the name opening at `index` reads as a genitive: one person's, so in the singular
    /// ("Анатолий" is no genitive plural of "Анатолия" before a surname).
    func isGenitiveName(_ index: Int, _ text: AnalysedText) -> Bool {
        hasLikelyReading(index, text) { $0.partOfSpeech == .noun && $0.contains(.genitive) && !$0.contains(.plural) }
    }

    /// Whether a word of a name may be in the genitive, as a name where the dictionary reads it as one
    /// ("Наина" is no place's genitive), by any reading otherwise ("Акихито").
    func mayBeGenitiveName(_ index: Int, _ text: AnalysedText) -> Bool {
        likelyNameReadings(index, text).contains { $0.tag.contains(.genitive) }
    }

    /// A word's singular readings the dictionary does not all but rule out, as a name where it reads as
    /// one. Read in place, lazily: this is asked at every genitive position a walk back meets.
    func likelyNameReadings(_ index: Int, _ text: AnalysedText) -> LazyFilterSequence<[Parse]> {
        func likely(_ reading: Parse) -> Bool { reading.score >= Self.negligibleScore && !reading.tag.contains(.plural) }
        func named(_ reading: Parse) -> Bool { reading.tag.contains(.firstName) || reading.tag.contains(.surname) || reading.tag.contains(.patronymic) }
        let readings = text.readings[index]
        let asName = readings.contains { likely($0) && named($0) }
        return readings.lazy.filter { likely($0) && (!asName || named($0)) }
    }

    /// A quoted name is one piece of a chain, whatever its words ("движения «Левый фронт»"): the quote that
    /// pairs with the «, „ or the », “ at `index`, looking `forward` or back a few tokens on the same line.
    func otherQuote(of index: Int, in text: AnalysedText, forward: Bool) -> Int? {
        guard text.kind(index) == .quote, let quote = text.texts[index].unicodeScalars.first else { return nil }
        let opening: Set<Unicode.Scalar> = ["«", "„"], closing: Set<Unicode.Scalar> = ["»", "“"]
        guard forward ? opening.contains(quote) : closing.contains(quote) else { return nil }
        var other = index
        for _ in 0..<Self.quotedNameTokens {
            other += forward ? 1 : -1
            guard other >= 0, other < text.count,
                  !text.segmentation.text.string(in: text.scalarRange(min(other, index)..<(max(other, index) + 1))).contains("\n")
            else { return nil }
            if text.kind(other) == .quote, let scalar = text.texts[other].unicodeScalars.first {
                return (forward ? closing : opening).contains(scalar) ? other : nil
            }
        }
        return nil
    }

    /// Whether the "в" at `index` opens a place: a name ("посол Японии в России") or a noun of places
    /// ("полпред президента в округе"), not a phrase of another kind ("тренер в случае ухода").
    func opensPlacePhrase(_ index: Int, _ text: AnalysedText) -> Bool {
        text.isCapitalized(index + 1) || text.isUppercaseWord(index + 1) || text.hasNoun(in: LocationVocabulary.placeNouns, at: index + 1)
    }

    /// The "(" of a bracket closing at `index` that holds one abbreviation, Latin or Cyrillic: "(FN)", "(ДПНИ)".
    func bracketedAbbreviation(closingAt index: Int, in text: AnalysedText) -> Int? {
        guard index >= 2, text.texts[index] == ")", text.texts[index - 2] == "(", text.kind(index - 1) == .word,
              text.isUppercaseWord(index - 1) || text.isInLatinLetters(index - 1),
              text.areAdjacent(index - 2, index - 1), text.areAdjacent(index - 1, index) else { return nil }
        return index - 2
    }

    static let negligibleScore = 0.01
    /// Readings as a position weighing less than this make no position of a word ("критике": 0.04).
    static let rarePositionReading = 0.1
    /// Words of a prepositional phrase inside a chain after its preposition.
    static let prepositionalPhraseWords = 4
    /// Words a chain runs through as it is walked: "и" between genitives, "по" and "при" opening a phrase.
    static let chainWalkJoiners: Set<Word> = ["и", "по", "при"]
    /// Prepositions that stand inside a capitalised name with their genitives.
    static let namePrepositions: Set<Word> = ["против", "для"]
    /// Prepositions of a chain's phrases and the case of the words after them.
    static let phrasePrepositions: [(Word, Grammeme)] = [("по", .dative), ("при", .prepositional), ("в", .prepositional)]

    /// What stands between a name and a position in apposition after it.
    static let appositionMarks: Set<String> = PunctuationMarks.dashes.union([","])

    /// A quoted name in a chain is this many tokens long at most.
    static let quotedNameTokens = 8

    /// "Сергей Лавров, министр иностранных дел России", "Кирилл Разлогов - директор …", "Скотт Хоровитц
    /// (Scott Horowitz), бывший астронавт": a comma or dash, a position and its chain; or a predicate,
    /// "Черномырдин был назначен председателем Совета Министров", "Э.Барак занимал должность министра
    /// обороны Израиля": a verb of becoming or holding, the position in the case it governs.
    func after(_ nameEnd: Int, in text: AnalysedText, names: Set<Int> = [], gender: Person.Gender? = nil) -> Role? {
        func position(after start: (Int, Grammeme?)?) -> Int? { start.flatMap { self.position(from: $0, governed: $1, in: text) } }
        // The predicate is read only where no apposition gives a position.
        guard let position = position(after: appositionStart(after: nameEnd, in: text)) ?? position(after: predicateStart(after: nameEnd, in: text))
        else { return nil }
        var end = position + 1
        while end < text.count, end - position < 12, text.areAdjacent(end - 1, end) || text.kind(end) == .quote || text.kind(end - 1) == .quote,
              isChainWord(end, text), !names.contains(end) {
            if let closing = otherQuote(of: end, in: text, forward: true), !(end...closing).contains(where: names.contains) {
                end = closing
            }
            end += 1
        }
        // A position followed by a name is that person's: "…, премьер-министр Турции Реджеп Эрдоган".
        if names.contains(end) && text.areAdjacent(end - 1, end) { return nil }
        return role(position: position, chain: (position + 1)..<end, in: text, gender: gender)
    }

    /// The position at `start` or after up to three adjectives there ("бывший астронавт", "главный
    /// тренер", "выдающийся татарский народный поэт"), in the `governed` case if one is asked.
    func position(from start: Int, governed: Grammeme?, in text: AnalysedText) -> Int? {
        var position = start
        while position < text.count, position - start < 3, !isPosition(position, text),
              text.readings[position].contains(where: { $0.tag.partOfSpeech == .adjective }) {
            position += 1
        }
        guard isPosition(position, text), governed.map({ grammeme in hasLikelyReading(position, text) { $0.contains(grammeme) } }) ?? true
        else { return nil }
        return position
    }

    /// Where a position in apposition may start: after a comma or dash (a bracket between), in any case.
    func appositionStart(after nameEnd: Int, in text: AnalysedText) -> (Int, Grammeme?)? {
        var separator = nameEnd + 1
        if text.texts[safe: separator] == "(" {
            while separator < text.count, text.texts[separator] != ")", separator - nameEnd < 8 { separator += 1 }
            separator += 1
        }
        guard let mark = text.texts[safe: separator], Self.appositionMarks.contains(mark) else { return nil }
        return (separator + 1, nil)
    }

    /// Where the position of a predicate right after the name may start, and the case it must be in:
    /// a relative pronoun or a participle's comma ("Мушаррафа, который занимал пост президента"), an
    /// auxiliary or adverbs ("был", "вновь"), then a verb of becoming (the instrumental: "стал главой") or
    /// an office ("занимал должность министра", "назначил … на пост главы", "освободил … от должности
    /// заместителя": the genitive).
    func predicateStart(after nameEnd: Int, in text: AnalysedText) -> (Int, Grammeme?)? {
        func lemmas(_ index: Int) -> Set<Word> { Set(text.readings[index].filter { $0.score >= Self.negligibleScore }.map { Word(Folding.fold($0.lemma)) }) }
        var index = nameEnd + 1
        if text.texts[safe: index] == "," {
            index += 1
            if let word = text.folded[safe: index], RoleVocabulary.relativePronouns.contains(word) { index += 1 }
        }
        // Auxiliaries and adverbs ("был", "вновь"): each word's lemmas read once.
        var copula = false
        var verb: (index: Int, lemmas: Set<Word>) = (-1, [])
        while index < text.count, index - nameEnd <= 4, text.kind(index) == .word, text.areAdjacent(index - 1, index) {
            verb = (index, lemmas(index))
            let isBe = verb.lemmas.contains("быть") && text.folded[index] != "есть"
            guard isBe || text.readings[index].first?.tag.partOfSpeech == .adverb else { break }
            copula = copula || verb.lemmas.contains("быть")
            index += 1
        }
        guard index < text.count, text.kind(index) == .word, text.areAdjacent(index - 1, index) else { return nil }
        if verb.index != index { verb = (index, lemmas(index)) }
        // After its subject, a verb of appointing is the name's only in the passive ("был назначен
        // председателем"; "Собянин назначил главой …" names someone else).
        let appointed = !verb.lemmas.isDisjoint(with: RoleVocabulary.appointingVerbs)
            && hasLikelyReading(index, text) { $0.contains(.passive) }
        let becoming = appointed || !verb.lemmas.isDisjoint(with: RoleVocabulary.becomingVerbs)
        let holding = !verb.lemmas.isDisjoint(with: RoleVocabulary.holdingVerbs)
        var next = becoming || holding ? index + 1 : index
        // "на пост", "с поста", "от должности", "на посту", or the office alone after "занимал".
        if let preposition = text.folded[safe: next], RoleVocabulary.officePrepositions.contains(preposition),
           text.hasNoun(in: RoleVocabulary.offices, at: next + 1) {
            next += 1
        }
        if text.hasNoun(in: RoleVocabulary.offices, at: next) { return (next + 1, .genitive) }
        // After a comma only a verb of becoming goes on ("…, который стал главой"), not a copula alone.
        guard becoming || copula && text.texts[nameEnd + 1] != "," else { return nil }
        return (next, .instrumental)
    }

    /// The nominative of a hyphenated position, half by half in the case its last half reads in as an
    /// animate noun: "журналиста-расследователя" → "журналист-расследователь", "автору-исполнителю" →
    /// "автор-исполнитель" (the guesser's lemma declines the last half only); a half the dictionary does not
    /// read as an animate noun in that case stays ("хип-хоп-исполнитель", "вице-премьер"). `position`: the
    /// last half alone where the first is a person noun ("женщина-космонавт"). Nil without a hyphen.
    func compoundTitle(_ index: Int, in text: AnalysedText) -> (title: String, position: String?)? {
        let written = text.texts[index]
        guard written.utf8.contains(UInt8(ascii: "-")) else { return nil }
        func animateNoun(_ half: String, in grammaticalCase: Grammeme?) -> Parse? {
            morphology.analyse(half).filter { reading in
                reading.tag.partOfSpeech == .noun && reading.tag.contains(.animate) && !reading.tag.contains(.plural)
                    && grammaticalCase.map(reading.tag.contains) ?? true && (grammaticalCase == nil || reading.method == .dictionary)
            }.max { $0.score < $1.score }
        }
        let halves = written.split(separator: "-").map(String.init)
        guard halves.count >= 2, let lastHalf = halves.last, let last = animateNoun(lastHalf, in: nil),
              let grammaticalCase = Grammeme.mainCases.first(where: last.tag.contains) else { return nil }
        let position = Folding.fold(morphology.inflect(last, to: [.nominative, .singular])?.word ?? lastHalf)
        var forms: [String] = []
        for half in halves.dropLast() {
            let reading = animateNoun(half, in: grammaticalCase)
            forms.append(reading.flatMap { morphology.inflect($0, to: [.nominative, .singular])?.word }.map(Folding.fold) ?? Folding.fold(half))
        }
        let personNoun = halves.count == 2 && RoleVocabulary.personNouns.contains(Word(forms[0]))
        return ((forms + [position]).joined(separator: "-"), personNoun ? position : nil)
    }

    /// Where the words that make a title's holder an acting one begin, right before `start`: "и. о." however
    /// spaced and tokenized ("и.о.", "и. о.", "И.о"), "(временно) исполняющий обязанности" in any case.
    func actingStart(before start: Int, in text: AnalysedText) -> Int? {
        var written = ""
        for first in stride(from: start - 1, through: max(0, start - 4), by: -1) {
            written = text.folded[first].text + written
            guard written.count <= RoleVocabulary.actingAbbreviationLength else { break }
            if RoleVocabulary.actingAbbreviations.contains(written) { return first }
        }
        guard start >= 2, text.folded[start - 1] == "обязанности", text.folded[start - 2].text.hasPrefix("исполняющ") else { return nil }
        return start >= 3 && text.folded[start - 3] == "временно" ? start - 3 : start - 2
    }

    /// Where a position's title begins: its qualifying adjectives ("генеральный директор").
    func titleStart(of position: Int, in text: AnalysedText) -> Int {
        var start = position
        while start > 0, text.areAdjacent(start - 1, start),
              text.readings[start - 1].contains(where: { $0.tag.partOfSpeech == .adjective && RoleVocabulary.titleAdjectives.contains(Word(Folding.fold($0.lemma))) }) {
            start -= 1
        }
        return start
    }

    /// Words of an organisation's genitive chain: genitive nouns and adjectives, "и", names, abbreviations, quotes.
    func isChainWord(_ index: Int, _ text: AnalysedText) -> Bool {
        switch text.kind(index) {
        case .quote: return true
        case .word:
            // "и" joins genitives; "по" and "при" open a phrase of the kind of "комитет по иностранным делам",
            // "Следственный комитет при прокуратуре", and "в" one before a place (`opensPlacePhrase`).
            if Self.chainWalkJoiners.contains(text.folded[index]) { return true }
            if text.folded[index] == "в" { return opensPlacePhrase(index, text) }
            // An adverb qualifying the genitive adjective after it: "крайне правого Национального фронта".
            if text.readings[index].first?.tag.partOfSpeech == .adverb, text.readings[safe: index + 1]?.contains(where: {
                $0.tag.partOfSpeech == .adjective && $0.tag.contains(.genitive)
            }) == true { return true }
            // "против" and "для" with their genitives inside a name ("Движения против нелегальной иммиграции").
            if Self.namePrepositions.contains(text.folded[index]) { return text.isCapitalized(index - 1) }
            // The words after the preposition in the case it governs: "по иностранным делам", "в Северо-Кавказском
            // федеральном округе".
            for (preposition, governed) in Self.phrasePrepositions {
                var before = index - 1
                while before >= 0, index - before <= Self.prepositionalPhraseWords, text.folded[before] != preposition,
                      text.readings[before].contains(where: { $0.tag.contains(governed) }) {
                    before -= 1
                }
                if before >= 0, index - before <= Self.prepositionalPhraseWords, text.folded[before] == preposition,
                   preposition != "в" || opensPlacePhrase(before, text),
                   text.readings[index].contains(where: { $0.tag.contains(governed) }) {
                    return true
                }
            }
            if text.isUppercaseWord(index) || text.isCapitalized(index) { return true }
            // Readings the dictionary all but rules out do not count ("из" as the plural of the name "Иза").
            return hasLikelyReading(index, text) { $0.contains(.genitive) && ($0.partOfSpeech == .noun || $0.partOfSpeech == .adjective) }
        case .number:
            // A date or a count of time ends the chain: "мэра Москвы 18 лет", "Молдавии 13 ноября" (a unit
            // of the dates' relative expressions, as written or by its noun's lemma).
            guard let next = text.folded[safe: index + 1] else { return true }
            return MonthNames.numbers[next.text] == nil && DateVocabulary.units[next] == nil
                && !text.nouns[index + 1].contains { DateVocabulary.units[$0.lemma] != nil }
        default: return false
        }
    }

    /// Where a title's complement ends in its chain: the chain's lowercase words up to the last noun
    /// before a capitalised word, a quote, a number, a joiner, or a noun naming a kind of organisation or a place
    /// ("председатель правления | банка", "глава | района", "министр обороны | Японии").
    /// What "по" says the title is about stays in it ("министр по делам религии | Индонезии", "директор
    /// по кастингу", "чемпион мира по фигурному катанию"); not what a person is by ("по образованию").
    func titleComplementEnd(_ chain: Range<Int>, in text: AnalysedText) -> Int {
        func isComplementWord(_ index: Int) -> Bool {
            text.kind(index) == .word && !text.isCapitalized(index) && !text.isUppercaseWord(index)
                && !Self.chainJoiners.contains(text.folded[index]) && !text.isKindOfOrganisation(index)
                && !text.hasNoun(in: LocationVocabulary.placeNouns, at: index)
        }
        var end = chain.lowerBound
        for index in chain {
            if text.folded[index] == "по", index + 1 < chain.upperBound, isComplementWord(index + 1),
               !opensPhraseOfNoBody(index, in: text) { continue }
            guard isComplementWord(index) else { break }
            if text.readings[index].first?.tag.partOfSpeech == .noun { end = index + 1 }
        }
        // A phrase right after it is the complement's own ("полпред президента в округе"): the chain stays whole.
        return end < chain.upperBound && Self.chainJoiners.contains(text.folded[end]) ? chain.lowerBound : end
    }

    /// Whether the "по" at `index` says what a person is by ("по образованию") or opens a phrase of the
    /// sentence ("по словам", "по данным"): no body, nothing the title is about.
    func opensPhraseOfNoBody(_ index: Int, in text: AnalysedText) -> Bool {
        text.folded[index] == "по" && (text.hasNoun(in: RoleVocabulary.qualifyingNouns, at: index + 1)
            || OrganisationExtractor.opensSentencePhrase(at: index, in: text))
    }

    /// Words that join the parts of a chain, never a title's complement.
    static let chainJoiners: Set<Word> = ["и", "по", "при", "в", "против", "для"]

    /// A title only a woman holds ("актриса", "принцесса"; "глава" and "судья" are of common gender).
    func isWomenOnlyTitle(_ position: Int, in text: AnalysedText) -> Bool {
        let animate = text.readings[position].filter { $0.tag.partOfSpeech == .noun && $0.tag.contains(.animate) }
        return !animate.isEmpty && animate.allSatisfy { $0.tag.contains(.feminine) }
    }

    /// The role of the position at `position` with its `chain`; `number` puts the title in that number.
    func role(position: Int, chain: Range<Int>, in text: AnalysedText, gender: Person.Gender? = nil,
              number: Grammeme? = nil) -> Role? {
        if gender == .male && isWomenOnlyTitle(position, in: text) { return nil }
        let normalizer = PhraseNormalizer(morphology: morphology)
        let ownStart = titleStart(of: position, in: text)
        var title = Folding.fold(normalizer.nominative(modifiers: Array(ownStart..<position), head: position,
                                                       headLemmas: RoleVocabulary.positions,
                                                       number: number, in: text))
        // A hyphenated head half by half ("журналист-расследователь"), after its modifiers; after a person
        // noun, the position alone, without what qualified the person ("первой женщины-спикера" → "спикер").
        if let compound = compoundTitle(position, in: text) {
            title = compound.position ?? (title.split(separator: " ").dropLast().map(String.init) + [compound.title]).joined(separator: " ")
        }
        // One acting in the position holds it as such, the title in the genitive as written: "и. о.
        // губернатора", "исполняющего обязанности мэра" → "и. о. мэра".
        let acting = actingStart(before: ownStart, in: text)
        if acting != nil {
            title = RoleVocabulary.actingTitle + " " + Folding.fold(text.segmentation.text.string(in: text.scalarRange(ownStart..<(position + 1))))
        }
        let titleStart = acting ?? ownStart
        var organisation: String?
        // Trim what cannot end an organisation (a trailing "и" or comma between two positions). A chain
        // that opens with "и" joins the title to another noun ("эмира и его второй жены", "космонавта и
        // депутата"), not to a body: there is none.
        // One that opens with "по" and a noun of what a person is by ("юрист по образованию", "по
        // национальности") names none either.
        let namesNone = !chain.isEmpty && (text.folded[chain.lowerBound] == "и" || opensPhraseOfNoBody(chain.lowerBound, in: text))
        var chainEnd = namesNone ? chain.lowerBound : chain.upperBound
        while chainEnd > chain.lowerBound, text.folded[chainEnd - 1] == "и" || text.texts[chainEnd - 1] == "," { chainEnd -= 1 }
        if chainEnd - 3 >= chain.lowerBound, let opening = bracketedAbbreviation(closingAt: chainEnd - 1, in: text) { chainEnd = opening }
        // What the title's own genitive says stays in the title, as written: "министр иностранных дел",
        // "тренер вратарей", "полпред президента"; the organisation is what follows ("России").
        let complementEnd = titleComplementEnd(chain.lowerBound..<chainEnd, in: text)
        if complementEnd > chain.lowerBound {
            title += " " + Folding.fold(text.segmentation.text.string(in: text.scalarRange(chain.lowerBound..<complementEnd)))
        }
        // "посла в Китае", "полпредом в СКФО": the place the title is held in, named, is the organisation,
        // without its preposition ("эксперта в области старения" names a field, not a place).
        let opensWithIn = complementEnd == chain.lowerBound && complementEnd + 1 < chainEnd && text.folded[complementEnd] == "в"
            && (text.isCapitalized(complementEnd + 1) || text.isUppercaseWord(complementEnd + 1))
        let organisationChain = (complementEnd + (opensWithIn ? 1 : 0))..<max(complementEnd, chainEnd)
        // A chain with no noun, name, abbreviation or quote names no body ("лидер последних", "основатель
        // которой", "адвокат потерпевшего").
        let namesBody = organisationChain.contains { index in
            text.kind(index) == .quote || text.isCapitalized(index) || text.isUppercaseWord(index)
                || text.readings[index].first?.tag.partOfSpeech == .noun
        }
        if chainEnd > organisationChain.lowerBound, namesBody {
            // The chain's first noun phrase is its head: "Ставропольского края" → "Ставропольский край".
            var head = organisationChain.lowerBound
            while head < chainEnd - 1, !text.readings[head].contains(where: { $0.tag.partOfSpeech == .noun }) || text.readings[head].first?.tag.partOfSpeech == .adjective {
                head += 1
            }
            if text.isUppercaseWord(organisationChain.lowerBound) || text.kind(organisationChain.lowerBound) == .quote {
                organisation = text.segmentation.text.string(in: text.scalarRange(organisationChain.lowerBound..<chainEnd))
            } else {
                organisation = normalizer.nominative(modifiers: Array(organisationChain.lowerBound..<head), head: head,
                                                     rest: (head + 1)..<chainEnd, in: text)
            }
        }
        let end = max(chainEnd, position + 1)
        let scalars = text.scalarRange(titleStart..<end)
        let words = text.segmentation.text.string(in: scalars)
        return Role(title: title, organisation: organisation, text: words,
                    mentions: [Mention(start: scalars.lowerBound, end: scalars.upperBound, text: words)])
    }
}
