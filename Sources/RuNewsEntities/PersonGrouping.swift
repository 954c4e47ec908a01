import RuNewsMorphology
import RuNewsText

/// Grouping the mentions of one person: a mention joins an earlier person with the same surname (and no
/// other first name), or with the same first name when either has no surname; a surname alone elsewhere in
/// the text ("… Дуггана … Дугган сказал") is a mention of the person of that surname.
extension PersonExtractor {
    /// One person per distinct name, each found name in the nominative (`NameNormalizer`).
    func group(_ matches: [NameMatch], in text: AnalysedText, into existing: [Person] = []) -> [Person] {
        let normalizer = NameNormalizer(morphology: morphology)
        let forms = NameForms(text)
        var people: [Person] = existing
        var index = PersonIndex()
        for person in people.indices { index.add(person, people[person]) }
        // The matches each new person's mentions came from, in order, as read.
        var matchesOfNewPeople: [Int: [NameMatch]] = [:]
        for match in matches {
            let name = normalizer.name(of: match, in: text, forms: forms)
            let (first, middle, last) = (name.first, name.middle, name.last)
            let range = text.scalarRange(match.tokens)
            var mention = Mention(start: range.lowerBound, end: range.upperBound, text: text.segmentation.text.string(in: range),
                                  normal: name.full)
            let existing = index.firstPerson(in: people, first: first, last: last)
            // A word alone that is a case of a named person's surname is theirs, whatever its readings made
            // of it: "Яровой" of Ирина Яровая, "Сагитов" (read as a first name's plural) of Азамат Сагитов.
            if existing == nil, match.tokens.count == 1, let person = index.byCaseForm[text.folded[match.tokens.lowerBound]] {
                // A patronymic's word written alone is the surname it was ("Аркадий Дворкович … Дворкович").
                if people[person].last == nil { (people[person].last, people[person].middle) = (people[person].middle, nil) }
                mention.normal = people[person].last
                people[person].mentions.append(mention)
                index.add(person, people[person])
                matchesOfNewPeople[person] = nil  // its mentions no longer pair with matches
                continue
            }
            if let existing {
                matchesOfNewPeople[existing]?.append(match)
                people[existing].mentions.append(mention)
                people[existing].merge(name)
                index.add(existing, people[existing])
            } else {
                var person = Person(first: first, middle: middle, last: last,
                                    gender: first == nil && match.middle.isEmpty ? genderOfSurname(last, name.gender) : name.gender)
                person.mentions = [mention]
                matchesOfNewPeople[people.count] = [match]
                people.append(person)
                index.add(people.count - 1, person)
            }
        }
        // A word alone read as a first name that is the surname of the one person named in full is
        // theirs, as the surname: "Крессида Дик … Дик отдала", "Томас Фриден … Фриден".
        var absorbed: Set<Int> = []
        for person in people.indices where people[person].last == nil && people[person].middle == nil {
            guard let word = people[person].first, people[person].mentions.allSatisfy({ text.tokenRange(of: $0).count == 1 }),
                  let named = index.onlyNamedPerson(withSurname: word, in: people), named != person,
                  Self.isNamedInFull(people[named], in: text) else { continue }
            for var mention in people[person].mentions {
                mention.normal = people[named].last
                people[named].mentions.append(mention)
                let tokens = text.tokenRange(of: mention)
                matchesOfNewPeople[named]?.append(NameMatch(tokens: tokens, last: [tokens.lowerBound]))
            }
            absorbed.insert(person)
        }
        // People all of whose mentions were matched here (none taken by a case form or given).
        for (person, matches) in matchesOfNewPeople.sorted(by: { $0.key < $1.key })
        where !absorbed.contains(person) && matches.count == people[person].mentions.count {
            applyShownGender(to: &people[person], matches, normalizer, forms, in: text)
        }
        return people.indices.filter { !absorbed.contains($0) }.map { people[$0] }
    }

    /// Whether a mention of `person` gives a first name and a surname, the first a word read as a first name
    /// ("Крессида Дик"; not "Римский Бенедикт" of "Папа Римский Бенедикт"). `strictly`: twice, or once with a
    /// first name the dictionary knows (a name run on from a caption, "Мадуро Венесуэла", is not).
    static func isNamedInFull(_ person: Person, in text: AnalysedText, strictly: Bool = false) -> Bool {
        var full = 0, known = false
        for mention in person.mentions {
            let tokens = text.tokenRange(of: mention)
            guard tokens.count >= 2 else { continue }
            let readings = text.readings[tokens.lowerBound]
            guard strictly || readings.contains(where: { $0.tag.contains(.firstName) }) else { continue }
            if !strictly { return true }
            full += 1
            known = known || readings.contains { $0.method == .dictionary && $0.tag.contains(.firstName) }
        }
        return full >= 2 || known && full >= 1
    }

