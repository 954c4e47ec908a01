import RuNewsText

/// One expression found: token range, kind and value.
struct DateMatch {
    var end: Int  // token index after the last token
    var kind: DateMention.Kind
    var value: String?
}

/// A pattern: the expression of its kind starting at a token, or nil. The patterns live in
/// `DateScanner+Days`, `+Periods`, `+Clock`, `+Relative` and `+Ranges`, their words in `DateVocabulary`.
typealias DatePattern = @Sendable (DateScanner, Int) -> DateMatch?

/// The scan over one text's tokens: at each token the longest expression any pattern reads (the earlier
/// pattern of a table on a tie), then on after it.
struct DateScanner {
    let segmentation: Segmentation
    let text: NormalizedText
    let tokens: [Token]
    /// Folded token texts, compared by bytes.
    let words: [Word]
    let reference: CalendarDate?
    /// Whether an expression may start at each token (`mayStart`), told once: the patterns ask it again
    /// of the token after a preposition, and most tokens after one are no date.
    private var startable: [Bool] = []

    init(segmentation: Segmentation, reference: CalendarDate?, words: [Word]? = nil) {
        self.segmentation = segmentation
        text = segmentation.text
        tokens = segmentation.tokens
        self.words = words ?? segmentation.tokens.map { Word(Folding.fold(segmentation.text.string(in: $0.range))) }
        self.reference = reference
        startable = tokens.indices.map(mayStart(at:))
    }

    func run() -> [DateMention] {
        var results: [DateMention] = []
        var index = 0
        while index < tokens.count {
            guard let match = expression(at: index) else { index += 1; continue }
            let range = Int(tokens[index].start)..<Int(tokens[match.end - 1].end)
            results.append(DateMention(mention: Mention(start: range.lowerBound, end: range.upperBound,
                                                        text: text.string(in: range)),
                                       kind: match.kind, value: match.value))
            index = match.end
        }
        return results
    }

    /// Expressions with what may precede them: a preposition that belongs to them, a phrase, a range.
    static let expressions: [DatePattern] = [
        { $0.core(at: $1) }, { $0.relativePhrase(at: $1) }, { $0.rangeExpression(at: $1) },
        { $0.withPreposition(at: $1) }, { $0.around(at: $1) }, { $0.later(at: $1) }, { $0.spanBack(at: $1) },
        { $0.deicticPhrase(at: $1) }, { $0.century(at: $1) },
    ]

    /// Expressions that stand alone.
    static let corePatterns: [DatePattern] = [
        { $0.dayMonth(at: $1) }, { $0.numericDate(at: $1) }, { $0.weekday(at: $1) }, { $0.monthExpression(at: $1) },
        { $0.yearExpression(at: $1) }, { $0.decade(at: $1) }, { $0.season(at: $1) }, { $0.time(at: $1) },
        { $0.relativeDay(at: $1) }, { $0.ago(at: $1) }, { $0.halfYear(at: $1) },
    ]

    /// The longest expression starting at `index`.
    func expression(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count, startable[index] else { return nil }
        return longest(of: Self.expressions, at: index)
    }

    func longest(of patterns: [DatePattern], at index: Int) -> DateMatch? {
        var best: DateMatch?
        for pattern in patterns {
            if let match = pattern(self, index), match.end > (best?.end ?? 0) { best = match }
        }
        return best
    }

    /// Whether an expression can start at `index` at all: numbers, and the words the patterns begin with.
    /// Most tokens are neither, and skipping them saves trying every pattern.
    func mayStart(at index: Int) -> Bool {
        switch tokens[index].kind {
        case .number, .date, .time: return true
        case .word:
            let word = words[index]
            if DateVocabulary.starters.contains(word) { return true }
            if let first = word.text.unicodeScalars.first, Self.isNumeric(first) { return true }
            return Self.opensWithDeicticPrefix(word) || Self.romanValue(word.text) != nil
        default: return false
        }
    }

    /// A scalar with a numeric value ("5", "½", "Ⅻ"); ASCII and Cyrillic, most of every text, are told
    /// without reading Unicode's property tables (no Cyrillic scalar has a numeric value).
    static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("0"..."9").contains(scalar) }
        if (0x400..<0x530).contains(scalar.value) { return false }
        return scalar.properties.numericType != nil
    }

    /// Whether `Int` could read the start of the word ("2010-го", "80-х"): a digit or a sign, told from the
    /// first byte before the word is searched for its dash by characters.
    static func opensWithNumber(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return (0x30...0x39).contains(first) || first == 0x2B || first == 0x2D
    }

    /// Whether the word begins with one of `DateVocabulary.deicticAdjectives`' prefixes, told over bytes:
    /// every word of a text that no table holds is asked.
    static func opensWithDeicticPrefix(_ word: Word) -> Bool {
        word.text.utf8.withContiguousStorageIfAvailable { bytes in
            DateVocabulary.deicticPrefixBytes.contains { prefix in
                prefix.count <= bytes.count && prefix.indices.allSatisfy { prefix[$0] == bytes[$0] }
            }
        } ?? DateVocabulary.deicticAdjectives.keys.contains { word.hasPrefix($0) }
    }

    /// An expression without a leading preposition; a time and a date next to each other make a datetime
    /// ("утром в 06.00 … 21 мая 2011 года", "21 мая в 15:00", "28 августа 2023, 07:27").
    func core(at index: Int) -> DateMatch? {
        guard index < tokens.count, startable[index] else { return nil }
        let best = longest(of: Self.corePatterns, at: index)
        guard let first = best, first.kind == .time || first.kind == .date else { return best }
        var next = first.end
        if first.kind == .date, words[safe: next] == ",", tokens.indices.contains(next + 1), tokens[next + 1].kind == .time {
            next += 1
        }
        next = afterTimeZone(next)
        if words[safe: next] == ",", let weekday = weekday(at: next + (words[safe: next + 1] == "в" ? 2 : 1)),
           weekday.kind == .weekday, words[safe: weekday.end] == "," {
            next = weekday.end + 1  // "20 марта, в субботу, в 16:00"
        }
        if words[safe: next] == "в" { next += 1 }
        if !segmentation.hasLineBreak(before: next), let second = dayMonth(at: next) ?? time(at: next), second.kind != first.kind,
           second.kind == .time || second.kind == .date {
            let (date, clock) = first.kind == .date ? (first.value, second.value) : (second.value, first.value)
            return DateMatch(end: second.end, kind: .datetime, value: date.flatMap { d in clock.map { d + $0 } })
        }
        return best
    }

    /// "в 2005 году", "во вторник": "в" belongs to the expression after it, unless that is relative.
    func withPreposition(at index: Int) -> DateMatch? {
        guard words[index] == "в" || words[index] == "во", let inner = core(at: index + 1), inner.kind != .relative else { return nil }
        return inner
    }

    /// "около 7 вечера", "около двух часов назад": "около" belongs to a time or a relative expression.
    func around(at index: Int) -> DateMatch? {
        guard words[index] == "около", let inner = core(at: index + 1), inner.kind == .time || inner.kind == .relative else { return nil }
        return inner
    }

}
