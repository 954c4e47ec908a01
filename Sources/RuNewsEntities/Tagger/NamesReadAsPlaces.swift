import RuNewsText

extension EntityExtraction {
    /// A place of one word that is the surname of a person the text names in full is that person's mention:
    /// "Франсиско Флорес … На днях Флорес впал в кому", "… родным городом Каддафи". Many surnames are names
    /// of places too (Хьюстон, Флорес), and the guesser and the tagger read an unknown capitalised word as a
    /// place as often as a person. A person named in full is one whose first name and surname one mention
    /// gives, twice, or once with a first name the dictionary knows (`PersonExtractor.isNamedInFull`); a
    /// surname two such people bear is neither's. The word stays a place after a preposition of place or a kind of place ("в
    /// Хьюстоне", "города Хьюстон"), and an abbreviation stays what it was ("Кима Чен Ира КНДР").
    static func takeSurnamesReadAsPlaces(_ people: inout [Person], _ locations: inout [Location], in text: AnalysedText) {
        guard !people.isEmpty, !locations.isEmpty else { return }
        // Each surname's spellings, by the one person of it (nil for a spelling two people share).
        var bySurname: [Word: Int?] = [:]
        for (person, named) in people.enumerated() where named.first != nil {
            guard let last = named.last, PersonExtractor.isNamedInFull(named, in: text, strictly: true) else { continue }
            let written = named.mentions.compactMap { mention -> Word? in
                let tokens = text.tokenRange(of: mention)
                return tokens.count >= 2 ? text.folded[tokens.upperBound - 1] : nil
            }
            for spelling in Set([Word(Folding.fold(last))] + written) {
                if let other = bySurname[spelling], other != person { bySurname[spelling] = .some(nil) } else { bySurname[spelling] = person }
            }
        }
        guard !bySurname.isEmpty else { return }
        var taken: [(person: Int, mention: Mention)] = []
        for place in locations.indices {
            locations[place].mentions.removeAll { mention in
                let tokens = text.tokenRange(of: mention)
                guard tokens.count == 1, text.isNameShaped(tokens.lowerBound), let person = bySurname[text.folded[tokens.lowerBound]] ?? nil,
                      !standsAsPlace(tokens.lowerBound, in: text) else { return false }
                taken.append((person, mention))
                return true
            }
        }
        locations.removeAll { $0.mentions.isEmpty }
        for (person, mention) in taken {
            var mention = mention
            mention.normal = people[person].last
            people[person].mentions.append(mention)
        }
        for person in Set(taken.map(\.person)) { people[person].mentions.sort { $0.start < $1.start } }
    }

    /// A place of one word right before a person's surname alone is that person's first name: "Милан
    /// Томашик", "Ливия Клаусова", "Кара Делевинь", first names the dictionary knows only as places or not
    /// at all. Not a place in another case than the nominative ("мэра Москвы Лужкова"), an adjective
    /// ("Папа Римский Франциск"), a hyphenated or quoted name ("Лос-Анджелес Гэлакси", "«Шанхай Шеньхуа»").
    func takeFirstNamesReadAsPlaces(_ people: inout [Person], _ locations: inout [Location], in text: AnalysedText) {
        guard !people.isEmpty, !locations.isEmpty else { return }
        var surnameAlone: [Int: (person: Int, mention: Int)] = [:]  // by the surname's token
        for (person, named) in people.enumerated() where named.first == nil && named.middle == nil {
            for (index, mention) in named.mentions.enumerated() {
                let tokens = text.tokenRange(of: mention)
                if tokens.count == 1 { surnameAlone[tokens.lowerBound] = (person, index) }
            }
        }
        guard !surnameAlone.isEmpty else { return }
        var names: [PersonExtractor.NameMatch] = []
        var freed: [(person: Int, mention: Int)] = []
        for place in locations.indices {
            locations[place].mentions.removeAll { mention in
                let tokens = text.tokenRange(of: mention)
                let first = tokens.lowerBound, last = tokens.upperBound
                guard tokens.count == 1, let surname = surnameAlone[last], text.areAdjacent(first, last),
                      text.isNameShaped(first), !text.texts[first].contains("-"), isFirstNameShaped(first, in: text) else { return false }
                if let mark = text.texts[safe: first - 1]?.first, PunctuationMarks.openingQuotes.contains(mark) { return false }
                // "главы правительства Мали Кейта": a place the dictionary knows after a noun is its complement.
                if text.kind(first - 1) == .word, !text.isCapitalized(first - 1), text.readings[first - 1].first?.tag.partOfSpeech == .noun,
                   text.readings[first].contains(where: { $0.method == .dictionary && $0.tag.contains(.geography) }) { return false }
                names.append(PersonExtractor.NameMatch(tokens: first..<(last + 1), first: [first], last: [last]))
                freed.append(surname)
                surnameAlone[last] = nil  // once: another place on the same word takes nothing
                return true
            }
        }
        guard !names.isEmpty else { return }
        locations.removeAll { $0.mentions.isEmpty }
        regroup(freed, as: names, &people, in: text)
    }

    /// A noun in the nominative, no adjective: what a first name read as a place reads as.
    private func isFirstNameShaped(_ index: Int, in text: AnalysedText) -> Bool {
        guard let top = text.readings[index].first, top.tag.partOfSpeech == .noun || top.tag.partOfSpeech == nil else { return false }
        return text.readings[index].contains { $0.tag.contains(.nominative) || $0.tag.contains(.indeclinable) }
    }

    /// Whether the word before `index` makes it a place: a preposition of place or a kind of place.
    private static func standsAsPlace(_ index: Int, in text: AnalysedText) -> Bool {
        let previous = index - 1
        guard text.kind(previous) == .word else { return false }
        let word = text.folded[previous]
        return placePrepositions.contains(word) || LocationVocabulary.descriptors.contains(word)
            || text.hasNoun(in: LocationVocabulary.placeNouns, at: previous) || text.hasNoun(in: LocationVocabulary.descriptorNouns, at: previous)
    }

    static let placePrepositions: Set<Word> = ["в", "во", "на", "из", "изо", "под"]
}
