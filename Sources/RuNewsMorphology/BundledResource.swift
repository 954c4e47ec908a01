import Foundation

/// Where one of RuNews's data files is (`ru.morph`, `ru.tagger`, `ru.neural`), found without trapping.
///
/// SwiftPM's `Bundle.module` stops the process when its bundle is neither beside the executable nor where
/// the build left it: a `runews` copied to another machine without its `RuNews_*.resources` folders would
/// crash, where RuNews means to write records that say what is missing. So the file is looked for where an
/// installation keeps it first — in the folder `RUNEWS_RESOURCES` names, then beside the executable, each
/// either in its bundle's folder or loose — and `Bundle.module` is asked only while a build folder of the
/// package (`.build`) is there to hold its bundle.
public enum BundledResource {
    /// The environment variable that names a folder holding the resource bundles or the files themselves.
    public static let folderVariable = "RUNEWS_RESOURCES"

    /// The path of `file` of the SwiftPM resource bundle `bundle` ("RuNews_RuNewsMorphology"); nil when it is
    /// nowhere. `module` is the target's `Bundle.module`; `sourceFile` locates the package's build folder.
    public static func path(of file: String, bundle: String, sourceFile: String = #filePath, module: () -> Bundle) -> String? {
        let files = FileManager.default
        var folders = [Bundle.main.bundleURL.path]
        if let named = ProcessInfo.processInfo.environment[folderVariable], !named.isEmpty { folders.insert(named, at: 0) }
        for folder in folders {
            for candidate in ["\(folder)/\(bundle).resources/\(file)", "\(folder)/\(file)"] where files.fileExists(atPath: candidate) {
                return candidate
            }
        }
        guard hasBuildFolder(around: sourceFile) else { return nil }
        return module().url(forResource: file, withExtension: nil)?.path
    }

    /// Whether a folder above the source file is, or holds, a `.build` folder: the package's own build, or
    /// the build of a package that depends on RuNews (its checkout lies inside that build folder).
    static func hasBuildFolder(around sourceFile: String) -> Bool {
        var folder = URL(fileURLWithPath: sourceFile).deletingLastPathComponent()
        while folder.path != "/" {
            if folder.lastPathComponent == ".build" || FileManager.default.fileExists(atPath: folder.appendingPathComponent(".build").path) {
                return true
            }
            folder.deleteLastPathComponent()
        }
        return false
    }
}
