import Foundation
import CZlib

/// One record of a WARC file (1.0 or 1.1).
public struct WARCRecord: Sendable {
    /// Header names lowercased.
    public var headers: [String: String]
    public var block: [UInt8]

    public init(headers: [String: String], block: [UInt8]) {
        self.headers = headers
        self.block = block
    }

    public var type: String { headers["warc-type"] ?? "" }
    public var id: String { headers["warc-record-id"].map(Self.unbracketed) ?? "" }
    public var targetURI: String? { headers["warc-target-uri"].map(Self.unbracketed) }
    public var date: String? { headers["warc-date"] }

    static func unbracketed(_ value: String) -> String {
        value.trimmingCharacters(in: ["<", ">"])
    }

    /// An HTTP response as a `response` record carries it.
    public struct HTTPResponse: Sendable {
        public var status: Int
        /// Header names lowercased.
        public var headers: [String: String]
        /// De-chunked and inflated as the headers say.
        public var body: [UInt8]
    }

    public enum HTTPProblem: Error, Sendable, CustomStringConvertible {
        case noStatusLine
        case headTooLong
        case undecodableBody(String)

        public var description: String {
            switch self {
            case .noStatusLine: "the record does not start with an HTTP status line"
            case .headTooLong: "the HTTP head is longer than \(WARCRecord.maximumHeadBytes >> 10) KB"
            case .undecodableBody(let encoding): "the HTTP body's \(encoding) content encoding is damaged"
            }
        }
    }

    /// HTTP heads are a few kilobytes: one longer than this is not a head.
    static let maximumHeadBytes = 256 << 10

    /// The HTTP response the record carries; `bodyLimit` bounds how far a compressed body is inflated.
    public func httpResponse(bodyLimit: Int = .max) -> Result<HTTPResponse, HTTPProblem> {
        var index = 0
        var lines: [String] = []
        while index < block.count {
            guard index < Self.maximumHeadBytes else { return .failure(.headTooLong) }
            let newline = block[index...].prefix(Self.maximumHeadBytes).firstIndex(of: 0x0A) ?? block.count
            var line = block[index..<newline]
            if line.last == 0x0D { line = line.dropLast() }
            index = newline + 1
            if line.isEmpty { break }
            lines.append(String(decoding: line, as: UTF8.self))
        }
        guard let status = lines.first, status.hasPrefix("HTTP/") else { return .failure(.noStatusLine) }
        let code = status.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: [" ", "\t"])
        }
        var body = Array(block[min(index, block.count)...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true { body = Self.dechunk(body) }
        if let encoding = headers["content-encoding"]?.lowercased(), encoding.contains("gzip") || encoding.contains("deflate") {
            guard let inflated = Self.inflate(body, limit: bodyLimit) else { return .failure(.undecodableBody(encoding)) }
            body = inflated
        }
        return .success(HTTPResponse(status: code, headers: headers, body: body))
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
        while index < body.count, let newline = body[index...].prefix(1024).firstIndex(of: 0x0A) {
            let sizeLine = String(decoding: body[index..<newline], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeLine.trimmingCharacters(in: [" ", "\r"]), radix: 16), size >= 0 else { return body }
            index = newline + 1
            if size == 0 { break }
            let end = min(index + size, body.count)
            result += body[index..<end]
            index = end + 2
        }
        return result
    }

    /// `data` inflated (gzip or zlib), up to `limit` bytes; nil when it is damaged.
    static func inflate(_ data: [UInt8], limit: Int) -> [UInt8]? {
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
                output += chunk[0..<produced]
            } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0) && output.count < limit
        }
        return status == Z_STREAM_END || status == Z_OK ? output : nil
    }
}
