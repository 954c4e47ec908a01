/// One document to read, as an input gave it: its bytes and what its container says of it.
public struct Document: Sendable {
    /// The record's id: a file's name without folder and extension, a JSONL line's `id`, a WARC-Record-ID.
    public var id: String
    /// The document's bytes, at most `Pipeline.Options.maximumBytes` of them (`size` tells how many it had).
    public var bytes: [UInt8]
    /// How many bytes the document had before it was cut to the size limit.
    public var size: Int
    /// HTML or text when the container says so (an extension, a JSONL key, a `Content-Type`); nil to
    /// let the pipeline tell by the bytes.
    public var format: Record.Format?
    public var path: String?
    public var url: String?
    /// The charset the transport declares (an HTTP `Content-Type` in a WARC record).
    public var declaredCharset: String?
    /// The charset to read the bytes in whatever they declare (`runews extract --encoding`).
    public var forcedCharset: String?
    /// When the page was fetched, ISO 8601 (`WARC-Date`, the JSONL field `fetched`).
    public var fetched: String?
    /// Set when the input could not be read: the document's record is this error.
    public var failure: Record.Failure?

    public init(id: String, bytes: [UInt8], size: Int? = nil, format: Record.Format? = nil, path: String? = nil,
                url: String? = nil, declaredCharset: String? = nil, fetched: String? = nil) {
        self.id = id
        self.bytes = bytes
        self.size = size ?? bytes.count
        self.format = format
        self.path = path
        self.url = url
        self.declaredCharset = declaredCharset
        self.fetched = fetched
    }

    /// A document that could not be read: it becomes an error line with this id.
    public static func failed(id: String, path: String? = nil, _ kind: Record.Failure.Kind, _ message: String) -> Document {
        var document = Document(id: id, bytes: [], path: path)
        document.failure = Record.Failure(kind: kind, message: message)
        return document
    }

    /// A file's id: its name without folder and extension (and without ".gz").
    public static func id(ofPath path: String) -> String {
        var name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        if name.lowercased().hasSuffix(".gz") { name.removeLast(3) }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name
    }

    /// The format a file's extension names: `.html`/`.htm` pages, `.txt` texts; nil for others.
    public static func format(ofPath path: String) -> Record.Format? {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") ? .html : lowered.hasSuffix(".txt") ? .text : nil
    }
}
