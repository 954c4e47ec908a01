import RuNewsText

/// A role's organisation is the full entity the text names: "глава района" in a text about
/// "Антрацитовский район" is the head of that district, not of "район"; "лидер партии" where the text
/// names "партия «Яблоко»" leads that party. A generic organisation — lowercase words, one of them a
/// noun naming a kind of organisation or place — is resolved against the organisations and places of the
/// text whose names hold all its words, when exactly one does.
extension RoleExtractor {
    /// Nouns that name a kind of body or place, not one: what a generic role organisation is made of.
    static let genericHeads: Set<Word> = OrganisationVocabulary.kinds.union(OrganisationVocabulary.governing)
        .union(LocationVocabulary.placeNouns)

    /// The people with each quoted organisation of their roles, left as written ("главный тренер
    /// «Спартака»"), named as the one organisation of the text mentioned inside the role's words is
    /// ("Спартак"), when exactly one is.
    func namingQuotedOrganisations(of people: inout [Person], by organisations: [Organisation]) {
        guard !organisations.isEmpty else { return }
        for person in people.indices {
            for role in people[person].roles.indices {
                guard let organisation = people[person].roles[role].organisation, let mark = organisation.first,
                      PunctuationMarks.openingQuotes.contains(mark) else { continue }
                // Inside any of the role's mentions, one scalar past its end too: the closing quote may stand
                // outside the role's words.
                let mentions = people[person].roles[role].mentions
                let inside = organisations.filter { entity in
                    entity.mentions.contains { found in mentions.contains { found.start >= $0.start && found.end <= $0.end + 1 } }
                }
                if inside.count == 1 { people[person].roles[role].organisation = inside[0].name }
            }
        }
    }

    /// The people with each generic organisation of their roles replaced by the one name of `names` it
    /// stands for; each generic organisation is looked up once.
    func resolvingGenericOrganisations(of people: inout [Person], among names: [String]) {
        guard !names.isEmpty, people.contains(where: { $0.roles.contains { $0.organisation.map(Self.isGeneric) ?? false } }) else { return }
        let candidates = GenericCandidates(names)
        var resolved: [String: String?] = [:]
        for person in people.indices {
            for role in people[person].roles.indices {
                guard let organisation = people[person].roles[role].organisation, Self.isGeneric(organisation) else { continue }
                let name: String?
                if let known = resolved[organisation] { name = known } else {
                    name = candidates.only(holding: organisation)
                    resolved[organisation] = name
                }
                if let name { people[person].roles[role].organisation = name }
            }
        }
    }

    /// The distinct names of a text's organisations and places, found by the words they hold.
    struct GenericCandidates {
        var names: [(name: String, words: Set<String>)] = []
        var byWord: [String: [Int]] = [:]

        init(_ names: [String]) {
            var seen = Set<String>()
            for name in names {
                let key = Folding.fold(name)
                guard seen.insert(key).inserted else { continue }
                let words = Set(RoleExtractor.organisationWords(key))
                for word in words { byWord[word, default: []].append(self.names.count) }
                self.names.append((name, words))
            }
        }

        /// The one name holding every word of `organisation` and more ("Антрацитовский район" for
        /// "район"); nil when none or several do.
        func only(holding organisation: String) -> String? {
            let words = Set(RoleExtractor.organisationWords(Folding.fold(organisation)))
            guard let rarest = words.min(by: { (byWord[$0]?.count ?? 0) < (byWord[$1]?.count ?? 0) }) else { return nil }
            var match: String?
            for index in byWord[rarest] ?? [] where words.isStrictSubset(of: names[index].words) {
                if match != nil { return nil }
                match = names[index].name
            }
            return match
        }
    }

    /// "район", "городской совет", "Администрация": lowercase words (the first may be capitalised), one of
    /// them a kind of body or place.
    static func isGeneric(_ organisation: String) -> Bool {
        let words = organisation.split(separator: " ")
        guard !words.isEmpty, words.dropFirst().allSatisfy({ $0 == $0.lowercased() }),
              words.first.map({ $0.dropFirst() == $0.dropFirst().lowercased() }) == true else { return false }
        return organisationWords(Folding.fold(organisation)).contains { genericHeads.contains(Word($0)) }
    }

    static func organisationWords(_ folded: String) -> [String] {
        folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
    }
}
