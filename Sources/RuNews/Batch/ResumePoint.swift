#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a killed batch left its output file: the complete lines it holds (a partly written last line
/// is cut off) and, of the last ones, what the duplicates finder must remember. Read in one pass of
/// chunks, so a large output costs no more memory than its last lines.
public struct ResumePoint: Sendable {
    /// How many complete lines (records and error lines) the file holds.
    public let count: Int
    /// The id and text of each of the last records (text nil for error lines), oldest first.
    public let recent: [(id: String, text: String?)]

    public struct Failure: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { "cannot resume: \(reason)" }
    }

    /// The resume point of the file at `path`, after cutting a partly written last line off it.
    /// A missing file is an empty output.
    public init(of path: String) throws(Failure) {
        let descriptor = open(path, O_RDWR)
        guard descriptor >= 0 else {
            if errno == ENOENT { count = 0; recent = []; return }
            throw Failure(reason: "\(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        // Count the lines and keep where each of the last `capacity` starts.
        let capacity = DuplicateFinder.capacity
        var starts = [Int](repeating: 0, count: capacity)
        var lines = 0, offset = 0, lastNewline = -1
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 { if errno == EINTR { continue }; throw Failure(reason: "\(path): \(String(cString: strerror(errno)))") }
            if got == 0 { break }
            for index in 0..<got where chunk[index] == 0x0A {
                starts[lines % capacity] = lastNewline + 1
                lines += 1
                lastNewline = offset + index
            }
            offset += got
        }
        let complete = lastNewline + 1
        if complete < offset, ftruncate(descriptor, off_t(complete)) != 0 {
            throw Failure(reason: "\(path): \(String(cString: strerror(errno)))")
        }
        count = lines
        // Read the last lines again and take their ids and texts.
        let kept = min(lines, capacity)
        let first = kept == 0 ? complete : starts[(lines - kept) % capacity]
        var recent: [(id: String, text: String?)] = []
        recent.reserveCapacity(kept)
        do {
            let reader = try LineReader(path: path, from: first)
            while recent.count < kept, case .line(let line)? = reader.next() {
                let parsed = try? InputLine(parsing: line)
                recent.append((parsed?.id ?? "", parsed?.text.map { String(decoding: $0, as: UTF8.self) }))
            }
        } catch {
            throw Failure(reason: error.description)
        }
        self.recent = recent
    }
}
