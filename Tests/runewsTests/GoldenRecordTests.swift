import Foundation
import Testing

/// Every page of `Fixtures/pages` gives, byte for byte, its record in `Fixtures/golden`
/// (`Scripts/regenerate-fixtures` rewrites them; a change there is a change of behaviour to review).
@Suite struct GoldenRecordTests {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var pages: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Fixtures/pages").path)) ?? []).sorted()
    }

    @Test(arguments: pages)
    func recordMatchesItsGoldenCopy(_ page: String) throws {
        let golden = try String(contentsOf: Self.root.appendingPathComponent("Fixtures/golden/\(page).json"), encoding: .utf8)
        // The golden records were written from the repository root, with relative paths.
        let process = Process()
        process.executableURL = Runews.executable
        process.arguments = ["extract", "--pretty", "Fixtures/pages/\(page)"]
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
