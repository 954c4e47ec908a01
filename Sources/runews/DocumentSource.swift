import Foundation
import RuNews

/// One input document, as read from a file, a JSONL line or (later) a WARC record.
struct Document: Sendable {
    let id: String
    let bytes: [UInt8]
    let format: Record.Format?
    let path: String?
    let url: String?
    /// Set when the input could not be read: the document becomes an error line.
    let failure: Record.Failure?
    /// The charset the transport declares (an HTTP `Content-Type` in a WARC record).
    var declaredCharset: String? = nil
    /// The day the page was fetched (`WARC-Date`), for relative dates when the page gives none.
    var fetched: CalendarDate? = nil
}

/// The documents of the command line's inputs, in order, read one at a time so that memory stays flat.
struct DocumentSource: Sequence, IteratorProtocol {
    private var pending: [String]
    private var lines: (reader: LineReader, name: String, number: Int)?
    private var warc: (reader: WARCReader, name: String, failures: Int)?
    private let stdinIsJSONL: Bool

    init(inputs: [String]) {
        pending = inputs.reversed()
        stdinIsJSONL = true
    }

    mutating func next() -> Document? {
        while true {
            if let current = warc {
                if let document = nextDocument(in: current) { return document }
                warc = nil
                continue
            }
            if var current = lines {
                if let line = current.reader.next() {
                    current.number += 1
                    lines = current
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    return Self.document(jsonLine: line, file: current.name, number: current.number)
                }
                lines = nil
            }
            guard let input = pending.popLast() else { return nil }
            if input == "-" {
                if let reader = try? LineReader(path: "-") { lines = (reader, "stdin", 0) }
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                return Document(id: Self.id(ofPath: input), bytes: [], format: nil, path: input, url: nil,
                                failure: Record.Failure(kind: "unreadable", message: "no such file: \(input)"))
            }
            if isDirectory.boolValue {
                pending.append(contentsOf: Self.files(in: input).reversed())
                continue
            }
            let lowercased = input.lowercased()
            if lowercased.hasSuffix(".jsonl") {
                if let reader = try? LineReader(path: input) { lines = (reader, input, 0); continue }
                return Document(id: Self.id(ofPath: input), bytes: [], format: nil, path: input, url: nil,
                                failure: Record.Failure(kind: "unreadable", message: "cannot read \(input)"))
            }
            if lowercased.hasSuffix(".warc") || lowercased.hasSuffix(".warc.gz") {
                do {
                    warc = (try WARCReader(path: input), input, 0)
                    continue
                } catch {
                    return Document(id: Self.id(ofPath: input), bytes: [], format: nil, path: input, url: nil,
                                    failure: Record.Failure(kind: "unreadable", message: "cannot read \(input)"))
                }
            }
            guard let data = FileManager.default.contents(atPath: input) else {
                return Document(id: Self.id(ofPath: input), bytes: [], format: nil, path: input, url: nil,
                                failure: Record.Failure(kind: "unreadable", message: "cannot read \(input)"))
            }
            let format: Record.Format? = lowercased.hasSuffix(".html") || lowercased.hasSuffix(".htm") ? .html
                : lowercased.hasSuffix(".txt") ? .text : nil
            return Document(id: Self.id(ofPath: input), bytes: [UInt8](data), format: format, path: input, url: nil, failure: nil)
        }
    }

    /// The next page of a WARC file: `response` records carrying HTML or text (other types are passed
    /// over), a damaged part as an error document.
    private mutating func nextDocument(in current: (reader: WARCReader, name: String, failures: Int)) -> Document? {
        while let item = current.reader.next() {
            switch item {
            case .failure(let message):
                warc?.failures += 1
                return Document(id: "\(Self.id(ofPath: current.name)):damaged-\((warc?.failures ?? 1))", bytes: [], format: nil,
                                path: current.name, url: nil, failure: Record.Failure(kind: "damaged-archive", message: message))
            case .record(let record):
                guard let input = RecordStream.Input(record) else { continue }
                var document = Document(id: input.id.isEmpty ? Self.id(ofPath: current.name) : input.id, bytes: input.bytes,
                                        format: input.format, path: nil, url: input.url, failure: nil)
                document.declaredCharset = input.declaredCharset
                document.fetched = input.fetched
                return document
            }
        }
        return nil
    }

    /// A file's id: its name without folder and extension.
    static func id(ofPath path: String) -> String {
        var name = (path as NSString).lastPathComponent
        if name.lowercased().hasSuffix(".gz") { name = (name as NSString).deletingPathExtension }
        return (name as NSString).deletingPathExtension
    }

    /// Every regular file below `folder`, sorted by path, hidden files left out.
    static func files(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let path = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if (relative as NSString).lastPathComponent.hasPrefix(".") { continue }
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    private struct JSONLine: Decodable {
        let id: FlexibleID?
        let html: String?
        let text: String?
        let url: String?
    }

    static func document(jsonLine line: [UInt8], file: String, number: Int) -> Document {
        let fallbackID = "\(id(ofPath: file)):\(number)"
        guard let parsed = try? JSONDecoder().decode(JSONLine.self, from: Data(line)) else {
            return Document(id: fallbackID, bytes: [], format: nil, path: file, url: nil,
                            failure: Record.Failure(kind: "input", message: "line \(number) of \(file) is not JSON"))
        }
        let id = parsed.id?.value ?? fallbackID
        if let html = parsed.html {
            return Document(id: id, bytes: Array(html.utf8), format: .html, path: nil, url: parsed.url, failure: nil)
        }
        if let text = parsed.text {
            return Document(id: id, bytes: Array(text.utf8), format: .text, path: nil, url: parsed.url, failure: nil)
        }
        return Document(id: id, bytes: [], format: nil, path: nil, url: parsed.url,
                        failure: Record.Failure(kind: "input", message: "line \(number) of \(file) has neither \"html\" nor \"text\""))
    }
}
