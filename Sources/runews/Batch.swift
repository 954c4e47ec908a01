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
        while skip > 0, documents.next() != nil { skip -= 1 }
        // Chunks of documents run in parallel; their lines are written in order.
        let chunkSize = max(jobs * 8, 1)
        var progress = Progress()
        while true {
            var chunk: [Document] = []
            while chunk.count < chunkSize, let document = documents.next() { chunk.append(document) }
            if chunk.isEmpty { break }
            progress.add(chunk)
            let documentsOfChunk = chunk
            let results = ResultSlots(count: chunk.count)
            DispatchQueue.concurrentPerform(iterations: jobs == 1 ? 1 : documentsOfChunk.count) { index in
                if jobs == 1 {
                    for (offset, document) in documentsOfChunk.enumerated() {
                        results.store(options.record(of: document, using: pipeline).json, at: offset)
                    }
                } else {
                    results.store(options.record(of: documentsOfChunk[index], using: pipeline).json, at: index)
                }
            }
            for line in results.lines { try writer.writeLine(line) }
            try writer.flush()
            progress.report()
        }
        try writer.flush()
        progress.finish()
    }
}

/// Documents, megabytes per second and errors on standard error, only when it is a terminal.
struct Progress {
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let start = DispatchTime.now()
    private var documents = 0
    private var bytes = 0
    private var errors = 0

    mutating func add(_ chunk: [Document]) {
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

/// One slot per document of a chunk, filled from several threads, each slot by one of them.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [[UInt8]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func store(_ line: [UInt8], at index: Int) {
        lock.lock()
        slots[index] = line
        lock.unlock()
    }

    var lines: [[UInt8]] { slots }
}
