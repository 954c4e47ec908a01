/// A text normalised, tokenised and split into sentences: the text layer in one value.
public struct Segmentation: Sendable {
    public let text: NormalizedText
    public let tokens: [Token]
    public let sentences: [Sentence]

    public init(text: NormalizedText, tokenizer: Tokenizer = Tokenizer(), splitter: SentenceSplitter = SentenceSplitter()) {
        self.text = text
        self.tokens = tokenizer.tokenize(text)
        self.sentences = splitter.split(text, tokens: tokens)
    }

    public init(_ string: String, normalizer: Normalizer = Normalizer()) {
        self.init(text: normalizer.normalize(string))
    }

    /// How token boundaries are drawn when they leave the library.
    public enum TokenStyle: String, Sendable, CaseIterable {
        /// One token per unit: "т.е.", "В.", "1 500" whole.
        case units
        /// The convention of OpenCorpora, SynTagRus and razdel: periods of abbreviations and initials
        /// are tokens of their own ("т", ".", "е", "."), and so is each digit group of "1 500".
        case openCorpora
    }

    /// Token ranges in scalar offsets of the source text.
    public func sourceTokenRanges(style: TokenStyle = .units) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(tokens.count)
        for token in tokens {
            switch (style, token.kind) {
            case (.openCorpora, .abbreviation), (.openCorpora, .initial):
                appendParts(of: token, separatedBy: { $0 == "." }, keepingSeparators: true, to: &ranges)
            case (.openCorpora, .number):
                appendParts(of: token, separatedBy: { $0 == " " }, keepingSeparators: false, to: &ranges)
            default:
                ranges.append(text.sourceRange(of: token.range))
            }
        }
        return ranges
    }

    /// Sentence ranges in scalar offsets of the source text.
    public func sourceSentenceRanges() -> [Range<Int>] {
        sentences.map { text.sourceRange(of: $0.range) }
    }

    private func appendParts(of token: Token, separatedBy isSeparator: (Unicode.Scalar) -> Bool,
                             keepingSeparators: Bool, to ranges: inout [Range<Int>]) {
        var partStart = Int(token.start)
        for index in token.range where isSeparator(text.scalars[index]) {
            if partStart < index { ranges.append(text.sourceRange(of: partStart..<index)) }
            if keepingSeparators { ranges.append(text.sourceRange(of: index..<(index + 1))) }
            partStart = index + 1
        }
        if partStart < Int(token.end) { ranges.append(text.sourceRange(of: partStart..<Int(token.end))) }
    }
}

extension Segmentation {
    /// Whether a line break stands before token `index`: between it and the token before, or the text's
    /// start or end there (`index` 0 or `count`). Expressions and names never run across one.
    public func hasLineBreak(before index: Int) -> Bool {
        guard index > 0, index < tokens.count else { return true }
        return text.scalars[Int(tokens[index - 1].end)..<Int(tokens[index].start)].contains("\n")
    }
}
