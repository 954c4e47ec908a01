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

    /// The roles with each generic organisation replaced by the one name of `names` it stands for.
    func resolvingGenericOrganisations(of roles: [Role], among names: [String]) -> [Role] {
        guard !names.isEmpty else { return roles }
        // Each distinct name once, with its words.
        var seen = Set<String>()
        let candidates = names.compactMap { name -> (name: String, words: Set<String>)? in
            let key = Folding.fold(name)
            guard seen.insert(key).inserted else { return nil }
            return (name, Set(Self.organisationWords(key)))
        }
        return roles.map { role in
            guard let organisation = role.organisation, Self.isGeneric(organisation) else { return role }
            let words = Set(Self.organisationWords(Folding.fold(organisation)))
            let matches = candidates.filter { words.isStrictSubset(of: $0.words) }
            guard matches.count == 1, let match = matches.first else { return role }
            var resolved = role
            resolved.organisation = match.name
            return resolved
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
