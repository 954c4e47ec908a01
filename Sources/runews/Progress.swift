import Foundation
import RuNews

/// Progress on standard error while a batch runs (only when it is a terminal): documents done of the
/// total when it is known, rate, elapsed and time left, errors; and a summary line at the end, also
/// when standard error is not a terminal, unless `--quiet`.
struct Progress {
    private let total: Int?
    private let quiet: Bool
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let start = ContinuousClock.now
    private var lastReport = ContinuousClock.now

    init(total: Int?, quiet: Bool) {
        self.total = total
        self.quiet = quiet
    }

    private var seconds: Double {
        let elapsed = start.duration(to: .now)
        return max(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, 1e-9)
    }

    mutating func update(_ summary: BatchSummary) {
        guard isTerminal, !quiet, lastReport.duration(to: .now) > .milliseconds(200) else { return }
        lastReport = .now
        let done = summary.lines
        let rate = Double(done) / seconds
        var line = "\r\u{1B}[K\(done)"
        if let total, total > 0 {
            line += " of \(total) documents (\(done * 100 / total) %)"
        } else {
            line += " documents"
        }
        line += ", \(String(format: "%.0f", rate)) docs/s, \(Self.clock(seconds)) elapsed"
        if let total, rate > 0, total > done { line += ", \(Self.clock(Double(total - done) / rate)) left" }
        let errors = summary.lines - summary.records
        if errors > 0 { line += ", \(errors) error\(errors == 1 ? "" : "s")" }
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish(_ summary: BatchSummary, skipped: Int, resumed: Int) {
        guard !quiet else { return }
        var line = isTerminal ? "\r\u{1B}[K" : ""
        line += "runews batch: \(summary)"
        if skipped > 0 { line += ", \(skipped) archive record\(skipped == 1 ? "" : "s") without a response skipped" }
        if resumed > 0 { line += ", \(resumed) lines kept from the earlier run" }
        line += String(format: ", %.1f s", seconds)
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// "1:05" or "2:03:07".
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }
}
