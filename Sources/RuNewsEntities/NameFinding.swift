import RuNewsMorphology
import RuNewsText

/// Finding name sequences: chains of capitalised words read through the OpenCorpora name tags — first
/// name (`Name`), patronymic (`Patr`), surname (`Surn`), initials. "Светлана Вячеславовна Умеренко",
/// "Владимиром Владимировым", "С. В. Умеренко", "Умеренко С. В.", "Реджеп Тайип Эрдоган"; after a first
/// name any capitalised word is read as the surname ("Марка Дуггана"), and after a position capitalised
/// words the dictionary does not know otherwise ("председатель КНР Ху Цзиньтао").
extension PersonExtractor {
    /// A word that may be part of a name: capitalised, not an abbreviation in capitals ("МКУК").
    /// Capitalised, not in capitals, and without digits ("Формулы-1" names a championship).
    func isNameShaped(_ index: Int, _ text: AnalysedText) -> Bool {
        text.isNameShaped(index)
    }

    func isFirstName(_ index: Int, _ text: AnalysedText) -> Bool {
        isNameShaped(index, text) && firstNameWeight(index, text) >= Self.nameThreshold
    }

    /// The weight of dictionary readings as a first name: guessed "Name" readings of unknown words
    /// ("Атлантис", "Тоттенхэм") say nothing.
    func firstNameWeight(_ index: Int, _ text: AnalysedText) -> Double {
        guard index >= 0, index < text.count else { return 0 }
        return text.readings[index].reduce(0) {
            $0 + ($1.tag.contains(.firstName) && $1.method == .dictionary ? $1.score : 0)
        }
    }

    func isPatronymic(_ index: Int, _ text: AnalysedText) -> Bool {
        isNameShaped(index, text) && text.weight(of: .patronymic, at: index) >= Self.nameThreshold
    }

    func isSurname(_ index: Int, _ text: AnalysedText) -> Bool {
        isNameShaped(index, text) && text.weight(of: .surname, at: index) >= Self.surnameThreshold
    }

    /// A capitalised word that may be a surname after a first name: not a place, organisation or
    /// abbreviation the dictionary knows.
    /// With `strict`, also not a word the dictionary knows only as a common word: what a chain needs
    /// beyond its first word after a name ("Кирсан Илюмжинов Президент" stops before "Президент").
    func canBeSurname(_ index: Int, _ text: AnalysedText, strict: Bool = false) -> Bool {
        guard text.isCapitalized(index), !text.isUppercaseWord(index) else { return false }
        if text.weight(of: .surname, at: index) > 0 { return true }
        // A word the dictionary knows only as a common word ("Президент", "Из-за") is no surname, but
        // for adjectives of the surname shape ("Камский").
        let readings = text.readings[index]
        let known = readings.filter { $0.method == .dictionary }
        let named = known.contains { $0.tag.contains(.firstName) || $0.tag.contains(.patronymic) }
        if strict, !known.isEmpty, !named, !NameVocabulary.adjectivalSurnameEndings.contains(where: text.folded[index].hasSuffix) {
            return false
        }
        // Guessed readings of unknown words ("Паулса" as a place) say nothing.
        return text.dictionaryWeight(of: .geography, at: index) < 0.5 && text.dictionaryWeight(of: .organisation, at: index) < 0.5
            && text.weight(of: .patronymic, at: index) < 0.5
    }

