import ArgumentParser
import Foundation
import RuNews

/// `runews segment`: JSONL `{"id", "text"}` in, JSONL `{"id", "tokens", "sentences"}` out, offsets in
/// Unicode scalars of the input text.
struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tokens and sentences of each text, as scalar offsets into it.",
        discussion: """
            Reads JSON lines {"id": …, "text": …} and writes {"id", "tokens": [[start, end], …], \
            "sentences": [[start, end], …]} for each, in order. Offsets are Unicode scalar offsets into the \
            input text. By default tokens follow the OpenCorpora convention (periods of abbreviations and \
            initials, digit groups of "1 500" are tokens of their own); --units keeps them whole.
            """
    )

    @Argument(help: "A JSONL file, or - for standard input.")
    var input = "-"

    @Flag(help: "Whole units as tokens: \"т.е.\", \"В.\", \"1 500\".")
    var units = false

    @Flag(help: "Read plain text and print one sentence a line, tokens separated by \" | \" (for people).")
    var plain = false

    func run() throws {
        var writer = OutputWriter.standardOutput
        let style: Segmentation.TokenStyle = units ? .units : .openCorpora
        if plain {
            let document = input == "-" ? Document(id: "stdin", bytes: try LineReader(path: "-").readAll())
                : DocumentSource.file(at: input, maximumBytes: .max)
            if let failure = document.failure { throw UnreadableInput(reason: failure.message) }
            try printPlain(document.bytes, style: style, to: &writer)
            return
        }
        if input != "-" {
            do { _ = try LineReader(path: input) } catch { throw UnreadableInput(reason: error.description) }
        }
        // Every input line gives a line, in order: a line that is not {"id", "text"} an error line.
        for document in DocumentSource(jsonLines: input, maximumBytes: .max) {
            var json = JSONOutput()
            json.object { json in
                json.key("id"); json.string(document.id)
                if let failure = document.failure {
                    json.key("error")
                    json.object { json in
                        json.key("kind"); json.string(failure.kind.rawValue)
                        json.key("message"); json.string(failure.message)
                    }
                } else {
                    let segmentation = Segmentation(String(decoding: document.bytes, as: UTF8.self))
                    json.key("tokens"); json.ranges(segmentation.sourceTokenRanges(style: style))
                    json.key("sentences"); json.ranges(segmentation.sourceSentenceRanges())
                }
            }
            try writer.writeLine(json.bytes)
        }
        try writer.flush()
    }

    private func printPlain(_ bytes: [UInt8], style: Segmentation.TokenStyle, to writer: inout OutputWriter) throws {
        let segmentation = Segmentation(text: Normalizer().normalize(utf8: bytes))
        let source = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        let tokens = segmentation.sourceTokenRanges(style: style)
        var next = 0
        for sentence in segmentation.sourceSentenceRanges() {
            var words: [String] = []
            while next < tokens.count && tokens[next].lowerBound < sentence.upperBound {
                words.append(String(String.UnicodeScalarView(source[tokens[next]])))
                next += 1
            }
            try writer.writeLine(Array(words.joined(separator: " | ").utf8))
        }
        try writer.flush()
    }
}
