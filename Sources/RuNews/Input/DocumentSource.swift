#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The documents of a list of inputs, in order, read one at a time so that memory stays flat: files,
/// folders (every file below, sorted by path), `.jsonl` files (`{"id", "html" | "text", "url"?,
/// "fetched"?}` a line), `.warc` and `.warc.gz` archives, and "-" for JSONL on standard input.
///
/// Every input gives its documents or error documents, never nothing: a file or folder that cannot
/// be read is `unreadable`, a JSONL line that is blank or not such an object is `invalid-input`, a
/// damaged archive record is `damaged`, an archive response that is no page or text is `unsupported`,
/// a line or record over a limit is `limit`. Archive records that carry no response (requests,
/// metadata, `warcinfo`) are passed over and counted in `skipped`.
///
/// ```swift
/// for document in DocumentSource(["crawl.warc.gz", "pages/"]) { print(document.id) }
/// ```
public struct DocumentSource: Sequence, IteratorProtocol, Sendable {
    /// The inputs still to open, last first.
    private var pending: [Input]
    private var current: Current?
    private let maximumBytes: Int
    /// Archive records passed over because they carry no response: requests, metadata, warcinfo.
    public private(set) var skipped = 0
    /// How many documents the inputs hold, when that is known before reading them: files and folders
    /// of files are counted, JSONL and archives are not.
    public let count: Int?

    /// A JSONL line longer than this is an error line: no page is that large.
    public static let maximumLineBytes = 64 << 20

    private enum Input: Sendable {
        case path(String)
        case jsonLines(String)
        case standardInput
        case unreadable(path: String, reason: String)
    }

    private enum Current: @unchecked Sendable {  // iterated by one owner at a time
        case lines(LineReader, file: String, number: Int)
        case archive(WARCReader, file: String)
    }

    /// `inputs` are paths, or "-" for JSONL on standard input. Documents over `maximumBytes` keep their
    /// first `maximumBytes` (the pipeline reads no further) and their size.
    public init(_ inputs: [String], maximumBytes: Int = Pipeline.Options.defaultMaximumBytes) {
        self.maximumBytes = maximumBytes
        var expanded: [Input] = []
        for input in inputs {
            if input == "-" {
                expanded.append(.standardInput)
            } else if Self.isFolder(input) {
                for entry in FolderWalk.entries(of: input) {
                    switch entry {
                    case .file(let path): expanded.append(.path(path))
                    case .unreadable(let path, let reason): expanded.append(.unreadable(path: path, reason: reason))
                    }
                }
            } else {
                expanded.append(.path(input))
            }
        }
        let containers = expanded.contains { input in
            switch input {
            case .standardInput: true
            case .path(let path): Self.isContainer(path)
            case .jsonLines: true
            case .unreadable: false
            }
        }
        count = containers ? nil : expanded.count
        pending = expanded.reversed()
    }

    /// The documents of one JSONL file (or "-" for standard input), whatever its name.
    public init(jsonLines path: String, maximumBytes: Int = Pipeline.Options.defaultMaximumBytes) {
        self.maximumBytes = maximumBytes
        pending = [path == "-" ? .standardInput : .jsonLines(path)]
        count = nil
    }

    public mutating func next() -> Document? {
        while true {
            switch current {
            case .lines(let reader, let file, let number)?:
                if let line = reader.next(maximumLength: Self.maximumLineBytes) {
                    current = .lines(reader, file: file, number: number + 1)
                    return document(line, file: file, number: number + 1)
                }
                current = nil
            case .archive(let reader, let file)?:
                while let item = reader.next() {
                    switch item {
                    case .failure(let failure):
                        // Without its own id, a record is named by its place in the archive.
                        let id = failure.id ?? "\(Document.id(ofPath: file)):record-\(reader.position)"
                        return .failed(id: id, path: file, failure.kind, failure.message)
                    case .record(let record):
                        if let document = document(of: record, file: file) { return document }
                        skipped += 1
                    }
                }
                current = nil
            case nil:
                guard let input = pending.popLast() else { return nil }
                if let document = openInput(input) { return document }
            }
        }
    }

    /// Opens an input: a file is its document; JSONL and archives become `current`.
    private mutating func openInput(_ input: Input) -> Document? {
        switch input {
        case .unreadable(let path, let reason):
            return .failed(id: Document.id(ofPath: path), path: path, .unreadable, "cannot read \(path): \(reason)")
        case .standardInput:
            do {
                current = .lines(try LineReader(path: "-"), file: "stdin", number: 0)
                return nil
            } catch {
                return .failed(id: "stdin", .unreadable, error.description)
            }
        case .jsonLines(let path):
            do {
                current = .lines(try LineReader(path: path), file: path, number: 0)
                return nil
            } catch {
                return .failed(id: Document.id(ofPath: path), path: path, .unreadable, error.description)
            }
        case .path(let path):
            let lowered = path.lowercased()
            do {
                if lowered.hasSuffix(".jsonl") {
                    current = .lines(try LineReader(path: path), file: path, number: 0)
                    return nil
                }
                if lowered.hasSuffix(".warc") || lowered.hasSuffix(".warc.gz") {
                    current = .archive(try WARCReader(path: path), file: path)
                    return nil
                }
            } catch {
                return .failed(id: Document.id(ofPath: path), path: path, .unreadable, "\(error)")
            }
            return Self.file(at: path, maximumBytes: maximumBytes)
        }
    }