    func name(at index: Int, in text: AnalysedText) -> NameMatch? {
        // "С. В. Умеренко"
        if text.kind(index) == .initial {
            var next = index
            var initials: [Int] = []
            while text.kind(next) == .initial, initials.count < 2, text.areAdjacent(next, next + 1) || next == index {
                initials.append(next)
                next += 1
            }
            guard canBeSurname(next, text, strict: true), next > index, text.areAdjacent(next - 1, next) else { return nil }
            return NameMatch(tokens: index..<(next + 1), last: [next], initials: initials)
        }
        // A first name, or a word that may be one right before a clear surname ("Романа Коноплева").
        if isFirstName(index, text) || isNameShaped(index, text) && firstNameWeight(index, text) > 0.02
            && text.areAdjacent(index, index + 1) && isSurname(index + 1, text) {
            var match = NameMatch(tokens: index..<(index + 1), first: [index])
            var next = index + 1
            if text.areAdjacent(index, next), isPatronymic(next, text) {
                match.middle = [next]
                next += 1
            }
            // Up to three more capitalised words: more first names, then the surname with its particles
            // ("Реджеп Тайип Эрдоган", "Марин Ле Пен"); Arabic names go on through their particles and the
            // names joined to one ("Абдулла бин Хамад аль-Аттия", "Хамад бен Халифа Аль Тани").
            var rest: [Int] = []
            var words = 0
            while words < 3 || rest.contains(where: { isParticle($0, text) }), rest.count < Self.longestNameTail,
                  text.areAdjacent(next - 1, next) {
                if isParticle(next, text), text.areAdjacent(next, next + 1), canBeSurname(next + 1, text) || isJoinedToParticle(next + 1, text) {
                    rest += [next, next + 1]
                    next += 2
                    continue
                }
                guard isJoinedToParticle(next, text) || canBeSurname(next, text, strict: !rest.isEmpty) else { break }
                if startsAnotherName(next, afterNameAt: index, parts: rest, text) { break }
                rest.append(next)
                next += 1
                words += 1
            }
            if !rest.isEmpty {
                let surnameStart = rest.count >= 2 && isParticle(rest[rest.count - 2], text) ? rest.count - 2 : rest.count - 1
                match.first += rest[..<surnameStart]
                match.last = Array(rest[surnameStart...])
            }
            match.tokens = index..<next
            // A lone first name must be read as one clearly, and not be a name in quotes («Орион»).
            if match.last.isEmpty && match.middle.isEmpty
                && (firstNameWeight(index, text) < 0.5 || text.kind(index - 1) == .quote && text.areAdjacent(index - 1, index)) {
                return nil
            }
            return match
        }
        // "председатель КНР Ху Цзиньтао": after a position, capitalised words the dictionary does not
        // know otherwise are a name, however foreign — but not an adjective agreeing with the lowercase
        // noun after it ("глава Антрацитовского района").
        // (Shape first: it is cheap, and few words have it; the walk back is asked of those only.)
        if isNameShaped(index, text), followsPosition(index, text), isForeignNamePart(index, text), !modifiesNextNoun(index, text) {
            var next = index + 1
            while next < text.count, next - index < 3, text.areAdjacent(next - 1, next), isForeignNamePart(next, text) { next += 1 }
            var match = NameMatch(tokens: index..<next, first: Array(index..<(next - 1)), last: [next - 1])
            extendSurname(of: &match, in: text)
            return match
        }
        if let foreign = foreignName(at: index, in: text) { return foreign }
        if isSurname(index, text), !text.sentenceStarts.contains(index) || text.weight(of: .surname, at: index) >= 0.8,
           !modifiesNextNoun(index, text), !text.isPlaceAfterIn(index) {
            var match = NameMatch(tokens: index..<(index + 1), last: [index])
            var next = index + 1
            // "Умеренко Светлана Вячеславовна", "Умеренко С. В."
            if text.areAdjacent(index, next), isFirstName(next, text), surnameAgreesWithName(index, next, text) {
                match.first = [next]
                next += 1
                if text.areAdjacent(next - 1, next), isPatronymic(next, text) { match.middle = [next]; next += 1 }
            } else if text.kind(next) == .initial, text.areAdjacent(index, next) {
                while text.kind(next) == .initial, match.initials.count < 2 { match.initials.append(next); next += 1 }
            }
            match.tokens = index..<next
            return match
        }
        return nil
    }

