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
        var read = text.tokens(covering: people.flatMap { $0.roles.flatMap(\.mentions) })
        for position in 0..<text.count where !read.contains(position) && !names.contains(position) {
            guard isSingleHolderPosition(position, text), !namesOfficeOrAnotherHolder(position, text),
                  let bare = bareRole(at: position, in: text, names: names),
                  let mention = bare.mentions.first else { continue }
            // Who may hold this office: the same title, or a former holder's ("экс-глава МВД"), under an
            // organisation that fits or none said.
            let mayHold = people.indices.filter { person in
                people[person].roles.contains { held in
                    Self.isSameOffice(held.title, bare.title) && (held.organisation == nil || Self.organisation(bare.organisation, fits: held.organisation))
                }
            }
            let holders = people.indices.flatMap { person in
                people[person].roles.indices.compactMap { role -> (person: Int, role: Int)? in
                    let held = people[person].roles[role]
                    guard held.title == bare.title, Self.organisation(bare.organisation, fits: held.organisation),
                          let named = held.mentions.map(\.start).min(), named < mention.start else { return nil }
                    return (person, role)
                }
            }
            guard mayHold.count == 1, holders.count == 1, let holder = holders.first else { continue }
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

    func isSingleHolderPosition(_ index: Int, _ text: AnalysedText) -> Bool {
        text.kind(index) == .word && (RoleVocabulary.singleHolderPositions.contains(text.folded[index])
            || text.hasNoun(in: RoleVocabulary.singleHolderPositions, at: index, singular: true))
    }

    /// A word right before the title that makes it the office ("пост министра") or says the holder is
    /// another ("бывший", "новый", "и.о.").
    func namesOfficeOrAnotherHolder(_ position: Int, _ text: AnalysedText) -> Bool {
        let before = titleStart(of: position, in: text) - 1
        guard before >= 0, text.kind(before) == .word || text.kind(before) == .initial else { return false }
        let words = RoleVocabulary.otherHolderWords.union(RoleVocabulary.officeWords)
        if words.contains(text.folded[before]) { return true }
        return text.readings[before].contains { words.contains(Word(Folding.fold($0.lemma))) }
    }

    /// Titles of one office, a former holder's included: "глава" and "экс-глава".
    static func isSameOffice(_ a: String, _ b: String) -> Bool {
        func office(_ title: String) -> Substring { title.hasPrefix("экс-") ? title.dropFirst(4) : Substring(title) }
        return office(a) == office(b)
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
        let words = { (name: String) in Set(Folding.fold(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)) }
        let bareWords = words(bare)
        return !bareWords.isEmpty && bareWords.isSubset(of: words(held))
    }
}
