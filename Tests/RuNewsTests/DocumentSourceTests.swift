import Foundation
import Testing
@testable import RuNews

/// A file is read up to the size limit, its whole size counted, whatever its size against the limit.
@Suite struct DocumentSourceTests {
    func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("runews-source-\(UUID().uuidString).txt").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [0, 1, 3, 4, 5, 70_000, 200_000])
    func aFileIsReadUpToTheLimitAndItsSizeCounted(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 % 251) }
        let path = try file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for limit in [4, 65_536, 1 << 20] {
            let document = DocumentSource.file(at: path, maximumBytes: limit)
            #expect(document.bytes == Array(bytes.prefix(limit)))
            #expect(document.size == size)
            #expect(document.failure == nil)
        }
    }

    @Test func aFolderGivenAsAFileIsUnreadable() {
        let document = DocumentSource.file(at: FileManager.default.temporaryDirectory.path)
        #expect(document.failure?.kind == .unreadable)
    }
}
