/// The record of one document, as `SCHEMA.md` specifies it (schema 1).
public struct Record: Sendable {
    public static let schema = 1

    public struct Source: Sendable {
        public var path: String?
        public var url: String?
        public var format: Format
        public var encoding: String?
        public var bytes: Int

        public init(path: String? = nil, url: String? = nil, format: Format, encoding: String? = nil, bytes: Int) {
            self.path = path
            self.url = url
            self.format = format
            self.encoding = encoding
            self.bytes = bytes
        }
    }

    public enum Format: String, Sendable { case html, text }

    /// A block taken out of the text, and why.
    public struct Removed: Sendable {
        public var kind: String
        public var text: String
    }

    /// Why a document gave no record.
    public struct Failure: Error, Sendable {
        public var kind: String
        public var message: String

        public init(kind: String, message: String) {
            self.kind = kind
            self.message = message
        }
    }

    public var id: String
    public var source: Source?
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
        authors = article.authors
        site = article.site
        breadcrumbs = article.breadcrumbs
        lead = article.lead
        removed = article.removed.map { Removed(kind: $0.kind.rawValue, text: $0.text) }
        warnings += article.warnings
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
                json.key("kind"); json.string(failure.kind)
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
            }
        }
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
