import CZlib
import Foundation

/// A file read in chunks, inflated on the fly when it is gzip: one member per record or one stream,
/// with `inflateReset` between members. Memory stays flat whatever the file's size.
final class ByteStream {
    enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case corrupt(offset: Int, reason: String)

        var description: String {
            switch self {
            case .unreadable(let path): "cannot read \(path)"
            case .corrupt(let offset, let reason): "corrupt gzip data near byte \(offset): \(reason)"
            }
        }
    }

    private let handle: FileHandle
    private let isGzip: Bool
    private var stream = z_stream()
    private var streamOpen = false
    private var compressed: [UInt8] = []
    private var compressedOffset = 0
    private var fileOffset = 0
    private var fileEnded = false
    /// Inflated (or plain) bytes not consumed yet.
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    private static let chunk = 1 << 20

    /// A damaged gzip member ends its record; the stream resumes at the next member it finds.
    private(set) var failures: [Failure] = []

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Failure.unreadable(path) }
        self.handle = handle
        let head = handle.readData(ofLength: 2)
        isGzip = head.count == 2 && head[head.startIndex] == 0x1F && head[head.startIndex + 1] == 0x8B
        try? handle.seek(toOffset: 0)
    }

    deinit {
        if streamOpen { inflateEnd(&stream) }
        try? handle.close()
    }

    /// Whether all bytes have been consumed.
    var isAtEnd: Bool {
        if bufferStart < buffer.count { return false }
        return !fill()
    }

    /// The next line without its "\r\n" or "\n", nil at the end.
    func readLine() -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if bufferStart >= buffer.count, !fill() { return line.isEmpty ? nil : line }
            if let newline = buffer[bufferStart...].firstIndex(of: 0x0A) {
                line.append(contentsOf: buffer[bufferStart..<newline])
                bufferStart = newline + 1
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            line.append(contentsOf: buffer[bufferStart...])
            bufferStart = buffer.count
        }
    }

    /// Up to `count` bytes; fewer only at the end.
    func read(_ count: Int) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(min(count, 64 << 20))
        while result.count < count {
            if bufferStart >= buffer.count, !fill() { break }
            let take = min(count - result.count, buffer.count - bufferStart)
            result.append(contentsOf: buffer[bufferStart..<(bufferStart + take)])
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

    /// Refills `buffer`; false at the end of the file.
    private func fill() -> Bool {
        buffer.removeAll(keepingCapacity: true)
        bufferStart = 0
        if !isGzip {
            let data = handle.readData(ofLength: Self.chunk)
            fileOffset += data.count
            buffer.append(contentsOf: data)
            return !buffer.isEmpty
        }
        while buffer.isEmpty {
            if compressedOffset >= compressed.count {
                if fileEnded { return false }
                let data = handle.readData(ofLength: Self.chunk)
                fileOffset += data.count
                if data.isEmpty { fileEnded = true; return false }
                compressed = [UInt8](data)
                compressedOffset = 0
            }
            inflateSome()
        }
        return true
    }

    private func inflateSome() {
        if !streamOpen {
            stream = z_stream()
            // 15 + 32: a gzip or zlib header, detected.
            guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                failures.append(.corrupt(offset: fileOffset, reason: "inflateInit failed"))
                compressedOffset = compressed.count
                return
            }
            streamOpen = true
        }
        var output = [UInt8](repeating: 0, count: Self.chunk)
        let available = compressed.count - compressedOffset
        let (status, consumed, produced) = compressed.withUnsafeMutableBufferPointer { input -> (Int32, Int, Int) in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = input.baseAddress! + compressedOffset
                stream.avail_in = UInt32(available)
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(out.count)
                let status = inflate(&stream, Z_NO_FLUSH)
                return (status, available - Int(stream.avail_in), out.count - Int(stream.avail_out))
            }
        }
        compressedOffset += consumed
        buffer.append(contentsOf: output[0..<produced])
        switch status {
        case Z_STREAM_END:
            inflateReset(&stream)  // the next member, if any
        case Z_OK, Z_BUF_ERROR:
            break
        default:
            // A damaged member: drop it and look for the next gzip header.
            failures.append(.corrupt(offset: fileOffset - (compressed.count - compressedOffset), reason: "inflate error \(status)"))
            inflateReset(&stream)
            resynchronize()
        }
    }

    /// Moves to the next "1F 8B 08" in the compressed input.
    private func resynchronize() {
        var index = compressedOffset + 1
        while index + 2 < compressed.count {
            if compressed[index] == 0x1F, compressed[index + 1] == 0x8B, compressed[index + 2] == 0x08 {
                compressedOffset = index
                return
            }
            index += 1
        }
        compressedOffset = compressed.count
    }

    /// Failures not reported yet, handed over once.
    func takeFailures() -> [Failure] {
        defer { failures.removeAll() }
        return failures
    }
}
