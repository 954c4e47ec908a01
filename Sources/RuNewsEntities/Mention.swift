/// Where an entity is named in the text: a half-open range of Unicode scalar offsets and its text.
public struct Mention: Sendable, Hashable {
    public let start: Int
    public let end: Int
    public let text: String
    /// For a person: the name as this mention gives it, in the nominative ("Саенко" for "Саенко", where
    /// the person's `name` is "Сергей Саенко").
    public var normal: String?

    public init(start: Int, end: Int, text: String, normal: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.normal = normal
    }
}

/// A date or time expression with its value.
public struct DateMention: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case date, datetime, time, range, relative, year, month, decade, century, season, weekday
    }

    public let mention: Mention
    public let kind: Kind
    /// ISO 8601 as far as the text and the reference date allow ("2023-08-25", "--08-25", "2023-08",
    /// "198X", "2014-SU", "a/b" for ranges), nil when it cannot be resolved.
    public let value: String?

    public init(mention: Mention, kind: Kind, value: String?) {
        self.mention = mention
        self.kind = kind
        self.value = value
    }
}

/// An entity found in the text with its mentions: people, organisations, places.
public protocol MentionedEntity {
    var mentions: [Mention] { get set }
    /// The entity with each of its mentions transformed (moved to the source's offsets, say).
    func mapMentions(_ transform: (Mention) -> Mention) -> Self
}

extension MentionedEntity {
    /// The entity with each mention transformed.
    public func mapMentions(_ transform: (Mention) -> Mention) -> Self {
        var copy = self
        copy.mentions = mentions.map(transform)
        return copy
    }
}

extension Person: MentionedEntity {}
extension Organisation: MentionedEntity {}
extension Location: MentionedEntity {}
