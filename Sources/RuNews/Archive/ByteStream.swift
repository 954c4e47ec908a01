import CZlib
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read in chunks, inflated on the fly when it is gzip, with memory flat whatever its size.
///
/// A `.warc.gz` is one gzip member per record: each member is inflated whole (up to `memberLimit`)
/// and its checksum verified before any of its bytes are handed out, so a damaged member gives
/// nothing but a `Damage` — not a record of garbage, nor its bytes joined to the next record's.
/// Reading stops at a damaged member until `takeDamage()` hands it over; the stream then goes on at
/// the next member it finds. A member larger than the limit (a whole archive in one gzip stream) is
/// handed out as it is inflated.
/// The system's `read`, named apart from `ByteStream.read(_:)`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

final class ByteStream {
    struct Damage: Error, CustomStringConvertible {
        /// About where in the file the damage was found.
        let offset: Int
        let reason: String
        /// The first bytes the damaged member inflated to, where a record's id may still be read.
        let head: [UInt8]

        var description: String { "damaged gzip data near byte \(offset): \(reason)" }
    }

    enum Line {
        case line([UInt8])
        /// A line over the limit: read past to its end, not kept.
        case tooLong
    }

    struct OpenFailure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot read \(path): \(reason)" }
    }

    let isGzip: Bool
    private let descriptor: Int32
    private var stream = z_stream()
    private var streamOpen = false
    private var compressed: [UInt8] = []
    private var compressedStart = 0
    /// Bytes of the file read so far.
    private var fileOffset = 0
    private var fileEnded = false
    /// Inflated (or plain) bytes not consumed yet.
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    /// Whether the current member is over the limit and handed out as it is inflated.
    private var streamingMember = false
    /// Whether a member has begun and not ended.
    private var insideMember = false
    private var damage: Damage?
    private static let chunk = 1 << 20
    /// Members up to this size are verified before any of their bytes are handed out: far more than a
    /// page's record; a larger one (a whole archive in one gzip stream, a video) is handed out as it
    /// is inflated.
    static let memberLimit = 16 << 20

    init(path: String) throws(OpenFailure) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw OpenFailure(path: path, reason: String(cString: strerror(errno))) }
        var head: [UInt8] = [0, 0]
        let got = pread(descriptor, &head, 2, 0)
        isGzip = got == 2 && head == [0x1F, 0x8B]
    }

    deinit {
        if streamOpen { inflateEnd(&stream) }
        close(descriptor)
    }

    /// Whether all bytes have been consumed (false while a damage waits to be taken).
    var isAtEnd: Bool { bufferStart >= buffer.count && damage == nil && !fill() }

    /// Whether the next byte starts a gzip member: a record that starts there is one member.
    var isAtMemberStart: Bool { isGzip && bufferStart >= buffer.count && !insideMember }

    /// The damage that stopped reading, handed over once; reading then goes on at the next member.
    func takeDamage() -> Damage? {
        defer { damage = nil }
        return damage
    }

    /// The next line without its "\r\n" or "\n"; nil at the end or at a damage. A line of more than
    /// `maximumLength` bytes is read past, chunk by chunk, and is `.tooLong`.
    func readLine(maximumLength: Int) -> Line? {
        var line: [UInt8] = []
        var length = 0
        var sawAny = false
        while true {
            if bufferStart >= buffer.count, !fill() {
                guard sawAny else { return nil }
                return length > maximumLength ? .tooLong : .line(line)
            }
            sawAny = true
            if let newline = buffer[bufferStart...].firstIndex(of: 0x0A) {
                length += newline - bufferStart
                if length <= maximumLength { line += buffer[bufferStart..<newline] }
                bufferStart = newline + 1
                if length > maximumLength { return .tooLong }
                if line.last == 0x0D { line.removeLast() }
                return .line(line)
            }
            length += buffer.count - bufferStart
            if length <= maximumLength { line += buffer[bufferStart...] } else { line = [] }
            bufferStart = buffer.count
        }
    }

    /// Up to `count` bytes; fewer only at the end or at a damage.
    func read(_ count: Int) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(min(count, Self.chunk * 4))
        while result.count < count {
            if bufferStart >= buffer.count, !fill() { break }
            let take = min(count - result.count, buffer.count - bufferStart)
            result += buffer[bufferStart..<(bufferStart + take)]
            bufferStart += take
        }
        return result
    }

    /// Skips `count` bytes without keeping them.
    func skip(_ count: Int) {
        var left = count
        while left > 0 {
            if bufferStart >= buffer.count, !fill() { return }
            let take = min(left, buffer.count - bufferStart)
            bufferStart += take
            left -= take
        }
    }

    /// Drops the rest of the current gzip member: after a record that went wrong, reading goes on at
    /// the next one. (A plain file has no members: nothing happens.)
    func skipRestOfMember() {
        guard isGzip else { return }
        bufferStart = buffer.count
        while insideMember, damage == nil, fill() { bufferStart = buffer.count }
    }

    /// Refills `buffer`; false at the end of the file, or while a damage waits to be taken.
    private func fill() -> Bool {
        guard damage == nil else { return false }
        buffer.removeAll(keepingCapacity: true)
        bufferStart = 0
        if !isGzip {
            buffer = readChunk()
            return !buffer.isEmpty
        }
        return streamingMember ? inflateSome() : inflateMember()
    }

    private func readChunk() -> [UInt8] {
        guard !fileEnded else { return [] }
        let bytes = [UInt8](unsafeUninitializedCapacity: Self.chunk) { storage, count in
            var got = 0
            repeat { got = systemRead(descriptor, storage.baseAddress, Self.chunk) } while got < 0 && errno == EINTR
            count = max(got, 0)
        }
        fileOffset += bytes.count
        if bytes.isEmpty { fileEnded = true }
        return bytes
    }

    /// The next member inflated whole into `buffer`, or its first `memberLimit` bytes (the rest then
    /// follows as it is inflated); false at the end of the file or at a damage.
    private func inflateMember() -> Bool {
        var inflated: [UInt8] = []
        repeat {
            switch inflateStep(into: &inflated) {
            case .memberEnded:
                buffer = inflated
                return true
            case .needMore:
                continue
            case .fileEnded:
                if insideMember || !inflated.isEmpty {
                    insideMember = false
                    damage = Damage(offset: fileOffset, reason: "the file ends inside a gzip member", head: Array(inflated.prefix(1 << 16)))
                }
                return false
            case .failed(let reason):
                damage = Damage(offset: fileOffset - (compressed.count - compressedStart), reason: reason, head: Array(inflated.prefix(1 << 16)))
                resynchronize()
                return false
            }
        } while inflated.count < Self.memberLimit
        streamingMember = true
        buffer = inflated
        return true
    }

    /// The next piece of a member over the limit; at its end, the next member.
    private func inflateSome() -> Bool {
        var inflated: [UInt8] = []
        while inflated.isEmpty && streamingMember {
            switch inflateStep(into: &inflated) {
            case .memberEnded:
                streamingMember = false
            case .needMore:
                break
            case .fileEnded:
                streamingMember = false
                insideMember = false
                damage = Damage(offset: fileOffset, reason: "the file ends inside a gzip member", head: [])
            case .failed(let reason):
                streamingMember = false
                damage = Damage(offset: fileOffset, reason: reason, head: [])
                resynchronize()
            }
        }
        buffer = inflated
        return !inflated.isEmpty || (damage == nil && fill())
    }

    private enum Step {
        case memberEnded, needMore, fileEnded
        case failed(String)
    }

    /// One call of `inflate` over what is read of the file, its output appended to `output`.
    private func inflateStep(into output: inout [UInt8]) -> Step {
        if compressedStart >= compressed.count {
            compressed = readChunk()
            compressedStart = 0
            if compressed.isEmpty { return .fileEnded }
        }
        if !streamOpen {
            // 15 + 32: a gzip or zlib header, detected.
            guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                return .failed("inflateInit failed")
            }
            streamOpen = true
        }
        insideMember = true
        let available = compressed.count - compressedStart
        let start = output.count
        output.reserveCapacity(start + Self.chunk)
        var produced = 0, consumed = 0
        var status: Int32 = Z_OK
        output.append(contentsOf: repeatElement(0, count: Self.chunk))
        compressed.withUnsafeMutableBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = input.baseAddress! + compressedStart
                stream.avail_in = UInt32(available)
                stream.next_out = out.baseAddress! + start
                stream.avail_out = UInt32(Self.chunk)
                status = inflate(&stream, Z_NO_FLUSH)
                consumed = available - Int(stream.avail_in)
                produced = Self.chunk - Int(stream.avail_out)
            }
        }
        output.removeLast(Self.chunk - produced)
        compressedStart += consumed
        switch status {
        case Z_STREAM_END:
            inflateReset(&stream)
            insideMember = false
            return .memberEnded
        case Z_OK, Z_BUF_ERROR:
            return .needMore
        default:
            inflateReset(&stream)
            insideMember = false
            return .failed(stream.msg.map { String(cString: $0) } ?? "inflate error \(status)")
        }
    }

    /// Moves to the next gzip member header ("1F 8B 08") after the damaged one, reading on as needed.
    private func resynchronize() {
        var index = compressedStart + 1
        while true {
            while index + 2 < compressed.count {
                if compressed[index] == 0x1F, compressed[index + 1] == 0x8B, compressed[index + 2] == 0x08 {
                    compressedStart = index
                    return
                }
                index += 1
            }
            // Keep the last two bytes: a header may straddle two chunks.
            let tail = Array(compressed[max(0, min(index, compressed.count - 2))...])
            let more = readChunk()
            if more.isEmpty {
                compressed = []
                compressedStart = 0
                return
            }
            compressed = tail + more
            index = 0
        }
    }
}
