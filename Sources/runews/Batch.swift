import ArgumentParser
import Dispatch
import Foundation
import RuNews

/// `runews batch`: many documents in, one JSON line each out, in input order whatever `--jobs`.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Records of files, folders and JSONL inputs, one line each, in input order.",
        discussion: """
            Inputs: files, folders (recursive), .jsonl files with {"id", "html"|"text", "url"?} a line, and - for \
            such JSONL on standard input. A document that fails gives an error line with its id; the run goes on.
            """
    )

    @OptionGroup var options: PipelineOptions

    @Option(help: "Documents processed at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "With --output: keep the complete lines already there and process only the documents after them.")
    var resume = false

    @Argument(help: "Files, folders, .jsonl files, or - for JSONL on standard input.")
    var inputs: [String] = []

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !resume || output != nil else { throw ValidationError("--resume needs --output") }
        guard !inputs.isEmpty else { throw ValidationError("give at least one input (- for standard input)") }
    }

    func run() throws {
        let pipeline = options.pipeline
        var skip = 0
        var writer: OutputWriter
        if let output {
            if resume { skip = try OutputWriter.keepCompleteLines(of: output) }
            writer = try OutputWriter(path: output, appending: resume)
        } else {
            writer = OutputWriter.standardOutput
        }
        var documents = DocumentSource(inputs: inputs)
        // Windows of documents, fixed in input order whatever --jobs, learn their sites' templates; each
        // window's documents run in parallel and their lines are written in order. A resumed run reads
        // again the start of the window it stopped in, so it learns the same templates.
        let window = TemplateLearner.window
        var read = 0
        while read < skip / window * window, documents.next() != nil { read += 1 }
        var progress = Progress()
        while true {
            var chunk: [Document] = []
            while chunk.count < window, let document = documents.next() { chunk.append(document) }
            if chunk.isEmpty { break }
            let written = max(0, skip - read)
            read += chunk.count
            progress.add(chunk.dropFirst(written))
            let documentsOfChunk = chunk
            let drafts = parallelMap(documentsOfChunk.count) { options.draft(of: documentsOfChunk[$0], using: pipeline) }
            let templates = TemplateLearner.templates(of: drafts)
            let lines = parallelMap(drafts.count - written) { pipeline.finish(drafts[written + $0], templates: templates[written + $0]).json }
            for line in lines { try writer.writeLine(line) }
            try writer.flush()
            progress.report()
        }
        try writer.flush()
        progress.finish()
    }

    /// `transform` of 0..<count on `jobs` threads, in order.
    func parallelMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let slots = ResultSlots<T>(count: count)
        let workers = min(jobs, max(count, 1))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: count, by: workers) { slots.store(transform(index), at: index) }
        }
        return slots.values
    }
}

/// Documents, megabytes per second and errors on standard error, only when it is a terminal.
struct Progress {
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let start = DispatchTime.now()
    private var documents = 0
    private var bytes = 0
    private var errors = 0

    mutating func add(_ chunk: ArraySlice<Document>) {
        documents += chunk.count
        bytes += chunk.reduce(0) { $0 + $1.bytes.count }
        errors += chunk.filter { $0.failure != nil }.count
    }

    private var line: String {
        let seconds = max(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, 1e-9)
        let megabytes = Double(bytes) / 1_048_576
        return "\(documents) documents, \(String(format: "%.1f", megabytes / seconds)) MB/s, "
            + "\(String(format: "%.0f", Double(documents) / seconds)) docs/s, \(errors) unreadable"
    }

    func report() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\(line)".utf8))
    }

    func finish() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\(line) in \(String(format: "%.1f", Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)) s\n".utf8))
    }
}

/// One slot per document of a window, filled from several threads, each slot by one of them.
private final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [T] { slots.map { $0! } }
}
