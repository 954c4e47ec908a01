/// The record of one document, as `SCHEMA.md` specifies it (schema 1).
public struct Record: Sendable {
    public static let schema = 1

    public struct Source: Sendable, Equatable, Codable {
        public var path: String?
        public var url: String?
        public var format: Format
        public var encoding: String?
        public var bytes: Int
        /// When the page was fetched, ISO 8601 (`WARC-Date`, the JSONL field `fetched`).
        public var fetched: String?

        public init(path: String? = nil, url: String? = nil, format: Format, encoding: String? = nil, bytes: Int,
                    fetched: String? = nil) {
            self.path = path
            self.url = url
            self.format = format
            self.encoding = encoding
            self.bytes = bytes
            self.fetched = fetched
        }
    }

    public enum Format: String, Sendable, Codable { case html, text }

    /// A block taken out of the text, and why.
    public struct Removed: Sendable, Equatable, Codable {
        public var kind: String
        public var text: String

        public init(kind: String, text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// Why a document gave no record.
    public struct Failure: Error, Sendable, Equatable, Codable, CustomStringConvertible {
        public enum Kind: String, Sendable, Codable {
            /// A file, folder or link that cannot be read.
            case unreadable
            /// A JSONL line that is blank, not JSON, or has no `html` or `text`.
            case invalidInput = "invalid-input"
            /// An archive record whose bytes are damaged or cut.
            case damaged
            /// An archive response that is not a page or a text.
            case unsupported
            /// Over a size or work limit.
            case limit
            /// A page with no bytes.
            case empty
        }

        public var kind: Kind
        public var message: String

        public init(kind: Kind, message: String) {
            self.kind = kind
            self.message = message
        }

        public var description: String { "\(kind.rawValue): \(message)" }
    }

    public var id: String
    public var source: Source?
    /// The page's canonical address (`link rel=canonical`, `og:url`).
    public var url: String?
    /// The site's section the article is filed under.
    public var section: String?
    /// In a batch: the id of an earlier record of the run with the same article text.
    public var duplicateOf: String?
    public var title: String?
    public var published: String?
    public var modified: String?
    public var authors: [String] = []
    public var site: String?
    public var language = "ru"
    public var breadcrumbs: [String]?
    public var lead: String?
    public var text = ""
    public var removed: [Removed] = []
    public var people: [Person] = []
    public var organisations: [Organisation] = []
    public var locations: [Location] = []
    public var dates: [DateMention] = []
    public var warnings: [String] = []
    /// Set on a record that failed: then only `id` and the error are written.
    public var failure: Failure?

    public init(id: String, source: Source?) {
        self.id = id
        self.source = source
    }

    /// Takes the metadata and what was removed from an extracted article (the text goes through
    /// entity extraction separately).
    /// The article's fields; a relative dateline ("Вчера в 9:10") is resolved against `reference`.
    mutating func take(_ article: Article, reference: CalendarDate? = nil) {
        title = article.title
        published = article.published
        if published == nil, let relative = article.relativeDate, let reference {
            published = reference.adding(days: -relative.daysAgo).description
            if let hour = relative.hour, let minute = relative.minute {
                published! += "T" + String(format: "%02d:%02d", hour, minute)
            }
        }
        modified = article.modified
        url = article.canonicalURL
        section = article.section ?? Self.section(ofTrail: article.breadcrumbs, title: article.title)
        authors = article.authors
        site = article.site
        breadcrumbs = article.breadcrumbs
        lead = article.lead
        removed = article.removed.map { Removed(kind: $0.kind.rawValue, text: $0.text) }
        warnings += article.warnings
    }

    /// The section a breadcrumb trail ends in: its last item that is not the headline, past the
    /// site's root ("Главная › Новости › Заголовок" → "Новости"); nil for a trail of the root alone.
    static func section(ofTrail trail: [String]?, title: String?) -> String? {
        guard let trail, trail.count >= 2 else { return nil }
        let items = trail.last == title ? trail.dropLast() : trail[...]
        return items.count >= 2 ? items.last : nil
    }

    public static func failed(id: String, _ failure: Failure) -> Record {
        var record = Record(id: id, source: nil)
        record.failure = failure
        return record
    }

    /// The record as one line of JSON, keys in the order of the schema.
    public var json: [UInt8] {
        var json = JSONOutput()
        json.beginObject()
        json.key("schema"); json.integer(Self.schema)
        json.key("id"); json.string(id)
        if let failure {
            json.key("error")
            json.object { json in
                json.key("kind"); json.string(failure.kind.rawValue)
                json.key("message"); json.string(failure.message)
            }
            json.endObject()
            return json.bytes
        }
        if let source {
            json.key("source")
            json.object { json in
                json.key("path"); json.optionalString(source.path)
                json.key("url"); json.optionalString(source.url)
                json.key("format"); json.string(source.format.rawValue)
                json.key("encoding"); json.optionalString(source.encoding)
                json.key("bytes"); json.integer(source.bytes)
                json.key("fetched"); json.optionalString(source.fetched)
            }
        }
        json.key("url"); json.optionalString(url)
        json.key("section"); json.optionalString(section)
        json.key("duplicateOf"); json.optionalString(duplicateOf)
        json.key("title"); json.optionalString(title)
        json.key("published"); json.optionalString(published)
        json.key("modified"); json.optionalString(modified)
        json.key("authors"); json.strings(authors)
        json.key("site"); json.optionalString(site)
        json.key("language"); json.string(language)
        json.key("breadcrumbs")
        if let breadcrumbs { json.strings(breadcrumbs) } else { json.null() }
        json.key("lead"); json.optionalString(lead)
        json.key("text"); json.string(text)
        json.key("removed")
        json.array(removed) { json, block in
            json.object { json in
                json.key("kind"); json.string(block.kind)
                json.key("text"); json.string(block.text)
            }
        }
        json.key("people")
        json.array(people) { json, person in
            json.object { json in
                json.key("name"); json.string(person.name)
                json.key("first"); json.optionalString(person.first)
                json.key("middle"); json.optionalString(person.middle)
                json.key("last"); json.optionalString(person.last)
                json.key("gender"); json.optionalString(person.gender?.rawValue)
                json.key("roles")
                json.array(person.roles) { json, role in
                    json.object { json in
                        json.key("title"); json.string(role.title)
                        json.key("organisation"); json.optionalString(role.organisation)
                        json.key("text"); json.string(role.text)
                        json.key("mentions"); json.mentions(role.mentions)
                    }
                }
                json.key("mentions"); json.mentions(person.mentions)
            }
        }
        json.key("organisations")
        json.array(organisations) { json, organisation in
            json.object { json in
                json.key("name"); json.string(organisation.name)
                json.key("abbreviation"); json.optionalString(organisation.abbreviation)
                json.key("mentions"); json.mentions(organisation.mentions)
            }
        }
        json.key("locations")
        json.array(locations) { json, location in
            json.object { json in
                json.key("name"); json.string(location.name)
                json.key("mentions"); json.mentions(location.mentions)
            }
        }
        json.key("dates")
        json.array(dates) { json, date in
            json.object { json in
                json.key("text"); json.string(date.mention.text)
                json.key("start"); json.integer(date.mention.start)
                json.key("end"); json.integer(date.mention.end)
                json.key("kind"); json.string(date.kind.rawValue)
                json.key("value"); json.optionalString(date.value)
            }
        }
        json.key("warnings"); json.strings(warnings)
        json.endObject()
        return json.bytes
    }
}