    /// A capitalised Cyrillic word that the dictionary knows only as a name, or not at all.
    func isForeignNamePart(_ index: Int, _ text: AnalysedText) -> Bool {
        // U+0400…U+04FF are the UTF-8 sequences that open with 0xD0…0xD3.
        guard isNameShaped(index, text), text.texts[index].utf8.contains(where: { (0xD0...0xD3).contains($0) }) else { return false }
        let known = text.readings[index].lazy.filter { $0.method == .dictionary }
        guard !known.contains(where: { $0.tag.contains(.geography) || $0.tag.contains(.organisation) }) else { return false }
        if known.isEmpty { return !isPositionCompound(index, text) }
        return known.contains { $0.tag.contains(.firstName) || $0.tag.contains(.surname) }
    }

    /// A compound the dictionary lacks that names a position by its last part, or its first, as written or
    /// as a lemma: "Медиа-эксперт", "Экс-советника", "Фотограф-любитель" are no names.
    func isPositionCompound(_ index: Int, _ text: AnalysedText) -> Bool {
        guard text.folded[index].text.utf8.contains(UInt8(ascii: "-")) else { return false }
        return ([text.folded[index].text] + text.nouns[index].map(\.lemma.text)).contains { form in
            let parts = form.split(separator: "-")
            return [parts.first, parts.last].contains { part in part.map { RoleVocabulary.positions.contains(Word(String($0))) } ?? false }
        }
    }

    /// Two or three capitalised words the dictionary does not know as anything but names: "Дейв
    /// Донателли", "Тимо Хильдебранд". The last is the surname.
    func foreignName(at index: Int, in text: AnalysedText) -> NameMatch? {
        guard isForeignNamePart(index, text), text.areAdjacent(index, index + 1),
              isForeignNamePart(index + 1, text) || NameVocabulary.particles.contains(text.folded[index + 1]) else { return nil }
        var match = NameMatch(tokens: index..<(index + 1), first: [index], last: [])
        extendSurname(of: &match, in: text)
        guard !match.last.isEmpty else { return nil }
        if match.tokens.upperBound < text.count, text.areAdjacent(match.tokens.upperBound - 1, match.tokens.upperBound),
           isForeignNamePart(match.tokens.upperBound, text), match.tokens.count == 2 {
            match.first += match.last
            match.last = [match.tokens.upperBound]
            match.tokens = match.tokens.lowerBound..<(match.tokens.upperBound + 1)
        }
        return match
    }

    /// Whether the word opens another person's name after the words of one: a first name in the
    /// nominative after a name in another case, the subject after a name its noun governs ("советника
    /// Дмитрия Медведева Аркадий Дворкович", "в гибели Марины Голуб Алексей Русаков"). Names with
    /// particles are not declined part by part ("Хамад бен Халифа Аль Тани").
    /// `first` is the name's first word, `parts` its words after it.
    func startsAnotherName(_ index: Int, afterNameAt first: Int, parts: some Sequence<Int>, _ text: AnalysedText) -> Bool {
        guard isFirstName(index, text), !isParticle(first, text), !parts.contains(where: { isParticle($0, text) }) else { return false }
        let before = likelySingularReadings(first, text), after = likelySingularReadings(index, text)
        // A word read only as a plural is a surname the dictionary lacks ("Керимов" as "Керим"): no evidence.
        guard !before.isEmpty, after.contains(where: { $0.tag.contains(.nominative) }),
              !before.contains(where: { $0.tag.contains(.nominative) }) else { return false }
        return !before.shareACase(with: after)
    }

    /// Readings less likely than this do not decide a name's case ("Дмитрия" as a woman's name).
    static let weakReading = 0.05

    /// A word's likely readings, as a name where the dictionary reads it as one ("Аркадий" is no
    /// genitive, though "Аркадия" is a place), in the singular: a name is one person's ("Марины" is
    /// no plural beside "Алексей").
    func likelySingularReadings(_ index: Int, _ text: AnalysedText) -> [Parse] {
        let readings = text.readings[index].filter { $0.score >= Self.weakReading && $0.tag.contains(.singular) }
        let asNames = readings.filter { $0.tag.contains(.firstName) || $0.tag.contains(.surname) || $0.tag.contains(.patronymic) }
        return asNames.isEmpty ? readings : asNames
    }

