/// Splits normalised text into tokens, in one left-to-right pass over its scalars.
///
/// The rules are the ones Russian news needs (razdel's, extended): hyphenated compounds and
/// "из-за" stay whole, number ranges ("2007-2008") do not; "1 500", "3,5", "25.08.2023" and "07:27"
/// are one token each; initials and known abbreviations keep their periods; URLs, e-mail addresses,
/// hashtags and mentions are single tokens.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: NormalizedText) -> [Token] {
        tokenize(text.scalars)
    }

    public func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        let classes = scalars.map(ScalarClass.init)
        return scalars.withUnsafeBufferPointer { scalars in
            classes.withUnsafeBufferPointer { classes in
                var scanner = TokenScanner(scalars: scalars, classes: classes)
                return scanner.run()
            }
        }
    }
}

/// The state of one tokenization: the text, the class of each scalar, the tokens found so far.
private struct TokenScanner {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    let classes: UnsafeBufferPointer<ScalarClass>
    let count: Int
    var tokens: [Token] = []

    init(scalars: UnsafeBufferPointer<Unicode.Scalar>, classes: UnsafeBufferPointer<ScalarClass>) {
        self.scalars = scalars
        self.classes = classes
        self.count = scalars.count
        tokens.reserveCapacity(scalars.count / 5 + 1)
    }

    mutating func run() -> [Token] {
        var index = 0
        while index < count {
            let start = index
            let (end, kind): (Int, Token.Kind)
            switch classes[index] {
            case .space, .newline, .invisible:
                index += 1
                continue
            case .cyrillicUpper, .cyrillicLower, .latinUpper, .latinLower, .otherLetter:
                (end, kind) = scanWordLike(at: index)
            case .digit:
                (end, kind) = scanNumber(at: index)
            case .period:
                (end, kind) = scanPeriod(at: index)
            case .terminal, .ellipsis:
                end = skip(from: index) { $0 == .terminal || $0 == .ellipsis || $0 == .period }
                kind = .terminal
            case .hyphen, .dash:
                end = classes[index] == .hyphen ? skip(from: index) { $0 == .hyphen } : index + 1
                kind = .dash
            case .quote, .apostrophe:
                (end, kind) = (index + 1, .quote)
            case .openingBracket, .closingBracket:
                (end, kind) = (index + 1, .bracket)
            case .punctuation:
                (end, kind) = scanPunctuation(at: index)
            case .mark:
                if let last = tokens.last, Int(last.end) == index {
                    tokens[tokens.count - 1] = Token(start: Int(last.start), end: index + 1, kind: last.kind)
                    index += 1
                    continue
                }
                (end, kind) = (scanSymbol(at: index), .symbol)
            case .symbol, .other:
                (end, kind) = (scanSymbol(at: index), .symbol)
            }
            tokens.append(Token(start: start, end: end, kind: kind))
            index = end
        }
        return tokens
    }

    // MARK: - Words

    /// A word, or what starts like one: URL, e-mail, initial, abbreviation.
    private func scanWordLike(at start: Int) -> (Int, Token.Kind) {
        if let end = scanURL(at: start) { return (end, .url) }
        if let end = scanLatinInitialism(at: start) { return (end, .abbreviation) }
        let end = scanWord(from: start)
        guard end < count else { return (end, .word) }
        if scalars[end] == "@", end + 1 < count, classes[end + 1].isWordPart {
            return (scanWord(from: end + 1), .email)
        }
        if classes[end] == .period {
            if end - start == 1 && classes[start].isUppercase { return (end + 1, .initial) }
            if end - start == 2, NameInitials.twoLetter.contains(string(start..<end)) { return (end + 1, .initial) }
            if end - start <= 8, Abbreviations.ending(of: string(start..<end)) != nil || continuesSpacedAbbreviation(start..<end) {
                return (end + 1, .abbreviation)
            }
        }
        return (end, .word)
    }

