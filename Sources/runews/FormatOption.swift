import ArgumentParser
import RuNews

/// `--format auto|html|text`.
enum FormatOption: String, ExpressibleByArgument, CaseIterable {
    case auto, html, text

    /// The format every document is read as; nil for auto (as its container says, else by its bytes).
    var forced: Record.Format? {
        switch self {
        case .auto: nil
        case .html: .html
        case .text: .text
        }
    }
}

/// Options every document command shares.
struct PipelineOptions: ParsableArguments {
    @Option(help: "auto (by extension, else by content), html or text.")
    var format: FormatOption = .auto

    @Flag(help: "Plain text taken verbatim as the body: no boilerplate stripping; offsets point into the input.")
    var raw = false

    @Option(help: "Resolve year-less and relative dates against this day (YYYY-MM-DD) when the page gives none.")
    var referenceDate: String?

    @Option(help: "The work a document may cost, in steps (bytes, nodes, words); past it, no entities. Deterministic.")
    var workLimit: Int = WorkBudget.defaultLimit

    @Option(help: "Seconds a document's own reading may take before it gets no entities (off: records then depend on the machine).")
    var timeLimit: Double?

    func validate() throws {
        if let referenceDate, CalendarDate(iso: referenceDate) == nil {
            throw ValidationError("--reference-date must be a day as YYYY-MM-DD, not \(referenceDate)")
        }
        guard workLimit > 0 else { throw ValidationError("--work-limit must be positive") }
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be a positive number of seconds") }
    }

    var pipeline: Pipeline {
        Pipeline(options: Pipeline.Options(raw: raw, referenceDate: referenceDate.flatMap { CalendarDate(iso: $0) },
                                           format: format.forced, workLimit: workLimit,
                                           timeLimit: timeLimit.map { .milliseconds(Int64($0 * 1000)) }))
    }
}
