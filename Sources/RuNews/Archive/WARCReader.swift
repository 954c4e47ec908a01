import Foundation

/// Reads a `.warc` or `.warc.gz` file record by record, in memory bounded by the largest record.
///
/// Damage never reaches another record: a gzip member that does not inflate (or whose checksum
/// fails) is one `failure` under the id its header still shows, if any; a line over `maximumLine`
/// or a missing length is a failure for its record; reading goes on at the next member (gzip) or the
/// next line that starts a record (plain).
public final class WARCReader: Sequence, IteratorProtocol {
    public enum Item: Sendable {
        case record(WARCRecord)
        case failure(Failure)
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The record's WARC-Record-ID when its header could be read.
        public var id: String?
        public var kind: Record.Failure.Kind
        public var message: String
        public var description: String { message }
    }

    private let stream: ByteStream
    /// A version line read while looking for the next record, for `next()` to start from.
    private var pushedBack: [UInt8]?
    /// Records larger than this are passed over with a failure: a page is never that big.
    public static let maximumBlock = 64 << 20
    /// A WARC header line longer than this is no header line.
    public static let maximumLine = 64 << 10
    private static let version = Array("WARC/".utf8)

    public init(path: String) throws {
        stream = try ByteStream(path: path)
    }

    /// How many records (read or lost) the archive has given so far: the place of the last one.
    public private(set) var position = 0

    public func next() -> Item? {
        let item = nextItem()
        if item != nil { position += 1 }
        return item
    }

    private func nextItem() -> Item? {
        if let damage = stream.takeDamage() { return failure(damage) }
        // The version line, after the blank lines between records.
        var line: [UInt8] = pushedBack ?? []
        pushedBack = nil
        while line.isEmpty {
            switch stream.readLine(maximumLength: Self.maximumLine) {
            case nil:
                if let damage = stream.takeDamage() { return failure(damage) }
                return nil
            case .tooLong:
                return lost(id: nil, .limit, "a line longer than \(Self.maximumLine >> 10) KB where a WARC record should start")
            case .line(let read):
                line = read
            }
        }
        guard line.starts(with: Self.version) else {
            return lost(id: nil, .damaged, "no WARC record where one was expected")
        }
        return readRecord()
    }

    private func readRecord() -> Item {
        var headers: [String: String] = [:]
        while true {
            switch stream.readLine(maximumLength: Self.maximumLine) {
            case nil:
                if let damage = stream.takeDamage() { return failure(damage, id: headers["warc-record-id"]) }
                return .failure(Failure(id: headers["warc-record-id"].map(WARCRecord.unbracketed), kind: .damaged,
                                        message: "the archive ends inside a WARC header"))
            case .tooLong:
                return lost(id: headers["warc-record-id"], .limit, "a WARC header line is longer than \(Self.maximumLine >> 10) KB")
            case .line(let line):
                if line.isEmpty { return readBlock(headers: headers) }
                let text = String(decoding: line, as: UTF8.self)
                guard let colon = text.firstIndex(of: ":") else { continue }
                headers[text[..<colon].lowercased()] = text[text.index(after: colon)...].trimmingCharacters(in: [" ", "\t"])
            }
        }
    }

    private func readBlock(headers: [String: String]) -> Item {
        let id = headers["warc-record-id"]
        guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
            return lost(id: id, .damaged, "a WARC record without a valid Content-Length")
        }
        guard length <= Self.maximumBlock else {
            stream.skip(length)
            if let damage = stream.takeDamage() { return failure(damage, id: id) }
            return .failure(Failure(id: id.map(WARCRecord.unbracketed), kind: .limit,
                                    message: "the WARC record is larger than \(Self.maximumBlock >> 20) MB"))
        }
        let block = stream.read(length)
        guard block.count == length else {
            if let damage = stream.takeDamage() { return failure(damage, id: id) }
            return .failure(Failure(id: id.map(WARCRecord.unbracketed), kind: .damaged, message: "the WARC record is cut short"))
        }
        return .record(WARCRecord(headers: headers, block: block))
    }

    /// A record that went wrong before its end: reading goes on at the next member or record.
    private func lost(id: String?, _ kind: Record.Failure.Kind, _ message: String) -> Item {
        if stream.isGzip {
            stream.skipRestOfMember()
        } else {
            skipToNextVersionLine()
        }
        return .failure(Failure(id: id.map(WARCRecord.unbracketed), kind: kind, message: message))
    }

    /// Plain WARC: on to the line before the next "WARC/…" line, so that `next()` starts there.
    private func skipToNextVersionLine() {
        // Version lines follow a blank line; read lines until one that starts a record, which
        // `next()` must see again: remember it in a one-line pushback.
        while let line = stream.readLine(maximumLength: Self.maximumLine) {
            if case .line(let bytes) = line, bytes.starts(with: Self.version) {
                pushedBack = bytes
                return
            }
        }
    }

    /// A damaged gzip member, under the record id its inflated start still shows.
    private func failure(_ damage: ByteStream.Damage, id known: String? = nil) -> Item {
        let id = known ?? Self.recordID(in: damage.head)
        return .failure(Failure(id: id.map(WARCRecord.unbracketed), kind: .damaged, message: damage.description))
    }

    /// The WARC-Record-ID of a record header at the start of `bytes`, when the header is whole there.
    static func recordID(in bytes: [UInt8]) -> String? {
        guard bytes.starts(with: version), let end = bytes.firstRange(of: Array("\r\n\r\n".utf8))?.lowerBound else { return nil }
        let header = String(decoding: bytes[..<end], as: UTF8.self)
        for line in header.split(separator: "\r\n") where line.lowercased().hasPrefix("warc-record-id:") {
            return line.dropFirst("warc-record-id:".count).trimmingCharacters(in: [" ", "\t"])
        }
        return nil
    }
}
