import Foundation

extension MorphAnalyzer {
    /// Where the OpenCorpora dictionary bundled with RuNews (`Resources/ru.morph`) is, if it is anywhere
    /// (`BundledResource`).
    public static var bundledDictionaryPath: String? {
        BundledResource.path(of: "ru.morph", bundle: "RuNews_RuNewsMorphology") { .module }
    }

    /// Loads the bundled OpenCorpora dictionary. Its checksum is not read through: the test suite checks the
    /// bundled file, and the three bundled files' checksums cost a one-text run 10 of its 40 ms (README). The
    /// format is still checked, and a damaged table never makes a read leave the file.
    public convenience init(keptWords: Int = defaultKeptWords) throws(MorphologyError) {
        guard let path = Self.bundledDictionaryPath else {
            throw .missing(path: "ru.morph in RuNews_RuNewsMorphology.resources, beside the executable or in the folder RUNEWS_RESOURCES names")
        }
        try self.init(path: path, verifyingChecksum: false, keptWords: keptWords)
    }

    /// One analyser per process: the file is mapped once and shared by every caller.
    public static let shared: Result<MorphAnalyzer, MorphologyError> = {
        do throws(MorphologyError) { return .success(try MorphAnalyzer()) } catch { return .failure(error) }
    }()
}