    /// The second half of an abbreviation typeset with a space inside: the "е." of "т. е.", whose
    /// halves together ("т.е") are in the table.
    private func continuesSpacedAbbreviation(_ word: Range<Int>) -> Bool {
        let space = word.lowerBound - 1, period = word.lowerBound - 2
        guard period > 0, scalars[space] == " ", classes[period] == .period else { return false }
        var first = period
        while first > 0, classes[first - 1].isLetter, period - first < 4 { first -= 1 }
        guard first < period, first == 0 || !classes[first - 1].isWordPart else { return false }
        return Abbreviations.ending(ofHalves: string(first..<period), string(word)) != nil
    }

    /// Letters, digits and marks, joined across inner hyphens ("из-за", "ТМА-12"), apostrophes between
    /// letters ("О’Рейли") and periods before a lowercase letter ("Lenta.ru", "т.е"). A hyphen before
    /// " и"/" или" stays with its word: "теле- и радиоканалы".
    private func scanWord(from start: Int) -> Int {
        var index = start
        while true {
            while index < count && classes[index].isWordPart { index += 1 }
            guard index + 1 < count, index > start else { return index }
            let next = classes[index + 1]
            switch classes[index] {
            case .hyphen where next.isWordPart:
                index += 1
            case .hyphen where next == .space && isConjunction(at: index + 2):
                return index + 1
            case .apostrophe where next.isLetter && classes[index - 1].isLetter,
                 .quote where scalars[index] == "\u{2019}" && next.isLetter && classes[index - 1].isLetter:
                index += 1
            case .period where next.isLowercase && classes[index - 1].isLetter,
                 .period where next.isLetter && classes[index - 1].isLetter && isDomainZone(at: index + 1):
                index += 1
            default:
                return index
            }
        }
    }

    /// A domain zone as the last part of a word at `index`: the "Ru" of "Gzt.Ru", "Право.Ru".
    private func isDomainZone(at index: Int) -> Bool {
        var end = index
        while end < count && classes[end].isLetter && end - index <= 4 { end += 1 }
        guard end - index <= 4, end == count || !classes[end].isWordPart else { return false }
        return DomainZones.contains(string(index..<end))
    }

    /// "U.S.", "D.C.", "I.S.P.A.": single Latin capitals, each with its period, two or more of them.
    /// They are one abbreviation that never ends a sentence ("U.S. Open"), not a word and a period.
    private func scanLatinInitialism(at start: Int) -> Int? {
        var end = start
        while end + 1 < count, classes[end] == .latinUpper, scalars[end + 1] == ".",
              end + 2 == count || !classes[end + 2].isLetter || classes[end + 2] == .latinUpper {
            end += 2
            guard end < count, classes[end] == .latinUpper else { break }
        }
        return end - start >= 4 ? end : nil
    }

    /// "и" or "или" as a whole word at `index`.
    private func isConjunction(at index: Int) -> Bool {
        guard index < count, scalars[index] == "и" else { return false }
        let end = index + 1 < count && scalars[index + 1] == "л" ? index + 3 : index + 1
        guard end <= count, end == index + 1 || scalars[index + 2] == "и" else { return false }
        return end == count || !classes[end].isWordPart
    }

    private static let urlPrefixes: [[Unicode.Scalar]] = ["http://", "https://", "ftp://", "www."].map {
        Array($0.unicodeScalars)
    }

    /// A URL starting with a scheme or "www.", up to white space; trailing punctuation is left out
    /// (a closing bracket only when the URL has no opening one).
    private func scanURL(at start: Int) -> Int? {
        guard scalars[start] == "h" || scalars[start] == "H" || scalars[start] == "f" || scalars[start] == "w"
                || scalars[start] == "W" else { return nil }
        let matches = Self.urlPrefixes.contains { prefix in
            start + prefix.count < count && prefix.indices.allSatisfy {
                let value = scalars[start + $0].value
                return ((0x41...0x5A).contains(value) ? value + 0x20 : value) == prefix[$0].value
            }
        }
        guard matches else { return nil }
        var end = start
        var brackets = 0
        while end < count && !classes[end].isWhitespace && classes[end] != .quote {
            if classes[end] == .openingBracket { brackets += 1 }
            if classes[end] == .closingBracket {
                if brackets == 0 { break }
                brackets -= 1
            }
            end += 1
        }
        while end > start, [.period, .punctuation, .terminal].contains(classes[end - 1]) { end -= 1 }
        return end
    }

