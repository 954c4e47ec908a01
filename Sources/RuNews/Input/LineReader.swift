#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file or standard input line by line as bytes, holding at most one line (up to a limit) and
/// one chunk: a line over the limit is passed over without being kept.
public final class LineReader {
    public enum Line: Equatable {
        /// A line without its line feed.
        case line([UInt8])
        /// A line longer than the limit, with how many bytes it had; it was read past, not kept.
        case tooLong(Int)
    }

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var position = 0
    private var exhausted = false
    /// Bytes read before `buffer`'s first one: where a line starts in the input.
    private(set) var offset = 0
    private static let chunkSize = 1 << 20

    public struct OpenFailure: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot read \(path): \(reason)" }
    }

    /// `path` is a file, or "-" for standard input; a file is read from byte `start` on.
    public init(path: String, from start: Int = 0) throws(OpenFailure) {
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            return
        }
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw OpenFailure(path: path, reason: String(cString: strerror(errno))) }
        ownsDescriptor = true
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw OpenFailure(path: path, reason: "it is a folder")
        }
        if start > 0, lseek(descriptor, off_t(start), SEEK_SET) < 0 {
            close(descriptor)
            throw OpenFailure(path: path, reason: String(cString: strerror(errno)))
        }
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// Everything left, at once.
    public func readAll() -> [UInt8] {
        var all = Array(buffer[position...])
        buffer = []
        position = 0
        while refill() { all += buffer; buffer = [] }
        return all
    }

    /// The next line (its line feed dropped), nil at the end of the input. A line of more than
    /// `maximumLength` bytes is `.tooLong`: it is skipped to its end in chunks.
    public func next(maximumLength: Int = .max) -> Line? {
        var kept: [UInt8] = []
        var length = 0
        var tooLong = false
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                length += newline - position
                if !tooLong, length <= maximumLength { kept += buffer[position..<newline] } else { tooLong = true }
                position = newline + 1
                return tooLong ? .tooLong(length) : .line(kept)
            }
            length += buffer.count - position
            if !tooLong, length <= maximumLength { kept += buffer[position...] } else { tooLong = true; kept = [] }
            position = buffer.count
            if !refill() {
                guard length > 0 else { return nil }
                return tooLong ? .tooLong(length) : .line(kept)
            }
        }
    }

    /// The next chunk of the input in `buffer`; false at its end (or on a read error).
    private func refill() -> Bool {
        guard !exhausted else { return false }
        offset += buffer.count
        buffer = [UInt8](unsafeUninitializedCapacity: Self.chunkSize) { storage, count in
            var got = 0
            repeat { got = read(descriptor, storage.baseAddress, Self.chunkSize) } while got < 0 && errno == EINTR
            count = max(got, 0)
        }
        position = 0
        if buffer.isEmpty { exhausted = true }
        return !buffer.isEmpty
    }
}