    /// One file as a document: its first `maximumBytes` bytes.
    public static func file(at path: String, maximumBytes: Int = Pipeline.Options.defaultMaximumBytes) -> Document {
        let id = Document.id(ofPath: path)
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failed(id: id, path: path, .unreadable, "cannot read \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else {
            return .failed(id: id, path: path, .unreadable, "cannot read \(path): it is a folder")
        }
        // Read straight into storage of the file's size (no buffer to clear and copy from); one byte more
        // tells a file that grew since or has no size (a pipe), whose rest is read on up to the limit;
        // what lies past the limit is only counted.
        let capacity = Swift.min(Swift.max(Int(status.st_size), 0), maximumBytes) + 1
        var failure: Int32?
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            while count < capacity {
                let got = read(descriptor, buffer.baseAddress! + count, capacity - count)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = errno; return }
                if got == 0 { return }
                count += got
            }
        }
        var total = bytes.count
        if failure == nil, bytes.count == capacity {
            let scratch = UnsafeMutableRawPointer.allocate(byteCount: 64 << 10, alignment: 16)
            defer { scratch.deallocate() }
            while true {
                let got = read(descriptor, scratch, 64 << 10)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = errno }
                if got <= 0 { break }
                let room = maximumBytes - bytes.count
                if room > 0 { bytes.append(contentsOf: UnsafeRawBufferPointer(start: scratch, count: Swift.min(got, room))) }
                total += got
            }
        }
        if let failure {
            return .failed(id: id, path: path, .unreadable, "cannot read \(path): \(String(cString: strerror(failure)))")
        }
        if bytes.count > maximumBytes { bytes.removeLast(bytes.count - maximumBytes) }
        return Document(id: id, bytes: bytes, size: total, format: Document.format(ofPath: path), path: path)
    }

    /// A JSONL line's document; a blank line, a line that is not JSON or has neither "html" nor
    /// "text" is an error line of its own.
    private func document(_ line: LineReader.Line, file: String, number: Int) -> Document {
        let fallbackID = "\(Document.id(ofPath: file)):\(number)"
        guard case .line(let bytes) = line else {
            return .failed(id: fallbackID, path: file, .limit, "line \(number) of \(file) is longer than \(Self.maximumLineBytes >> 20) MB")
        }
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else {
            return .failed(id: fallbackID, path: file, .invalidInput, "line \(number) of \(file) is blank")
        }
        let parsed: InputLine
        do {
            parsed = try InputLine(parsing: bytes)
        } catch {
            return .failed(id: fallbackID, path: file, .invalidInput, "line \(number) of \(file) is not a JSON object: \(error)")
        }
        let id = parsed.id ?? fallbackID
        guard let body = parsed.html ?? parsed.text else {
            return .failed(id: id, path: file, .invalidInput, "line \(number) of \(file) has neither \"html\" nor \"text\"")
        }
        return Document(id: id, bytes: Charset.cut(body, to: maximumBytes), size: body.count,
                        format: parsed.html != nil ? .html : .text, url: parsed.url, fetched: parsed.fetched)
    }

    /// The document of an archive record: a `response` or `resource` record's page or text; an
    /// error document for one that is neither; nil for records that carry no response.
    private func document(of record: WARCRecord, file: String) -> Document? {
        guard record.type == "response" || record.type == "resource" else { return nil }
        let id = record.id.isEmpty ? Document.id(ofPath: file) : record.id
        let headers: [String: String], body: [UInt8]
        if record.type == "resource" {
            (headers, body) = (["content-type": record.headers["content-type"] ?? ""], record.block)
        } else {
            switch record.httpResponse(bodyLimit: maximumBytes + 1) {
            case .success(let response): (headers, body) = (response.headers, response.body)
            case .failure(let problem): return .failed(id: id, path: file, .damaged, problem.description)
            }
        }
        let contentType = headers["content-type"]?.lowercased() ?? ""
        let format: Record.Format? = contentType.contains("html") ? .html : contentType.hasPrefix("text/plain") ? .text : nil
        guard let format else {
            let kind = contentType.isEmpty ? "no Content-Type" : "Content-Type \(contentType)"
            return .failed(id: id, path: file, .unsupported, "the archived response is not a page or a text (\(kind))")
        }
        return Document(id: id, bytes: Charset.cut(body, to: maximumBytes), size: body.count, format: format,
                        url: record.targetURI, declaredCharset: WARCRecord.charset(ofContentType: headers["content-type"]),
                        fetched: record.date)
    }

    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    private static func isContainer(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".warc") || lowered.hasSuffix(".warc.gz")
    }
}
