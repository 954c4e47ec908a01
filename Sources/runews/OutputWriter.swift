import Foundation

/// Buffered writing of JSON lines to standard output or a file; a failed write is `Failure`, which
/// the command turns into exit status 2.
struct OutputWriter {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private static let flushThreshold = 1 << 16

    struct Failure: Error, CustomStringConvertible {
        let reason: String
        var description: String { "cannot write output: \(reason)" }
    }

    static var standardOutput: OutputWriter { OutputWriter(descriptor: STDOUT_FILENO) }

    /// A file, created or truncated, or appended to.
    init(path: String, appending: Bool) throws {
        let flags = O_WRONLY | O_CREAT | (appending ? O_APPEND : O_TRUNC)
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { throw Failure(reason: "\(path): \(String(cString: strerror(errno)))") }
        self.init(descriptor: descriptor)
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.flushThreshold * 2)
    }

    mutating func writeLine(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    mutating func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: String(cString: strerror(errno)))
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
