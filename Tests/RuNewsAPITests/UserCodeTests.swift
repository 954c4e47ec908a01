import Foundation
import RuNews
import Testing

/// Code as a package that depends on RuNews would write it: `import RuNews`, the public API only.
@Suite struct UserCodeTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Every line `runews batch` wrote for the fixtures decodes as a `Record` and encodes back to the
    /// same bytes: error lines, duplicates and all.
    @Test(arguments: ["archive.warc.gz.jsonl", "documents.jsonl.jsonl"])
    func ourJSONLinesDecodeAndEncodeBackByteForByte(_ name: String) throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("golden/\(name)"))
        let lines = data.split(separator: 0x0A)
        #expect(lines.count >= 4)
        for line in lines {
            let record = try JSONDecoder().decode(Record.self, from: Data(line))
            #expect(String(decoding: record.json, as: UTF8.self) == String(decoding: line, as: UTF8.self))
        }
    }

    /// The pretty golden records decode too, and encode to the same JSON.
    @Test func everyGoldenRecordRoundTrips() throws {
        let golden = Self.fixtures.appendingPathComponent("golden")
        let names = try FileManager.default.contentsOfDirectory(atPath: golden.path).filter { $0.hasSuffix(".json") }
        #expect(names.count >= 15)
        for name in names {
            let data = try Data(contentsOf: golden.appendingPathComponent(name))
            let record = try JSONDecoder().decode(Record.self, from: data)
            let written = try JSONSerialization.jsonObject(with: Data(record.json)) as? NSDictionary
            let read = try JSONSerialization.jsonObject(with: data) as? NSDictionary
            #expect(written == read, "\(name)")
        }
    }

    @Test func recordsStreamFromAFolder() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runews-user-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["seed.txt", "library.utf-8.html", "bcm.ru.html"] {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("pages/\(name)"), to: folder.appendingPathComponent(name))
        }
        var records: [Record] = []
        for await record in RecordStream(DocumentSource([folder.path])) { records.append(record) }
        #expect(records.map(\.id) == ["bcm.ru", "library.utf-8", "seed"])
        #expect(records.allSatisfy { $0.failure == nil && !$0.text.isEmpty })
        #expect(records[1].people.contains { $0.name == "Владимир Владимиров" })
    }

    @Test func recordsStreamFromAJSONLFileOneForEachLine() async throws {
        let path = Self.fixtures.appendingPathComponent("pages/documents.jsonl").path
        var records: [Record] = []
        for await record in RecordStream(DocumentSource(jsonLines: path)) { records.append(record) }
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(records.count == lines.count)
        #expect(records.map(\.id).prefix(2) == ["relative-dateline", "page-with-url"])
        #expect(records.suffix(2).map(\.failure?.kind) == [.invalidInput, .invalidInput])
        // Written as runews batch writes them (which named the file by a relative path in its error lines).
        let batch = try String(contentsOf: Self.fixtures.appendingPathComponent("golden/documents.jsonl.jsonl"), encoding: .utf8)
        #expect(records.prefix(2).map { String(decoding: $0.json, as: UTF8.self) } == Array(batch.split(separator: "\n").prefix(2).map(String.init)))
    }
}
