import RuNewsText

extension EntityExtraction {
    /// A place of one word that is the surname of a person the text names in full is that person's mention:
    /// "Франсиско Флорес … На днях Флорес впал в кому", "… родным городом Каддафи". Many surnames are names
    /// of places too (Хьюстон, Флорес), and the guesser and the tagger read an unknown capitalised word as a
    /// place as often as a person. A person named in full is one whose first name and surname one mention
    /// gives, twice, or once with a first name the dictionary knows (a name run on from a caption, "Мадуро
    /// Венесуэла", is not). The word stays a place after a preposition of place or a kind of place ("в
    /// Хьюстоне", "города Хьюстон"), and an abbreviation stays what it was ("Кима Чен Ира КНДР").
    static func takeSurnamesReadAsPlaces(_ people: inout [Person], _ locations: inout [Location], in text: AnalysedText) {
        guard !people.isEmpty, !locations.isEmpty else { return }
        var bySurname: [Word: Int] = [:]
        for (person, named) in people.enumerated() where named.first != nil {
            guard let last = named.last else { continue }
            let full = named.mentions.compactMap { mention -> Range<Int>? in
                let tokens = text.tokenRange(of: mention)
                return tokens.count >= 2 ? tokens : nil
            }
            let knownFirstName = full.contains { tokens in
                text.readings[tokens.lowerBound].contains { $0.method == .dictionary && $0.tag.contains(.firstName) }
            }
            guard full.count >= 2 || knownFirstName && !full.isEmpty else { continue }
            for spelling in [Word(Folding.fold(last))] + full.map({ text.folded[$0.upperBound - 1] }) where bySurname[spelling] == nil {
                bySurname[spelling] = person
            }
        }
        guard !bySurname.isEmpty else { return }
        var taken: [(person: Int, mention: Mention)] = []
        for place in locations.indices {
            locations[place].mentions.removeAll { mention in
                let tokens = text.tokenRange(of: mention)
                guard tokens.count == 1, text.isNameShaped(tokens.lowerBound), let person = bySurname[text.folded[tokens.lowerBound]],
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