    /// A person the text's verbs and ages show to be a man or a woman is one: "Уитни Хьюстон … Хьюстон
    /// задолжала", "Александры Панфиловой … Александра отказалась", "56-летняя Дик". Where the verbs whose
    /// subject a mention is (`NameContext.predicateGender`) and the ages before the mentions
    /// (`NameContext.ageGender`) say one gender, and the first name does not say the other, the
    /// person's mentions are put in the nominative again as that gender's, the subjects' from the nominative.
    /// `matches`: the person's mentions', in order.
    private func applyShownGender(to person: inout Person, _ matches: [NameMatch], _ normalizer: NameNormalizer, _ forms: NameForms,
                            in text: AnalysedText) {
        var shown: Grammeme?, agreed = true, votes = 0
        func vote(_ gender: Grammeme) {
            agreed = agreed && (shown ?? gender) == gender
            shown = gender
            votes += 1
        }
        let subjects = matches.map { match -> Bool in
            // An age agrees with the name in any case ("56-летняя Дик"); a verb only with its subject.
            if let age = NameContext.ageGender(before: match.tokens.lowerBound, in: text) { vote(age) }
            guard NameContext.cases(before: match.tokens.lowerBound, in: text) == nil,
                  let gender = NameContext.predicateGender(after: match.tokens, in: text) else { return false }
            vote(gender)
            return true
        }
        guard let shown, agreed else { return }
        let gender: Person.Gender = shown == .feminine ? .female : .male
        var names = zip(matches, subjects).map { normalizer.name(of: $0, in: text, forms: forms, shown: (shown, $1)) }
        // A name written as a subject is written in the nominative wherever it is so spelled ("Сюдзи Накамура").
        var subjectSpelled: [String: Int] = [:]
        for (index, subject) in subjects.enumerated() where subject && subjectSpelled[person.mentions[index].text] == nil {
            subjectSpelled[person.mentions[index].text] = index
        }
        for (index, subject) in subjects.enumerated() where !subject {
            if let same = subjectSpelled[person.mentions[index].text] { names[index] = names[same] }
        }
        // A name whose readings cannot be that gender's ("Дик", a man's word) keeps its forms; the person
        // is still of the gender the verbs show, unless a Russian surname's ending says otherwise ("Зоя
        // Антоновна Суркова"), or the first name does and one verb or age alone says it (the dictionary has
        // "Этери" and "Дон" men's names: "44-летняя Дон Стерджесс скончалась" outweighs it).
        guard names.allSatisfy({ $0.gender == gender }) else {
            let firstName = normalizer.knownGender(of: person)
            let surname = genderOfSurname(person.last, nil)
            if surname == nil || surname == gender, firstName == nil || firstName == gender || votes >= 2 { person.gender = gender }
            return
        }
        var rebuilt = Person(gender: gender)
        for (mention, name) in zip(person.mentions.indices, names) {
            person.mentions[mention].normal = name.full
            rebuilt.merge(name)
        }
        (person.first, person.middle, person.last, person.gender) = (rebuilt.first, rebuilt.middle, rebuilt.last, gender)
    }

    /// The people by the parts a name may share with them, so that a name finds the first person it is
    /// (`isSamePerson`) among those of its surname or first name, not by walking them all. Lists are kept
    /// in the people's order; an entry whose person has since changed is skipped by `isSamePerson`.
    struct PersonIndex {
        var byLast: [String: [Int]] = [:]
        var byFirst: [String: [Int]] = [:]
        var byLetter: [Character: [Int]] = [:]
        var initialsByLetter: [Character: [Int]] = [:]
        var withoutLastByLetter: [Character: [Int]] = [:]
        /// The case forms of the Russian surnames of people named in full (`NameVocabulary.surnameCaseEndings`), the first person's.
        var byCaseForm: [Word: Int] = [:]
        /// The surname each person's forms were filed for: a person is filed again after every change.
        private var filedSurname: [Int: Word] = [:]

        /// Files `person` (again, after a change) under its parts.
        mutating func add(_ index: Int, _ person: Person) {
            // A Russian surname's bearer has one first name ("Пхёнчхане Алина" is a tagger's span run too far);
            // a man's patronymic without a surname may be his surname ("Аркадий Дворкович").
            if let first = person.first, !first.utf8.contains(0x20), let gender = person.gender,
               let last = (person.last ?? person.middle).map({ Word($0) }), filedSurname[index] != last {
                filedSurname[index] = last
                let last = Word(Folding.fold(last.text))
                if let type = NameVocabulary.surnameCaseEndings.first(where: { $0.female == (gender == .female) && last.hasSuffix($0.nominative) }) {
                    let stem = String(decoding: last.text.utf8.dropLast(type.nominative.utf8.count), as: UTF8.self)
                    for ending in type.endings {
                        let form = Word(stem + ending)
                        if byCaseForm[form] == nil { byCaseForm[form] = index }
                    }
                }
            }
            func file<Key: Hashable>(_ key: Key, _ lists: inout [Key: [Int]]) {
                var list = lists[key, default: []]
                // In order: a binary search for the place, nothing when filed already.
                var low = 0, high = list.count
                while low < high {
                    let middle = (low + high) / 2
                    if list[middle] < index { low = middle + 1 } else { high = middle }
                }
                guard low == list.count || list[low] != index else { return }
                list.insert(index, at: low)
                lists[key] = list
            }
            if let last = person.last { file(Folding.fold(last), &byLast) }
            guard let first = person.first.map(Folding.fold), let letter = first.first else { return }
            file(first, &byFirst)
            file(letter, &byLetter)
            if first.hasSuffix(".") { file(letter, &initialsByLetter) }
            if person.last == nil { file(letter, &withoutLastByLetter) }
        }

