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
public struct Role: Sendable, Hashable, Codable {
    public var title: String
    public var organisation: String?
    /// The words of the text it was read from: "губернатором Ставропольского края".
    public var text: String

    public init(title: String, organisation: String?, text: String) {
        self.title = title
        self.organisation = organisation
        self.text = text
    }
}