    /// Words a name may have after its first name: "Абу Бакр аль-Багдади Ибрагим ибн Авад ибн Ибрагим аль-Бадри".
    static let longestNameTail = 8

    func isParticle(_ index: Int, _ text: AnalysedText) -> Bool {
        index < text.count && text.kind(index) == .word && NameVocabulary.particles.contains(text.folded[index])
    }

    /// A name part with a lowercase particle joined to it by a hyphen: "аль-Аттия", "эль-Абидин", "ас-Сабах".
    func isJoinedToParticle(_ index: Int, _ text: AnalysedText) -> Bool {
        guard index < text.count, text.kind(index) == .word else { return false }
        let scalars = Array(text.texts[index].unicodeScalars)
        guard let hyphen = scalars.firstIndex(of: "-"), hyphen > 0, hyphen + 1 < scalars.count,
              scalars[hyphen + 1].properties.isUppercase else { return false }
        return NameVocabulary.joinedParticles.contains(Word(Folding.fold(String(String.UnicodeScalarView(scalars[..<hyphen])))))
    }

    /// A name whose last part is a single word may go on with a particle and a surname ("Жан-Мари Ле
    /// Пен"), and a lone first part with any capitalised word ("Йохен Шарф").
    func extendSurname(of match: inout NameMatch, in text: AnalysedText) {
        let next = match.tokens.upperBound
        guard next < text.count, text.areAdjacent(next - 1, next) else { return }
        if isParticle(next, text), text.areAdjacent(next, next + 1), canBeSurname(next + 1, text) || isJoinedToParticle(next + 1, text) {
            if match.last.isEmpty { match.last = [next, next + 1] } else { match.first += match.last; match.last = [next, next + 1] }
            match.tokens = match.tokens.lowerBound..<(next + 2)
        } else if isJoinedToParticle(next, text) {
            match.first += match.last
            match.last = [next]
            match.tokens = match.tokens.lowerBound..<(next + 1)
        } else if match.last.isEmpty || match.first.isEmpty, canBeSurname(next, text) {
            if match.last.isEmpty { match.last = [next] } else { match.first = match.last; match.last = [next] }
            match.tokens = match.tokens.lowerBound..<(next + 1)
        }
    }

    /// "Московской области", "Воробьёвых гор": a word that can be an adjective before a lowercase noun
    /// is that adjective, not a surname.
    func modifiesNextNoun(_ index: Int, _ text: AnalysedText) -> Bool {
        if text.isSurnameShapedAdjective(index) { return true }
        guard text.areAdjacent(index, index + 1), text.kind(index + 1) == .word, !text.isCapitalized(index + 1),
              text.readings[index].contains(where: { $0.tag.partOfSpeech == .adjective }) else { return false }
        return text.readings[index + 1].first?.tag.partOfSpeech == .noun
    }

    /// Whether a surname and the first name after it have readings of one case, number and gender, an
    /// indeclinable one sharing a case with any: "Ельцина Наина" and "Пушкина Виталий" do not, "Умеренко
    /// Светлана" does.
    func surnameAgreesWithName(_ a: Int, _ b: Int, _ text: AnalysedText) -> Bool {
        text.readings[a].contains { surname in
            text.readings[b].contains { name in
                surname.tag.contains(.indeclinable) || name.tag.contains(.indeclinable) ? surname.tag.sharesCase(with: name.tag)
                    : surname.tag.agrees(with: name.tag)
            }
        }
    }

    /// "Томас Винье (Thomas Vinje)": the name in Latin letters, in brackets right after a name.
    func latinSpelling(after match: NameMatch, in text: AnalysedText) -> Range<Int>? {
        latinSpelling(at: match.tokens.upperBound, in: text)
    }

