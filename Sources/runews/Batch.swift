import ArgumentParser
import Foundation
import RuNews

/// `runews batch`: many documents in, one JSON line each out, in input order whatever `--jobs`.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Records of files, folders, JSONL and WARC inputs, one line each, in input order.",
        discussion: """
            Inputs: files, folders (recursive), .jsonl files with {"id", "html"|"text", "url"?, "fetched"?} a line, \
            .warc and .warc.gz archives, and - for such JSONL on standard input. A document that cannot be read \
            gives an error line with its id; the run goes on. A summary goes to standard error at the end.
            """
    )

    @OptionGroup var options: PipelineOptions

    @Option(help: "Documents processed at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "With --output: keep the complete lines already there and process only the documents after them.")
    var resume = false

    @Flag(help: "No progress and no summary on standard error.")
    var quiet = false

    @Argument(help: "Files, folders, .jsonl and .warc(.gz) files, or - for JSONL on standard input.")
    var inputs: [String] = []

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !resume || output != nil else { throw ValidationError("--resume needs --output") }
        guard !inputs.isEmpty else { throw ValidationError("give at least one input (- for standard input)") }
    }

    func run() throws {
        let pipeline = options.pipeline
        var writer: OutputWriter
        var resumed: ResumePoint?
        if let output {
            if resume { resumed = try ResumePoint(of: output) }
            writer = try OutputWriter(path: output, appending: resume)
        } else {
            writer = OutputWriter.standardOutput
        }
        let source = DocumentSource(inputs, maximumBytes: pipeline.options.maximumBytes)
        var engine = BatchEngine(documents: source, pipeline: pipeline, jobs: jobs,
                                 resuming: resumed?.recent ?? [], writtenCount: resumed?.count ?? 0)
        var progress = Progress(total: source.count.map { $0 - (resumed?.count ?? 0) }, quiet: quiet)
        do {
            while let records = try engine.nextWindow() {
                for record in records { try writer.writeLine(record.json) }
                try writer.flush()
                progress.update(engine.summary)
            }
        } catch let mismatch as BatchEngine<DocumentSource>.ResumeMismatch {
            throw ResumeFailure(reason: mismatch.description)
        }
        try writer.flush()
        progress.finish(engine.summary, skipped: engine.documents.skipped, resumed: resumed?.count ?? 0)
    }
}

/// A resume that cannot go on: exit status 2, as for output that cannot be written.
struct ResumeFailure: Error, CustomStringConvertible {
    let reason: String
    var description: String { "cannot resume: \(reason)" }
}
