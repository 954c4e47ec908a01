import RuNewsMorphology
import RuNewsText

/// Finds people's names, puts them in the nominative and groups the mentions of one person.
///
/// Names are chains of capitalised words read through the OpenCorpora name tags: first name
/// (`Name`), patronymic (`Patr`), surname (`Surn`), initials. "Светлана Вячеславовна Умеренко",
/// "Владимиром Владимировым", "С. В. Умеренко", "Умеренко С. В.", "Реджеп Тайип Эрдоган"; after a first
/// name, any capitalised word is read as the surname, so foreign names the dictionary lacks
/// ("Марка Дуггана") are found too. A surname alone is a mention of the person of the same surname
/// named earlier, or a person of its own when the dictionary reads it as a surname.
public struct PersonExtractor: Sendable {
    let morphology: MorphAnalyzer

    public init(morphology: MorphAnalyzer) {
        self.morphology = morphology
    }

    /// Whether two or three words of a byline ("Елена Ткаченко", "Андреев Александр", "Севда Шахмедова")
    /// name a person: one of them reads as a first name or, likely, as a surname.
    public func isPersonName(_ name: String) -> Bool {
        name.split(whereSeparator: { $0 == " " || $0 == "." }).contains { word in
            guard word.count > 1 else { return false }
            let parses = morphology.analyse(word.lowercased())
            func weight(_ grammeme: Grammeme) -> Double { parses.filter { $0.tag.contains(grammeme) }.reduce(0) { $0 + $1.score } }
            return weight(.firstName) >= Self.nameThreshold || weight(.surname) >= Self.surnameThreshold
        }
    }

    /// A name found: its tokens and which of them is which part.
    struct NameMatch {
        var tokens: Range<Int>
        var first: [Int] = []
        var middle: [Int] = []
        var last: [Int] = []
        var initials: [Int] = []
    }

    public func extract(from text: AnalysedText) -> [Person] {
        var matches: [NameMatch] = []
        var index = 0
        var latinSpellings: [(match: Int, range: Range<Int>)] = []
        while index < text.count {
            if let match = name(at: index, in: text) {
                matches.append(match)
                index = match.tokens.upperBound
                if let latin = latinSpelling(after: match, in: text) {
                    latinSpellings.append((matches.count - 1, latin))
                    index = latin.upperBound
                }
            } else {
                index += 1
            }
        }
        var people = group(matches, in: text)
        for (matchIndex, range) in latinSpellings {
            let scalars = text.scalarRange(matches[matchIndex].tokens)
            guard let person = people.firstIndex(where: { $0.mentions.contains { $0.start == scalars.lowerBound } }) else { continue }
            let latin = text.scalarRange(range)
            let spelling = text.segmentation.text.string(in: latin)
            people[person].mentions.append(Mention(start: latin.lowerBound, end: latin.upperBound, text: spelling, normal: spelling))
        }
        attachLoneSurnames(in: text, excluding: matches, to: &people)
        for index in people.indices { people[index].mentions.sort { $0.start < $1.start } }
        return people
    }

    // MARK: - Finding names

    /// Reading weights above which a word counts as a first name, patronymic or surname.
    static let nameThreshold = 0.3, surnameThreshold = 0.5

