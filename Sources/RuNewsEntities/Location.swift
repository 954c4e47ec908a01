/// A place named in the text, with every mention of it.
public struct Location: Sendable, Hashable {
    /// The name in the nominative: "Ставропольский край".
    public var name: String
    public var mentions: [Mention] = []

    public init(name: String) { self.name = name }
}
