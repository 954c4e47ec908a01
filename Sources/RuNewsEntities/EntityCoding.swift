// Entities as records write them (SCHEMA.md) and read them back: keys in camelCase, a person's `name`
// written for readers and derived again from its parts when read.

extension Mention: Codable {
    enum CodingKeys: String, CodingKey { case start, end, text, normal }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(start: try container.decode(Int.self, forKey: .start), end: try container.decode(Int.self, forKey: .end),
                  text: try container.decode(String.self, forKey: .text), normal: try container.decodeIfPresent(String.self, forKey: .normal))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(normal, forKey: .normal)
    }
}

extension Person: Codable {
    enum CodingKeys: String, CodingKey { case name, first, middle, last, gender, roles, mentions }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(first: try container.decodeIfPresent(String.self, forKey: .first),
                  middle: try container.decodeIfPresent(String.self, forKey: .middle),
                  last: try container.decodeIfPresent(String.self, forKey: .last),
                  gender: try container.decodeIfPresent(Gender.self, forKey: .gender))
        roles = try container.decodeIfPresent([Role].self, forKey: .roles) ?? []
        mentions = try container.decodeIfPresent([Mention].self, forKey: .mentions) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(first, forKey: .first)
        try container.encode(middle, forKey: .middle)
        try container.encode(last, forKey: .last)
        try container.encode(gender, forKey: .gender)
        try container.encode(roles, forKey: .roles)
        try container.encode(mentions, forKey: .mentions)
    }
}

/// A role's mentions are written beside its words; a record without them reads as a role without mentions.
extension Role: Codable {
    enum CodingKeys: String, CodingKey { case title, organisation, text, mentions }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(title: try container.decode(String.self, forKey: .title),
                  organisation: try container.decodeIfPresent(String.self, forKey: .organisation),
                  text: try container.decode(String.self, forKey: .text),
                  mentions: try container.decodeIfPresent([Mention].self, forKey: .mentions) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(organisation, forKey: .organisation)
        try container.encode(text, forKey: .text)
        try container.encode(mentions, forKey: .mentions)
    }
}

extension Organisation: Codable {
    enum CodingKeys: String, CodingKey { case name, abbreviation, mentions }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try container.decode(String.self, forKey: .name),
                  abbreviation: try container.decodeIfPresent(String.self, forKey: .abbreviation))
        mentions = try container.decodeIfPresent([Mention].self, forKey: .mentions) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(abbreviation, forKey: .abbreviation)
        try container.encode(mentions, forKey: .mentions)
    }
}

extension Location: Codable {
    enum CodingKeys: String, CodingKey { case name, mentions }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try container.decode(String.self, forKey: .name))
        mentions = try container.decodeIfPresent([Mention].self, forKey: .mentions) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(mentions, forKey: .mentions)
    }
}

/// A date is written flat: its mention's text and offsets beside its kind and value.
extension DateMention: Codable {
    enum CodingKeys: String, CodingKey { case text, start, end, kind, value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(mention: Mention(start: try container.decode(Int.self, forKey: .start), end: try container.decode(Int.self, forKey: .end),
                                   text: try container.decode(String.self, forKey: .text)),
                  kind: try container.decode(Kind.self, forKey: .kind), value: try container.decodeIfPresent(String.self, forKey: .value))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mention.text, forKey: .text)
        try container.encode(mention.start, forKey: .start)
        try container.encode(mention.end, forKey: .end)
        try container.encode(kind, forKey: .kind)
        try container.encode(value, forKey: .value)
    }
}