    /// A word that may be part of a name: capitalised, not an abbreviation in capitals ("МКУК").
    /// Capitalised, not in capitals, and without digits ("Формулы-1" names a championship).
    func isNameShaped(_ index: Int, _ text: AnalysedText) -> Bool {
        text.isCapitalized(index) && !text.isUppercaseWord(index) && !text.texts[index].unicodeScalars.contains { ("0"..."9").contains($0) }
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

    /// Lowercase particles inside names: "Марин Ле Пен", "Усама бин Ладен", "Людвиг ван Бетховен".
    static let nameParticles: Set<Word> = ["ле", "ла", "де", "ди", "да", "дель", "делла", "ван", "фон", "бин", "ибн", "аль", "эль", "ас", "ад"]

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
        if strict, !known.isEmpty, !named, !["ский", "цкий", "ская", "цкая", "ского", "цкого"].contains(where: text.folded[index].hasSuffix) {
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
            // ("Реджеп Тайип Эрдоган", "Марин Ле Пен").
            var rest: [Int] = []
            while rest.count < 3, text.areAdjacent(next - 1, next) {
                if Self.nameParticles.contains(text.folded[next]), text.areAdjacent(next, next + 1), canBeSurname(next + 1, text) {
                    rest += [next, next + 1]
                    next += 2
                    break
                }
                guard canBeSurname(next, text, strict: !rest.isEmpty) else { break }
                rest.append(next)
                next += 1
            }
            if let surname = rest.last {
                let surnameStart = rest.count >= 2 && Self.nameParticles.contains(text.folded[rest[rest.count - 2]]) ? rest.count - 2 : rest.count - 1
                match.first += rest[..<surnameStart]
                match.last = Array(rest[surnameStart...])
                _ = surname
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
        // know otherwise are a name, however foreign.
        if followsPosition(index, text), isForeignNamePart(index, text) {
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
            if text.areAdjacent(index, next), isFirstName(next, text), agreeInCase(index, next, text) {
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
        guard isNameShaped(index, text),
              text.texts[index].unicodeScalars.contains(where: { (0x400...0x4FF).contains($0.value) }) else { return false }
        let known = text.readings[index].filter { $0.method == .dictionary }
        guard !known.contains(where: { $0.tag.contains(.geography) || $0.tag.contains(.organisation) }) else { return false }
        return known.isEmpty || known.contains { $0.tag.contains(.firstName) || $0.tag.contains(.surname) }
    }

    /// Two or three capitalised words the dictionary does not know as anything but names: "Дейв
    /// Донателли", "Тимо Хильдебранд". The last is the surname.
    func foreignName(at index: Int, in text: AnalysedText) -> NameMatch? {
        guard isForeignNamePart(index, text), text.areAdjacent(index, index + 1),
              isForeignNamePart(index + 1, text) || Self.nameParticles.contains(text.folded[index + 1]) else { return nil }
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

    /// A name whose last part is a single word may go on with a particle and a surname ("Жан-Мари Ле
    /// Пен"), and a lone first part with any capitalised word ("Йохен Шарф").
    func extendSurname(of match: inout NameMatch, in text: AnalysedText) {
        let next = match.tokens.upperBound
        guard next < text.count, text.areAdjacent(next - 1, next) else { return }
        if Self.nameParticles.contains(text.folded[next]), text.areAdjacent(next, next + 1), canBeSurname(next + 1, text) {
            if match.last.isEmpty { match.last = [next, next + 1] } else { match.first += match.last; match.last = [next, next + 1] }
            match.tokens = match.tokens.lowerBound..<(next + 2)
        } else if match.last.isEmpty || match.first.isEmpty, canBeSurname(next, text) {
            if match.last.isEmpty { match.last = [next] } else { match.first = match.last; match.last = [next] }
            match.tokens = match.tokens.lowerBound..<(next + 1)
        }
    }

    /// "Московской области", "Воробьёвых гор": a word that can be an adjective before a lowercase noun
    /// is that adjective, not a surname.
    func modifiesNextNoun(_ index: Int, _ text: AnalysedText) -> Bool {
        guard text.areAdjacent(index, index + 1), text.kind(index + 1) == .word, !text.isCapitalized(index + 1),
              text.readings[index].contains(where: { $0.tag.partOfSpeech == .adjective }) else { return false }
        return text.readings[index + 1].first?.tag.partOfSpeech == .noun
    }

    /// Whether two words have readings in a common case: "Ельцина Наина" do not, "Умеренко Светлана" do.
    func agreeInCase(_ a: Int, _ b: Int, _ text: AnalysedText) -> Bool {
        NameNormalizer.cases.contains { grammaticalCase in
            text.readings[a].contains { $0.tag.contains(grammaticalCase) } && text.readings[b].contains { $0.tag.contains(grammaticalCase) }
        }
    }

    /// "Томас Винье (Thomas Vinje)": the name in Latin letters, in brackets right after a name.
    func latinSpelling(after match: NameMatch, in text: AnalysedText) -> Range<Int>? {
        let open = match.tokens.upperBound
        guard text.texts[safe: open] == "(" else { return nil }
        var end = open + 1
        while end < text.count, end - open <= 4, text.isCapitalized(end),
              text.texts[end].unicodeScalars.allSatisfy({ $0.value < 0x250 || $0 == "’" || $0 == "-" }) {
            end += 1
        }
        guard end > open + 1, text.texts[safe: end] == ")" else { return nil }
        return (open + 1)..<end
    }

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

    // MARK: - Grouping

    /// One person per distinct name; a mention joins an earlier person with the same surname (and no
    /// other first name), or with the same first name when it has no surname.
    func group(_ matches: [NameMatch], in text: AnalysedText, into existing: [Person] = []) -> [Person] {
        let normalizer = NameNormalizer(morphology: morphology)
        var people: [Person] = existing
        for match in matches {
            var parts: [(readings: [Parse], text: String, part: NameNormalizer.Part)] = []
            for index in match.first { parts.append((text.readings[index], text.texts[index], .first)) }
            for index in match.middle { parts.append((text.readings[index], text.texts[index], .middle)) }
            for index in match.last { parts.append((text.readings[index], text.texts[index], .last)) }
            let (forms, gender) = normalizer.normalize(parts)
            var cursor = 0
            func take(_ count: Int) -> String? {
                guard count > 0 else { return nil }
                defer { cursor += count }
                return forms[cursor..<(cursor + count)].joined(separator: " ")
            }
            var first = take(match.first.count), middle = take(match.middle.count)
            let last = take(match.last.count)
            // Initials stand for the first name and patronymic, as written: "С. В. Умеренко".
            if first == nil, let initial = match.initials.first { first = text.texts[initial] }
            if middle == nil, match.initials.count > 1 { middle = text.texts[match.initials[1]] }
            let range = text.scalarRange(match.tokens)
            let mention = Mention(start: range.lowerBound, end: range.upperBound, text: text.segmentation.text.string(in: range),
                                  normal: [first, middle, last].compactMap { $0 }.joined(separator: " "))
            if let existing = people.firstIndex(where: { Self.isSamePerson($0, first: first, last: last) }) {
                people[existing].mentions.append(mention)
                // A full name replaces an initial.
                if people[existing].first == nil || people[existing].first?.hasSuffix(".") == true && first?.hasSuffix(".") == false {
                    people[existing].first = first
                }
                if people[existing].middle == nil || people[existing].middle?.hasSuffix(".") == true && middle?.hasSuffix(".") == false {
                    people[existing].middle = middle
                }
                if people[existing].last == nil { people[existing].last = last }
                if people[existing].gender == nil { people[existing].gender = gender }
            } else {
                var person = Person(first: first, middle: middle, last: last,
                                    gender: first == nil && match.middle.isEmpty ? genderOfSurname(forms.last, gender) : gender)
                person.mentions = [mention]
                people.append(person)
            }
        }
        return people
    }

    /// A surname alone says a gender only through its ending.
    private func genderOfSurname(_ surname: String?, _ gender: Person.Gender?) -> Person.Gender? {
        guard let surname else { return gender }
        let folded = Folding.fold(surname)
        if ["ова", "ева", "ина", "ына", "ая", "ская", "цкая"].contains(where: folded.hasSuffix) { return .female }
        if ["ов", "ев", "ин", "ын", "ий", "ский", "цкий"].contains(where: folded.hasSuffix) { return .male }
        return nil
    }

    static func isSamePerson(_ person: Person, first: String?, last: String?) -> Bool {
        func same(_ a: String?, _ b: String?) -> Bool? {
            guard let a, let b else { return nil }
            let (x, y) = (Folding.fold(a), Folding.fold(b))
            // An initial matches any name with its letter: "С." and "Светлана".
            if x.hasSuffix(".") || y.hasSuffix(".") { return x.first == y.first }
            return x == y
        }
        switch (same(person.last, last), same(person.first, first)) {
        case (true?, false?): return false  // namesakes with other first names
        case (true?, _): return true
        case (nil, true?): return person.last == nil || last == nil
        default: return false
        }
    }

    /// "… Дуггана … Дугган сказал": a capitalised word whose forms meet a known surname is a mention of
    /// that person.
    func attachLoneSurnames(in text: AnalysedText, excluding matches: [NameMatch], to people: inout [Person]) {
        var covered = Set<Int>()
        for match in matches { covered.formUnion(match.tokens) }
        let surnames = people.enumerated().compactMap { index, person in person.last.map { (index, Folding.fold($0)) } }
        guard !surnames.isEmpty else { return }
        for index in 0..<text.count where !covered.contains(index) && text.isCapitalized(index) && !text.isUppercaseWord(index) {
            let word = text.folded[index].text
            let lemmas = Set(text.readings[index].map { Word(Folding.fold($0.lemma)) })
            guard let (personIndex, _) = surnames.first(where: { _, surname in
                lemmas.contains(Word(surname)) || Self.sharesStem(surname, word)
            }) else { continue }
            let range = text.scalarRange(index..<(index + 1))
            people[personIndex].mentions.append(Mention(start: range.lowerBound, end: range.upperBound, text: text.texts[index],
                                                        normal: people[personIndex].last))
        }
    }

    /// "Дугган" and "Дуггана": a word that is the surname with an ending of up to three letters.
    static func sharesStem(_ surname: String, _ word: String) -> Bool {
        (surname.count >= 4 && word.hasPrefix(surname) && word.count - surname.count <= 3)
            || (surname.count >= 5 && feminineOrMasculine(of: surname, matches: word))
    }

    /// "Набиуллина" and "Набиуллиной", "Громов" and "Громова": the same surname stem.
    static func feminineOrMasculine(of surname: String, matches word: String) -> Bool {
        let stem = surname.hasSuffix("а") ? String(surname.dropLast()) : surname
        return word.hasPrefix(stem) && word.count - stem.count <= 3
    }
}
