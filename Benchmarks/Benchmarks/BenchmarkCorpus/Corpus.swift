import Foundation

/// The texts benchmarks run over: every `.txt` file in `$RUNEWS_BENCH_TEXTS` (one document each), else
/// the bundled fixtures. The README's figures come from the factRuEval-2016 dev texts (122 articles).
public enum Corpus {
    public static let texts: [String] = {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/pages")
        let folder = ProcessInfo.processInfo.environment["RUNEWS_BENCH_TEXTS"].map(URL.init(fileURLWithPath:)) ?? fixtures
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        let texts = files.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        precondition(!texts.isEmpty, "no .txt files in \(folder.path)")
        return texts
    }()

    /// The running words of the texts.
    public static var words: [String] {
        texts.joined(separator: "\n").split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
    }
}