    /// "(Elena Kagan)", "(John S. Pistole)", "(Meijer de Haan)", "(Ken Cockrel Jr.)": a name in Latin letters
    /// in the brackets that open at `open`, its initials and lowercase particles included; the tokens inside.
    func latinSpelling(at open: Int, in text: AnalysedText) -> Range<Int>? {
        guard text.texts[safe: open] == "(" else { return nil }
        func isLatin(_ index: Int) -> Bool {
            text.texts[index].unicodeScalars.allSatisfy { $0.value < 0x250 || $0 == "’" || $0 == "-" }
        }
        var end = open + 1
        var words = 0
        while end < text.count, end - open <= Self.latinSpellingTokens, isLatin(end) {
            if text.isCapitalized(end) {
                words += 1
            } else if text.kind(end) == .initial, words > 0 {
                // "S." in "John S. Pistole"
            } else if text.texts[end] == ".", end > open + 1, text.areAdjacent(end - 1, end), text.isCapitalized(end - 1) {
                // the period of an initial or of "Jr."
            } else if !(words > 0 && Self.latinParticles.contains(text.folded[end])) {
                break
            }
            end += 1
        }
        guard words > 0, end > open + 1, text.isCapitalized(open + 1), text.texts[safe: end] == ")" else { return nil }
        // "Jr." ends the name without its period, as an initial does not.
        return (open + 1)..<(text.texts[end - 1] == "." ? end - 1 : end)
    }

    /// A Latin spelling in brackets is this many tokens long at most.
    static let latinSpellingTokens = 7
    static let latinParticles: Set<Word> = ["de", "da", "di", "du", "del", "van", "von", "der", "den", "la", "le", "al", "bin", "y"]

    /// A position word right before `index`, with at most a short chain of capitalised words or
    /// abbreviations between: "председатель КНР |", "министр иностранных дел Японии |".
    func followsPosition(_ index: Int, _ text: AnalysedText) -> Bool {
        var cursor = index - 1
        var steps = 0
        while cursor >= 0, steps < 5, text.areAdjacent(cursor, cursor + 1) {
            if text.kind(cursor) == .word, RoleVocabulary.positions.contains(text.folded[cursor])
                || text.hasNoun(in: RoleVocabulary.positions, at: cursor, singular: true) {
                return true
            }
            guard text.kind(cursor) == .word, text.isUppercaseWord(cursor) || text.isCapitalized(cursor)
                || text.readings[cursor].contains(where: { $0.tag.contains(.genitive) }) else { return false }
            cursor -= 1
            steps += 1
        }
        return false
    }
}

extension AnalysedText {
    /// A surname of an adjective's shape (dictionary or guessed readings) before lowercase words that agree
    /// with it in case, number and gender and end on a noun naming a kind of organisation or place is their
    /// adjective: "Никитинского суда", "Винницкого городского совета", "Афипского нефтеперерабатывающего
    /// завода" — not "Березовский бывший владелец", whose noun names a person, nor before "сам".
    func isSurnameShapedAdjective(_ index: Int) -> Bool {
        // Most words are no surname: asked first, it spares the endings' tests.
        guard readings[index].contains(where: { $0.tag.contains(.surname) }),
              NameVocabulary.adjectivalSurnameForms.contains(where: folded[index].hasSuffix) else { return false }
        let surnames = readings[index].filter { $0.tag.contains(.surname) }
        var next = index + 1
        while next - index <= 4, areAdjacent(next - 1, next), kind(next) == .word, !isCapitalized(next), !isUppercaseWord(next) {
            // Not the indeclinable letters "и", "в" read as nouns, nor pronominal adjectives.
            let agreeing = readings[next].filter { reading in
                !reading.tag.contains(.indeclinable) && !reading.tag.contains(.pronominal)
                    && surnames.contains { $0.tag.agrees(with: reading.tag) }
            }
            if agreeing.contains(where: { $0.tag.partOfSpeech == .noun }),
               isKindOfOrganisation(next) || hasNoun(in: LocationVocabulary.placeNouns, at: next) {
                return true
            }
            // An adjective goes on to the noun ("городского" reads as a noun too, a town's resident).
            guard agreeing.contains(where: \.tag.isAdjectival) else { return false }
            next += 1
        }
        return false
    }
}