    // MARK: - Numbers

    /// "2023", "1 500", "3,5", "06.00", "4.1.7", "25.08.2023", "07:27"; with a letter suffix ("90-х", "5-й") a word.
    private func scanNumber(at start: Int) -> (Int, Token.Kind) {
        var end = digits(from: start)
        let first = end - start
        if end + 1 < count, classes[end + 1] == .digit {
            switch scalars[end] {
            case ".":
                let second = digits(from: end + 1)
                if second + 1 < count, scalars[second] == ".", classes[second + 1] == .digit {
                    let third = digits(from: second + 1)
                    let isDate = first <= 2 && second - end - 1 <= 2 && [2, 4].contains(third - second - 1)
                    if isDate { return (third, .date) }
                    // Section numbers and addresses: "пункт 4.1.7", "13.15.9", "54.231.19.48".
                    end = third
                    while end + 1 < count, scalars[end] == ".", classes[end + 1] == .digit { end = digits(from: end + 1) }
                } else {
                    end = second
                }
            case ":" where first <= 2:
                var last = digits(from: end + 1)
                if last - end - 1 == 2 {
                    if last + 2 < count, scalars[last] == ":", classes[last + 1] == .digit {
                        let seconds = digits(from: last + 1)
                        if seconds - last - 1 == 2 { last = seconds }
                    }
                    return (last, .time)
                }
            case ",":
                end = digits(from: end + 1)
            case " " where first <= 3:
                // Thousands in groups of three: "1 500 000".
                while end + 4 <= count, scalars[end] == " ", digits(from: end + 1) == end + 4 { end += 4 }
            default:
                break
            }
        }
        guard end < count else { return (end, .number) }
        if classes[end].isLetter || (classes[end] == .hyphen && end + 1 < count && classes[end + 1].isLetter) {
            return (scanWord(from: start), .word)
        }
        return (end, .number)
    }

    private func digits(from start: Int) -> Int {
        skip(from: start) { $0 == .digit }
    }

    // MARK: - Punctuation and symbols

    /// "..." is one terminal; a period right before letters and after a space is a domain zone (".рф").
    private func scanPeriod(at start: Int) -> (Int, Token.Kind) {
        let end = skip(from: start) { $0 == .period || $0 == .terminal || $0 == .ellipsis }
        if end == start + 1, end < count, classes[end].isLetter,
           start == 0 || classes[start - 1].isWhitespace || classes[start - 1] == .quote {
            return (scanWord(from: end), .word)
        }
        return (end, .terminal)
    }

    /// "#тег" and "@user" are tokens of their own; other punctuation stands alone.
    private func scanPunctuation(at start: Int) -> (Int, Token.Kind) {
        let mark = scalars[start]
        if mark == "#" || mark == "@", start + 1 < count, classes[start + 1].isLetter,
           start == 0 || !classes[start - 1].isWordPart {
            return (scanWord(from: start + 1), mark == "#" ? .hashtag : .mention)
        }
        return (start + 1, .punctuation)
    }

    /// A symbol with what belongs to it: combining marks and variation selectors, emoji joined by ZWJ,
    /// skin-tone modifiers, the second half of a flag.
    private func scanSymbol(at start: Int) -> Int {
        var end = start + 1
        while end < count {
            let value = scalars[end].value
            if classes[end] == .mark || (0x1F3FB...0x1F3FF).contains(value) {
                end += 1
            } else if value == 0x200D, end + 1 < count, classes[end + 1] == .symbol {
                end += 2
            } else if (0x1F1E6...0x1F1FF).contains(value), end == start + 1,
                      (0x1F1E6...0x1F1FF).contains(scalars[start].value) {
                end += 1
            } else {
                break
            }
        }
        return end
    }

    // MARK: - Helpers

    private func skip(from start: Int, while matches: (ScalarClass) -> Bool) -> Int {
        var index = start
        while index < count && matches(classes[index]) { index += 1 }
        return index
    }

    private func string(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }
}
