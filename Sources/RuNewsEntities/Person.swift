/// A person named in the text, with every mention of them.
public struct Person: Sendable, Hashable {
    public enum Gender: String, Sendable, Codable { case male, female }

    /// The name in the nominative, first middle last as present: "Светлана Вячеславовна Умеренко".
    public var name: String { [first, middle, last].compactMap { $0 }.joined(separator: " ") }
    public var first: String?
    public var middle: String?
    public var last: String?
    public var gender: Gender?
    public var roles: [Role] = []
    public var mentions: [Mention] = []

    public init(first: String? = nil, middle: String? = nil, last: String? = nil, gender: Gender? = nil) {
        self.first = first
        self.middle = middle
        self.last = last
        self.gender = gender
    }
}

/// A position a person holds: "губернатор" of "Ставропольский край".
public struct Role: Sendable, Hashable {
    public var title: String
    public var organisation: String?
    /// The words of the text it was read from: "губернатором Ставропольского края".
    public var text: String
    /// Where the text names this position of this person: the words it was read from, and later bare
    /// mentions of the position that can only be this person ("… Глава района также сообщил").
    public var mentions: [Mention]

    public init(title: String, organisation: String?, text: String, mentions: [Mention] = []) {
        self.title = title
        self.organisation = organisation
        self.text = text
        self.mentions = mentions
    }
}

extension Person {
    /// The person with each mention of the name and of a role transformed (moved to the source's offsets, say).
    public func mapMentions(_ transform: (Mention) -> Mention) -> Person {
        var copy = self
        copy.mentions = mentions.map(transform)
        for index in copy.roles.indices { copy.roles[index].mentions = roles[index].mentions.map(transform) }
        return copy
    }
}
