import Foundation

/// Reads a file or standard input line by line as raw bytes, without holding the whole input.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var exhausted = false
    private static let chunkSize = 1 << 20

    struct OpenFailure: Error, CustomStringConvertible {
        let path: String
        var description: String { "cannot read \(path)" }
    }

    init(path: String) throws {
        if path == "-" {
            handle = .standardInput
        } else if let file = FileHandle(forReadingAtPath: path) {
            handle = file
        } else {
            throw OpenFailure(path: path)
        }
    }

    /// Everything left, at once.
    func readAll() -> [UInt8] {
        var all = Array(buffer[position...])
        while !exhausted {
            let chunk = handle.readData(ofLength: Self.chunkSize)
            if chunk.isEmpty { exhausted = true } else { all.append(contentsOf: chunk) }
        }
        buffer = []
        position = 0
        return all
    }

    /// The next line without its line feed, or nil at the end of the input.
    func next() -> [UInt8]? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                let line = Array(buffer[position..<newline])
                position = newline + 1
                return line
            }
            if exhausted {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
            buffer.removeSubrange(0..<position)
            position = 0
            let chunk = handle.readData(ofLength: Self.chunkSize)
            if chunk.isEmpty { exhausted = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
