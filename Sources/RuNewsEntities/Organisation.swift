/// An organisation named in the text, with every mention of it.
public struct Organisation: Sendable, Hashable {
    /// The name, its head and agreeing words in the nominative: "Правительство Ставропольского края".
    public var name: String
    /// Its abbreviation, when the text gives one beside the full name.
    public var abbreviation: String?
    public var mentions: [Mention] = []

    public init(name: String, abbreviation: String? = nil) {
        self.name = name
        self.abbreviation = abbreviation
    }
}
