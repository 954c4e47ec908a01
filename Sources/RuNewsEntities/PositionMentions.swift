import RuNewsMorphology
import RuNewsText

/// A bare mention of a position joins the person the text says holds it: "Глава района Иван Петров …
/// Глава района также сообщил", "губернатор края Владимир Владимиров … сказал губернатор". The mention
/// becomes a mention of that person's role — not of the name: a person's mentions are names.
///
/// Only when unambiguous: the position is one a single person holds at a time
/// (`RoleVocabulary.singleHolderPositions`), exactly one person named earlier holds it under the same
/// title, the mention's organisation (if it names one) is that role's or a generic word of it ("района"
/// for "Антрацитовский район"), and no word before it says another holder ("бывший губернатор").
extension RoleExtractor {
    func attachPositionMentions(to people: inout [Person], in text: AnalysedText, names: Set<Int>) {
        guard people.contains(where: { !$0.roles.isEmpty }) else { return }
        let offices = OfficeHolders(people)
        // Who a bare mention may be depends on its title and organisation only: each pair is looked up once.
        var memo: [String: [(person: Int, role: Int)]] = [:]
        var read = text.tokens(covering: people.flatMap { $0.roles.flatMap(\.mentions) })
        for position in 0..<text.count where !read.contains(position) && !names.contains(position) {
            guard isSingleHolderPosition(position, text), !namesOfficeOrAnotherHolder(position, text),
                  let bare = bareRole(at: position, in: text, names: names),
                  let mention = bare.mentions.first else { continue }
            let key = bare.title + "\u{1}" + (bare.organisation.map(Folding.fold) ?? "")
            let roles: [(person: Int, role: Int)]
            if let known = memo[key] {
                roles = known
            } else {
                roles = offices.onlyHolder(of: bare, in: people)
                memo[key] = roles
            }
            // The text must have named the holder before.
            let holders = roles.filter { people[$0.person].roles[$0.role].mentions.map(\.start).min().map { $0 < mention.start } ?? false }
            guard holders.count == 1, let holder = holders.first else { continue }
            people[holder.person].roles[holder.role].mentions.append(mention)
            read.formUnion(text.tokens(covering: [mention]))
        }
        for person in people.indices {
            for role in people[person].roles.indices {
                var seen = Set<Int>()
                people[person].roles[role].mentions = people[person].roles[role].mentions
                    .filter { seen.insert($0.start).inserted }.sorted { $0.start < $1.start }
            }
        }
    }

    /// The roles of the text by office ("глава" and "экс-глава" are one), and within an office by the
    /// words of their organisations, so that a bare mention looks only at the roles it may be.
    struct OfficeHolders {
        struct Office {
            var withoutOrganisation: [(person: Int, role: Int)] = []
            var byWord: [String: [(person: Int, role: Int)]] = [:]
        }
        var offices: [String: Office] = [:]

        init(_ people: [Person]) {
            for person in people.indices {
                for (role, held) in people[person].roles.enumerated() {
                    let office = RoleExtractor.office(of: held.title)
                    if let organisation = held.organisation {
                        for word in Set(RoleExtractor.organisationWords(Folding.fold(organisation))) {
                            offices[office, default: Office()].byWord[word, default: []].append((person, role))
                        }
                    } else {
                        offices[office, default: Office()].withoutOrganisation.append((person, role))
                    }
                }
            }
        }

        /// The roles `bare` may be when one person only may hold its office (the same title, or a former
        /// holder's, "экс-глава МВД", under an organisation that fits or none said): that person's roles of
        /// the very title whose organisation fits. None when two people may hold it.
        func onlyHolder(of bare: Role, in people: [Person]) -> [(person: Int, role: Int)] {
            guard let office = offices[RoleExtractor.office(of: bare.title)] else { return [] }
            var candidates = office.withoutOrganisation
            if let organisation = bare.organisation {
                // Roles holding every word of the mention's organisation hold its rarest.
                let words = Set(RoleExtractor.organisationWords(Folding.fold(organisation)))
                if let rarest = words.min(by: { (office.byWord[$0]?.count ?? 0) < (office.byWord[$1]?.count ?? 0) }) {
                    candidates += office.byWord[rarest] ?? []
                }
            } else {
                candidates += office.byWord.values.joined()
            }
            var person: Int?
            var exact: [(person: Int, role: Int)] = []
            var seen = Set<[Int]>()  // a role is listed under each word of its organisation
            for candidate in candidates where seen.insert([candidate.person, candidate.role]).inserted {
                let held = people[candidate.person].roles[candidate.role]
                guard held.organisation == nil || RoleExtractor.organisation(bare.organisation, fits: held.organisation) else { continue }
                if let known = person, known != candidate.person { return [] }  // two may hold it
                person = candidate.person
                if held.title == bare.title, RoleExtractor.organisation(bare.organisation, fits: held.organisation) {
                    exact.append(candidate)
                }
            }
            return exact
        }
    }

    func isSingleHolderPosition(_ index: Int, _ text: AnalysedText) -> Bool {
        text.kind(index) == .word && (RoleVocabulary.singleHolderPositions.contains(text.folded[index])
            || text.hasNoun(in: RoleVocabulary.singleHolderPositions, at: index, singular: true))
    }

    /// A word right before the title that makes it the office ("пост министра") or says the holder is
    /// another ("бывший", "новый", "и.о.").
    func namesOfficeOrAnotherHolder(_ position: Int, _ text: AnalysedText) -> Bool {
        let before = titleStart(of: position, in: text) - 1
        guard before >= 0, text.kind(before) == .word || text.kind(before) == .initial else { return false }
        let words = Self.officeOrAnotherHolderWords
        if words.contains(text.folded[before]) { return true }
        return text.readings[before].contains { words.contains(Word(Folding.fold($0.lemma))) }
    }

    static let officeOrAnotherHolderWords = RoleVocabulary.otherHolderWords.union(RoleVocabulary.officeWords)

    /// The office a title names, a former holder's included: "глава" for "глава" and "экс-глава".
    static func office(of title: String) -> String {
        title.hasPrefix("экс-") ? String(title.dropFirst(4)) : title
    }

    /// The position at `position` with the genitive chain after it, when no name follows (a position
    /// before a name is that name's role).
    func bareRole(at position: Int, in text: AnalysedText, names: Set<Int>) -> Role? {
        var end = position + 1
        while end < text.count, end - position < 12, text.areAdjacent(end - 1, end) || text.kind(end) == .quote || text.kind(end - 1) == .quote,
              isChainWord(end, text), !names.contains(end) {
            end += 1
        }
        if names.contains(end) && text.areAdjacent(end - 1, end) { return nil }
        return role(position: position, chain: (position + 1)..<end, in: text)
    }

    /// Whether a bare mention's organisation fits a role's: none named, the same, or its words among the
    /// role's ("район" in "Антрацитовский район").
    static func organisation(_ bare: String?, fits held: String?) -> Bool {
        guard let bare else { return true }
        guard let held else { return false }
        let bareWords = Set(organisationWords(Folding.fold(bare)))
        return !bareWords.isEmpty && bareWords.isSubset(of: organisationWords(Folding.fold(held)))
    }
}
