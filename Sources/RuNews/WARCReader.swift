import Foundation
import CZlib

/// One record of a WARC file (1.0 or 1.1).
public struct WARCRecord: Sendable {
    /// Header names lowercased.
    public var headers: [String: String]
    public var block: [UInt8]

    public var type: String { headers["warc-type"] ?? "" }
    public var id: String { headers["warc-record-id"]?.trimmingCharacters(in: ["<", ">"]) ?? "" }
    public var targetURI: String? { headers["warc-target-uri"]?.trimmingCharacters(in: ["<", ">"]) }
    public var date: String? { headers["warc-date"] }

    /// The HTTP response a `response` record carries: its headers (lowercased) and body, de-chunked and
    /// inflated as the headers say.
    public var httpResponse: (headers: [String: String], body: [UInt8])? {
        guard headers["content-type"]?.lowercased().contains("application/http") ?? false || type == "response" else { return nil }
        var index = 0
        var lines: [String] = []
        while index < block.count {
            guard let newline = block[index...].firstIndex(of: 0x0A) else { break }
            var line = block[index..<newline]
            if line.last == 0x0D { line = line.dropLast() }
            index = newline + 1
            if line.isEmpty { break }
            lines.append(String(decoding: line, as: UTF8.self))
        }
        guard let status = lines.first, status.hasPrefix("HTTP/") else { return nil }
        var httpHeaders: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            httpHeaders[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: [" ", "\t"])
        }
        var body = Array(block[min(index, block.count)...])
        if httpHeaders["transfer-encoding"]?.lowercased().contains("chunked") == true { body = Self.dechunk(body) }
        if let encoding = httpHeaders["content-encoding"]?.lowercased(), encoding.contains("gzip") || encoding.contains("deflate"),
           let inflated = Self.inflate(body) {
            body = inflated
        }
        return (httpHeaders, body)
    }

    /// The charset of a `Content-Type` value: "text/html; charset=windows-1251" → "windows-1251".
    public static func charset(ofContentType value: String?) -> String? {
        guard let value, let range = value.lowercased().range(of: "charset=") else { return nil }
        let rest = value.lowercased()[range.upperBound...]
        let charset = rest.prefix { !";, \"'".contains($0) }.trimmingCharacters(in: ["\"", "'", " "])
        return charset.isEmpty ? nil : charset
    }

    static func dechunk(_ body: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < body.count, let newline = body[index...].firstIndex(of: 0x0A) {
            let sizeLine = String(decoding: body[index..<newline], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeLine.trimmingCharacters(in: [" ", "\r"]), radix: 16) else { return body }
            index = newline + 1
            if size == 0 { break }
            let end = min(index + size, body.count)
            result.append(contentsOf: body[index..<end])
            index = end + 2
        }
        return result
    }

    static func inflate(_ data: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var input = data
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            repeat {
                let produced = chunk.withUnsafeMutableBufferPointer { out -> Int in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return out.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
            } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0) && output.count < 256 << 20
        }
        return status == Z_STREAM_END || status == Z_OK ? output : nil
    }
}

/// Reads a `.warc` or `.warc.gz` file record by record, in constant memory. Damage (a corrupt gzip
/// member, a truncated record, a malformed header) gives a `failure` entry and reading goes on where it
/// can.
public final class WARCReader: Sequence, IteratorProtocol {
    public enum Item: Sendable {
        case record(WARCRecord)
        case failure(String)
    }

    private let stream: ByteStream
    /// Records larger than this are skipped with a failure: a page is never that big.
    public static let maximumBlock = 64 << 20

    public init(path: String) throws {
        stream = try ByteStream(path: path)
    }

    public func next() -> Item? {
        if let failure = stream.takeFailures().first { return .failure(failure.description) }
        // Find the version line, skipping the blank lines between records.
        var line: [UInt8]?
        repeat { line = stream.readLine() } while line?.isEmpty == true
        guard let version = line else {
            return stream.takeFailures().first.map { .failure($0.description) }
        }
        guard version.starts(with: Array("WARC/".utf8)) else {
            // Out of step (after damage): read on to the next version line.
            while let candidate = stream.readLine() {
                if candidate.starts(with: Array("WARC/".utf8)) { return readRecord() }
            }
            return .failure("no WARC record where one was expected")
        }
        return readRecord()
    }

    private func readRecord() -> Item? {
        var headers: [String: String] = [:]
        while let line = stream.readLine(), !line.isEmpty {
            let text = String(decoding: line, as: UTF8.self)
            guard let colon = text.firstIndex(of: ":") else { continue }
            headers[text[..<colon].lowercased()] = text[text.index(after: colon)...].trimmingCharacters(in: [" ", "\t"])
        }
        guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
            return .failure("a WARC record without a valid Content-Length (\(headers["warc-record-id"] ?? "no id"))")
        }
        guard length <= Self.maximumBlock else {
            stream.skip(length)
            return .failure("WARC record \(headers["warc-record-id"] ?? "") is larger than \(Self.maximumBlock >> 20) MB: skipped")
        }
        let block = stream.read(length)
        guard block.count == length else {
            return .failure("WARC record \(headers["warc-record-id"] ?? "") is truncated")
        }
        return .record(WARCRecord(headers: headers, block: block))
    }
}