        /// The one person with a first name and `surname`, if only one.
        func onlyNamedPerson(withSurname surname: String, in people: [Person]) -> Int? {
            let folded = Folding.fold(surname)
            let named = (byLast[folded] ?? []).filter { people[$0].first != nil && people[$0].last.map(Folding.fold) == folded }
            return named.count == 1 ? named[0] : nil
        }

        /// The first person the name is: of its surname, or of a first name that fits when either has no surname.
        func firstPerson(in people: [Person], first: String?, last: String?) -> Int? {
            let folded = first.map(Folding.fold)
            var lists: [[Int]?] = []
            if let last { lists.append(byLast[Folding.fold(last)]) }
            if let folded, let letter = folded.first {
                if last != nil {
                    lists.append(withoutLastByLetter[letter])
                } else if folded.hasSuffix(".") {
                    lists.append(byLetter[letter])
                } else {
                    lists += [byFirst[folded], initialsByLetter[letter]]
                }
            }
            return lists.compactMap { list in
                list?.first { PersonExtractor.isSamePerson(people[$0], first: first, last: last) }
            }.min()
        }
    }

    /// A surname alone says a gender only through its ending.
    private func genderOfSurname(_ surname: String?, _ gender: Person.Gender?) -> Person.Gender? {
        guard let surname else { return gender }
        let folded = Folding.fold(surname)
        if NameVocabulary.feminineSurnameEndings.contains(where: folded.hasSuffix) { return .female }
        if NameVocabulary.masculineSurnameEndings.contains(where: folded.hasSuffix) { return .male }
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
        case (true?, false?):
            // Namesakes with other first names; but of several given names the first may stand alone
            // beside the surname: "Реджеп Тайип Эрдоган" and "Реджеп Эрдоган".
            guard let known = person.first.map(Folding.fold), let given = first.map(Folding.fold) else { return false }
            return Self.isLeadingWords(known, of: given) || Self.isLeadingWords(given, of: known)
        case (true?, _): return true
        case (nil, true?): return person.last == nil || last == nil
        default: return false
        }
    }

    /// Whether the words of `short` open `long`: "реджеп" of "реджеп тайип".
    static func isLeadingWords(_ short: String, of long: String) -> Bool {
        let (a, b) = (short.split(separator: " "), long.split(separator: " "))
        return a.count <= b.count && b.starts(with: a)
    }

    /// "… Дуггана … Дугган сказал": a capitalised word whose forms meet a known surname is a mention of
    /// that person.
    func attachLoneSurnames(in text: AnalysedText, excluding matches: [NameMatch], to people: inout [Person]) {
        var covered = [Bool](repeating: false, count: text.count)
        for match in matches { for index in match.tokens { covered[index] = true } }
        // Each surname with the first person of it, looked up by the word's lemmas and by the prefixes a
        // surname may be of it (`sharesStem`), not person by person.
        var surnames: [Word: Int] = [:]
        for (index, person) in people.enumerated() {
            if let last = person.last, surnames[Word(Folding.fold(last))] == nil { surnames[Word(Folding.fold(last))] = index }
        }
        guard !surnames.isEmpty else { return }
        // A stem is four letters at least, so it opens as a surname does: the stems of a word that opens
        // as none does are not made.
        let openings = Set(surnames.keys.map { Word(String($0.text.prefix(4))) })
        for index in 0..<text.count where !covered[index] && text.isCapitalized(index) && !text.isUppercaseWord(index) {
            var found: [Int] = text.readings[index].compactMap { surnames[Word(Folding.fold($0.lemma))] }
            let word = text.folded[index].text
            let letters = openings.contains(Word(String(word.prefix(4)))) ? word.count : 0
            for length in max(4, letters - 3)..<max(4, letters + 1) {
                let stem = String(word.prefix(length))
                // "Дугган" of "Дуггана", and "Набиуллина" of "Набиуллиной" (the stem before its "а").
                if let person = surnames[Word(stem)] { found.append(person) }
                if let person = surnames[Word(stem + "а")] { found.append(person) }
            }
            guard let personIndex = found.min() else { continue }
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

extension Person {
    /// Takes the parts of another mention's name that it lacks.
    mutating func merge(_ name: NameNormalizer.Name) {
        // A full name replaces an initial.
        if first == nil || first?.hasSuffix(".") == true && name.first?.hasSuffix(".") == false { first = name.first }
        if middle == nil || middle?.hasSuffix(".") == true && name.middle?.hasSuffix(".") == false { middle = name.middle }
        if last == nil { last = name.last }
        // A surname the dictionary reads as a patronymic ("Роман Абрамович", "Аркадий Дворкович") is the
        // surname the person's other mentions give: it is not a patronymic too.
        if let patronymic = middle, let surname = last, Word(patronymic) == Word(surname) { middle = nil }
        if gender == nil { gender = name.gender }
    }
}
