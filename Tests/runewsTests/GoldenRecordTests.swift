import Foundation
import Testing

/// Every page of `Fixtures/pages` gives, byte for byte, its record in `Fixtures/golden`
/// (`Scripts/regenerate-fixtures` rewrites them; a change there is a change of behaviour to review).
@Suite struct GoldenRecordTests {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The inputs, which must be there: a suite over no fixtures would pass while testing nothing.
    static var pages: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Fixtures/pages").path)) ?? []).sorted()
    }

    /// What `Scripts/regenerate-fixtures` runs for an input, and the golden file it writes.
    static func command(for page: String) -> (arguments: [String], golden: String) {
        let isStream = [".warc.gz", ".warc", ".jsonl"].contains { page.hasSuffix($0) }
        return isStream ? (["batch", "--quiet", "Fixtures/pages/\(page)"], "\(page).jsonl")
                        : (["extract", "--pretty", "Fixtures/pages/\(page)"], "\(page).json")
    }

    @Test func theFixtureSetIsThere() throws {
        let golden = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Fixtures/golden").path)
        #expect(Self.pages.count >= 20)
        #expect(Set(golden) == Set(Self.pages.map { Self.command(for: $0).golden }), "each input has one golden record file, and no other is there")
    }

    @Test(arguments: pages)
    func recordMatchesItsGoldenCopy(_ page: String) throws {
        let (arguments, goldenName) = Self.command(for: page)
        let golden = try String(contentsOf: Self.root.appendingPathComponent("Fixtures/golden/\(goldenName)"), encoding: .utf8)
        // The golden records were written from the repository root, with relative paths.
        let process = Process()
        process.executableURL = Runews.executable
        process.arguments = arguments
        process.currentDirectoryURL = Self.root
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self) == golden, "\(page): regenerate with Scripts/regenerate-fixtures if the change is meant")
    }

    @Test func theThreeCharsetsOfOnePageGiveOneRecord() throws {
        func record(_ name: String) throws -> [String: Any] {
            let data = try Data(contentsOf: Self.root.appendingPathComponent("Fixtures/golden/\(name).json"))
            var record = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
            record["id"] = nil
            record["source"] = nil
            return record
        }
        let utf8 = try record("library.utf-8.html"), windows1251 = try record("library.windows-1251.html")
        #expect(NSDictionary(dictionary: utf8).isEqual(to: windows1251))
        let koi8 = try record("library.koi8-r.html")
        #expect(koi8["title"] as? String == utf8["title"] as? String)
        #expect(koi8["published"] as? String == utf8["published"] as? String)
        #expect((koi8["people"] as? [[String: Any]])?.count == 3)
    }
}
