/// A record read back from the JSON `Record.json` writes (and written as the same keys by any
/// `Encoder`), so a Swift consumer of our JSONL decodes it with the type we export:
///
/// ```swift
/// let record = try JSONDecoder().decode(Record.self, from: line)
/// ```
///
/// `Record.json` stays the writer of the records' bytes: its key order and number spelling are fixed,
/// which an `Encoder` does not promise.
extension Record: Codable {
    enum CodingKeys: String, CodingKey {
        case schema, id, error, source, url, section, duplicateOf, title, published, modified, authors, site, language
        case breadcrumbs, lead, text, removed, people, organisations, locations, dates, warnings
    }

    public struct SchemaMismatch: Error, CustomStringConvertible {
        public let found: Int
        public var description: String { "a record of schema \(found); this build reads schema \(Record.schema)" }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let schema = try container.decode(Int.self, forKey: .schema)
        guard schema == Self.schema else { throw SchemaMismatch(found: schema) }
        self.init(id: try container.decode(String.self, forKey: .id), source: nil)
        if let failure = try container.decodeIfPresent(Failure.self, forKey: .error) {
            self.failure = failure
            return
        }
        source = try container.decodeIfPresent(Source.self, forKey: .source)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        section = try container.decodeIfPresent(String.self, forKey: .section)
        duplicateOf = try container.decodeIfPresent(String.self, forKey: .duplicateOf)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        published = try container.decodeIfPresent(String.self, forKey: .published)
        modified = try container.decodeIfPresent(String.self, forKey: .modified)
        authors = try container.decodeIfPresent([String].self, forKey: .authors) ?? []
        site = try container.decodeIfPresent(String.self, forKey: .site)
        language = try container.decodeIfPresent(String.self, forKey: .language) ?? language
        breadcrumbs = try container.decodeIfPresent([String].self, forKey: .breadcrumbs)
        lead = try container.decodeIfPresent(String.self, forKey: .lead)
        text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
        removed = try container.decodeIfPresent([Removed].self, forKey: .removed) ?? []
        people = try container.decodeIfPresent([Person].self, forKey: .people) ?? []
        organisations = try container.decodeIfPresent([Organisation].self, forKey: .organisations) ?? []
        locations = try container.decodeIfPresent([Location].self, forKey: .locations) ?? []
        dates = try container.decodeIfPresent([DateMention].self, forKey: .dates) ?? []
        warnings = try container.decodeIfPresent([String].self, forKey: .warnings) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schema, forKey: .schema)
        try container.encode(id, forKey: .id)
        if let failure {
            try container.encode(failure, forKey: .error)
            return
        }
        try container.encode(source, forKey: .source)
        try container.encode(url, forKey: .url)
        try container.encode(section, forKey: .section)
        try container.encode(duplicateOf, forKey: .duplicateOf)
        try container.encode(title, forKey: .title)
        try container.encode(published, forKey: .published)
        try container.encode(modified, forKey: .modified)
        try container.encode(authors, forKey: .authors)
        try container.encode(site, forKey: .site)
        try container.encode(language, forKey: .language)
        try container.encode(breadcrumbs, forKey: .breadcrumbs)
        try container.encode(lead, forKey: .lead)
        try container.encode(text, forKey: .text)
        try container.encode(removed, forKey: .removed)
        try container.encode(people, forKey: .people)
        try container.encode(organisations, forKey: .organisations)
        try container.encode(locations, forKey: .locations)
        try container.encode(dates, forKey: .dates)
        try container.encode(warnings, forKey: .warnings)
    }
}
