import Foundation

extension MorphAnalyzer {
    /// The OpenCorpora dictionary bundled with RuNews (`Resources/ru.morph`).
    public convenience init() throws(MorphologyError) {
        guard let url = Bundle.module.url(forResource: "ru", withExtension: "morph") else {
            throw .missing(path: "ru.morph in the RuNewsMorphology bundle")
        }
        try self.init(path: url.path)
    }

    /// One analyser per process: the file is mapped once and shared by every caller.
    public static let shared: Result<MorphAnalyzer, MorphologyError> = {
        do throws(MorphologyError) { return .success(try MorphAnalyzer()) } catch { return .failure(error) }
    }()
}
