import Foundation
import Testing
@testable import RuNewsMorphology

/// Data files are found where an installation keeps them, and a missing one is nil, not a trap.
@Suite(.serialized) struct BundledResourceTests {
    /// With no build folder around the source, SwiftPM's bundle (which traps when it is missing) is not asked.
    @Test func aFileThatIsNowhereIsNilAndTheBuildsBundleIsNotAsked() {
        var asked = false
        let path = BundledResource.path(of: "ru.morph", bundle: "Nowhere", sourceFile: "/nonexistent/Sources/X/File.swift") {
            asked = true
            return .main
        }
        #expect(path == nil)
        #expect(!asked)
    }

    /// The folder `RUNEWS_RESOURCES` names comes first, holding the bundle's folder or the file itself.
    @Test func theNamedFolderHoldsTheBundleOrTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runews-resources-\(getpid())")
        let bundled = folder.appendingPathComponent("Fake.resources")
        try FileManager.default.createDirectory(at: bundled, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: bundled.appendingPathComponent("a.bin"))
        try Data("y".utf8).write(to: folder.appendingPathComponent("b.bin"))
        setenv(BundledResource.folderVariable, folder.path, 1)
        defer { unsetenv(BundledResource.folderVariable) }
        let none = "/nonexistent/File.swift"
        #expect(BundledResource.path(of: "a.bin", bundle: "Fake", sourceFile: none) { .main } == bundled.appendingPathComponent("a.bin").path)
        #expect(BundledResource.path(of: "b.bin", bundle: "Fake", sourceFile: none) { .main } == folder.appendingPathComponent("b.bin").path)
    }

    /// The package's own build folder lets the build's bundle be asked.
    @Test func theBundledDictionaryIsFound() {
        #expect(BundledResource.hasBuildFolder(around: #filePath))
        #expect(MorphAnalyzer.bundledDictionaryPath != nil)
    }
}
