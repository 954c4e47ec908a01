import Foundation

/// Where the html5lib conformance suite lies: beside the repository, in `shared/eval/html5lib-tests`,
/// as CI and every session have it.
enum HTML5LibTests {
    static func folder(_ part: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/eval/html5lib-tests").appendingPathComponent(part)
    }

    static func isPresent(_ part: String) -> Bool { FileManager.default.fileExists(atPath: folder(part).path) }
}
