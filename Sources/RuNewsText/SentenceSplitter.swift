/// A sentence: a run of tokens and the text range they cover.
public struct Sentence: Sendable, Hashable {
    /// Indices into the token array the sentence was split from.
    public let tokens: Range<Int>
    /// Scalar offsets into the normalised text, from its first token's start to its last token's end.
    public let range: Range<Int>
}

/// Splits tokens into sentences with Russian rules.
///
/// A line break ends a sentence (headings and list items have no full stop); a text wrapped at a fixed
/// width has the breaks it goes on over joined first (`LineWrapping`), and the rules below decide. Otherwise a
/// sentence ends at `.`, `!`, `?`, `…` (with the closing quotes and brackets right after it) when what
/// follows can start a sentence: not a lowercase word, not a comma, not a dash that leads to a lowercase word («…!» — сказал он). Initials
/// ("В. В. Путин") and abbreviations that introduce something ("им.", "ул.", "т.е.") never end one;
/// units and eras ("г.", "тыс.") do only after a number ("в 2010 г.").
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Marks that open list items: a sentence may start with them.
    public static let bullets: Set<Unicode.Scalar> = ["*", "•", "◦", "▪", "▫", "●", "■", "□", "►", "▸", "→", "·"]

    /// A normalised text's line breaks are joined already where it is wrapped (`Normalizer`).
    public func split(_ text: NormalizedText, tokens: [Token]) -> [Sentence] {
        split(joined: text.scalars, tokens: tokens)
    }

    /// Scalars no normaliser read are joined here as it would (`LineWrapping.joined`): offsets stay.
    public func split(_ scalars: [Unicode.Scalar], tokens: [Token]) -> [Sentence] {
        split(joined: LineWrapping.joined(scalars), tokens: tokens)
    }

    private func split(joined scalars: [Unicode.Scalar], tokens: [Token]) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 12 + 1)
        var first = 0
        // Brackets opened and not closed since the sentence began, counted as the walk goes.
        var openBrackets = 0
        for index in tokens.indices {
            if tokens[index].kind == .bracket {
                openBrackets += ScalarClass(scalars[Int(tokens[index].start)]) == .openingBracket ? 1 : -1
            }
            let isLast = index == tokens.count - 1
            guard isLast || endsSentence(after: index, first: first, insideBrackets: openBrackets > 0, scalars: scalars, tokens: tokens)
            else { continue }
            sentences.append(Sentence(tokens: first..<(index + 1),
                                      range: Int(tokens[first].start)..<Int(tokens[index].end)))
            first = index + 1
            openBrackets = 0
        }
        return sentences
    }

    private func endsSentence(after index: Int, first: Int, insideBrackets: Bool, scalars: [Unicode.Scalar],
                              tokens: [Token]) -> Bool {
        let next = index + 1
        if hasLineBreak(between: tokens[index], tokens[next], scalars: scalars) { return true }
        // What is glued to the end (closing quotes and brackets, "<…>", "!😀", "г.).") belongs to it:
        // decide after the last of it.
        if isGluedCloser(next, scalars: scalars, tokens: tokens) || tokens[next].kind == .terminal && isGlued(next, tokens) {
            return false
        }
        if isClosingOnlyQuote(next, scalars: scalars, tokens: tokens) { return false }
        // "(порт. António Guterres; род. 1949)", "(1. FC Slovácko)", "(Ding-Dong! The Witch Is Dead)": in a
        // bracket that closes a few words on, on the same line, a name in Latin letters is the remark's
        // (sentences in brackets go on in Cyrillic: "(… лучше, чем Лимонов. Но враг)").
        if insideBrackets, isLatinLetter(scalars[Int(tokens[next].start)]), closesBracketSoon(after: index, scalars: scalars, tokens: tokens) {
            return false
        }
        // "фильм «9/11. Расследование с нуля» вышел": a short quoted title the sentence goes on after.
        if isInsideShortQuote(after: index, first: first, scalars: scalars, tokens: tokens) { return false }
        if startsListItem(next, scalars: scalars, tokens: tokens) || !insideBrackets && startsItemAfterSemicolon(index, scalars: scalars, tokens: tokens) {
            return true
        }
        var terminal = index
        while terminal > first, isGluedCloser(terminal, scalars: scalars, tokens: tokens) || isClosingOnlyQuote(terminal, scalars: scalars, tokens: tokens) {
            terminal -= 1
        }
        guard canEnd(terminal, first: first, scalars: scalars, tokens: tokens) else { return false }
        // «Не может быть!» (1975), «Дин-дон!» (Ding-Dong!): a bracket after a quoted title annotates it.
        if terminal < index, tokens[index].kind == .quote, isOpeningBracket(next, scalars: scalars, tokens: tokens) {
            return false
        }
        if isUnitPeriod(terminal, scalars: scalars, tokens: tokens),
           continuesAfterUnit(next, scalars: scalars, tokens: tokens)
            || isTimePhrase(first..<terminal, scalars: scalars, tokens: tokens) {
            return false
        }
        return canStart(next, scalars: scalars, tokens: tokens)
    }

    /// Whether the token at `index` may close a sentence, judged by itself and what comes before it.
    private func canEnd(_ index: Int, first: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .terminal:
            // "2. Леван Гацелицадзе", "IV. Гестационный диабет", "§2. Нахождение": a number or Roman numeral
            // opening the sentence before a period, after a section sign or not, is a list marker.
            if scalars[Int(token.start)] == ".", index > first, isListMarker(first..<index, scalars: scalars, tokens: tokens) { return false }
            // "(? — 1944)", "(!)": a mark that opens a bracket comments on the sentence around it.
            return !(index > first && isOpeningBracket(index - 1, scalars: scalars, tokens: tokens) && isGlued(index, tokens))
        case .punctuation:
            // "тоже ;) Я вспомнила": an emoticon, ":" or ";" after a space with brackets glued to it, ends one.
            let scalar = scalars[Int(token.start)]
            return (scalar == ":" || scalar == ";") && index > first && !isGlued(index, tokens) && index + 1 < tokens.count
                && tokens[index + 1].kind == .bracket && isGlued(index + 1, tokens)
                && scalars[Int(tokens[index + 1].start)] == ")"
        case .initial:
            // "до 10 G.": a capital after a number is a unit, not an initial; "Бодуэна I." is a numeral.
            return index > first && (tokens[index - 1].kind == .number || isOrdinalAfterName(index, scalars: scalars, tokens: tokens))
        case .abbreviation:
            switch spacedEnding(at: index, scalars: scalars, tokens: tokens) ?? ending(of: token, scalars: scalars) {
            case .always: return true
            case .afterNumber:
                guard index > first else { return false }
                // "в 2010 г.", "XX в.", "5 тыс. руб.", "1990-х гг.", "1,5 млрд руб."
                var before = tokens[index - 1]
                // "100 руб./кг.": a unit per unit takes the number of the first.
                if index - 2 >= first, before.end == before.start + 1, scalars[Int(before.start)] == "/",
                   tokens[index - 2].kind == .abbreviation {
                    before = tokens[index - 2]
                }
                return before.kind == .number || isRomanNumeral(before, scalars: scalars)
                    || before.kind == .abbreviation && ending(of: before, scalars: scalars) == .afterNumber
                    || before.kind == .word && ScalarClass(scalars[Int(before.start)]) == .digit
                    || before.kind == .word && Abbreviations.multipliers.contains(Folding.fold(string(before, scalars: scalars)))
            case .never, nil: return false
            }
        default:
            return false
        }
    }

    /// Whether the token at `index` may open a sentence.
    private func canStart(_ index: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .punctuation:
            return Self.bullets.contains(scalars[Int(token.start)])
        case .terminal:
            return false
        case .bracket:
            return isOpeningBracket(index, scalars: scalars, tokens: tokens)
        case .quote:
            // «… г. "безупречно служит …": a quoted lowercase word goes on with the sentence.
            guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return true }
            return !ScalarClass(scalars[Int(tokens[index + 1].start)]).isLowercase
        case .dash:
            // "— сказал он" continues the sentence; "— Как дела?" opens a new one.
            guard index + 1 < tokens.count else { return true }
            return !ScalarClass(scalars[Int(tokens[index + 1].start)]).isLowercase
        default:
            return !ScalarClass(scalars[Int(token.start)]).isLowercase
        }
    }

    /// "… (922774 голоса) 2. Леван Гацелицадзе …": a one- or two-digit number, its period and a capital
    /// on the same line open a list item even where the line breaks of the list were lost — but not
    /// after a word, a dash or a sign glued to it, whose number it is and whose sentence it ends
    /// ("а мужчины — в 60. Законопроект …", "В этом году их — 31. Три …", "— №3. Но …").
    private func startsListItem(_ index: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        guard index > 0, index + 2 < tokens.count else { return false }
        let number = tokens[index], period = tokens[index + 1], word = tokens[index + 2]
        return number.kind == .number && number.end - number.start <= 2
            && period.start == number.end && scalars[Int(period.start)] == "." && period.end == period.start + 1
            && word.kind == .word && ScalarClass(scalars[Int(word.start)]).isUppercase
            && tokens[index - 1].kind != .word && tokens[index - 1].kind != .dash && !isGlued(index, tokens)
            && !hasLineBreak(between: period, word, scalars: scalars)
            && !introducesNumber(index - 1, scalars: scalars, tokens: tokens)
    }

    /// "в данной квартире; 2) отчуждать": a semicolon, then a one- or two-digit number or a letter with a
    /// closing bracket glued to it, opens the next item of an enumeration — outside brackets (the caller
    /// knows), where such a bracket closes a list of references ("(рис. 1; 2)").
    private func startsItemAfterSemicolon(_ index: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        guard index + 2 < tokens.count, tokens[index].end == tokens[index].start + 1, scalars[Int(tokens[index].start)] == ";" else { return false }
        let marker = tokens[index + 1], bracket = tokens[index + 2]
        let isMarker = marker.kind == .number && marker.end - marker.start <= 2
            || marker.kind == .word && marker.end == marker.start + 1 && ScalarClass(scalars[Int(marker.start)]).isLowercase
        return isMarker && bracket.start == marker.end && bracket.kind == .bracket && scalars[Int(bracket.start)] == ")"
    }

    /// "д. 5.", "кв. 3.", "рис. 2.", "№ 3.": what a number belongs to, not a list before it.
    private func introducesNumber(_ index: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        let token = tokens[index]
        if token.kind == .abbreviation { return ending(of: token, scalars: scalars) != .always }
        return token.end == token.start + 1 && scalars[Int(token.start)] == "№"
    }

    /// A number or a Roman numeral, a section sign before it or not.
    private func isListMarker(_ range: Range<Int>, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        var marker = range
        if marker.count == 2, scalars[Int(tokens[marker.lowerBound].start)] == "§" { marker = marker.dropFirst() }
        guard marker.count == 1 else { return false }
        let token = tokens[marker.lowerBound]
        // Roman numerals of headings: I to XXXVIII in Latin letters, not words that look like one ("MIX", "CD").
        return token.kind == .number || token.kind == .word && token.end - token.start <= 4
            && scalars[Int(token.start)..<Int(token.end)].allSatisfy { "IVX".unicodeScalars.contains($0) }
    }

    private func isOpeningBracket(_ index: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        tokens[index].kind == .bracket && ScalarClass(scalars[Int(tokens[index].start)]) == .openingBracket
    }

    private func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("À"..."ɏ").contains(scalar)
    }

    /// A remark in brackets is this many tokens long at most.
    static let bracketRemarkTokens = 12

    /// Whether a closing bracket follows the token at `index` within `bracketRemarkTokens` tokens, no line
    /// break and no other opening bracket between.
    private func closesBracketSoon(after index: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        var previous = tokens[index]
        for ahead in (index + 1)..<min(tokens.count, index + 1 + Self.bracketRemarkTokens) {
            if hasLineBreak(between: previous, tokens[ahead], scalars: scalars) { return false }
            if tokens[ahead].kind == .bracket { return !isOpeningBracket(ahead, scalars: scalars, tokens: tokens) }
            previous = tokens[ahead]
        }
        return false
    }

    /// Quotes that open and close a title, and a quoted title is this many tokens long at most.
    static let openingQuotes: Set<Unicode.Scalar> = ["«", "„"], closingQuotes: Set<Unicode.Scalar> = ["»", "“"]
    static let quotedTitleTokens = 10

    /// Whether the token at `index` stands inside «…» opened in this sentence and closed a few tokens on,
    /// the same line, with a lowercase word, a bracket, a semicolon or another title right after the closing
    /// quote: the sentence goes on past the title, so what the title's own full stop ends is the title's
    /// part, not the sentence.
    private func isInsideShortQuote(after index: Int, first: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        func quote(_ position: Int, in set: Set<Unicode.Scalar>) -> Bool {
            tokens[position].kind == .quote && set.contains(scalars[Int(tokens[position].start)])
        }
        var opening = index
        while opening >= first, index - opening < Self.quotedTitleTokens, !quote(opening, in: Self.openingQuotes) {
            if quote(opening, in: Self.closingQuotes) || opening > first && hasLineBreak(between: tokens[opening - 1], tokens[opening], scalars: scalars) {
                return false
            }
            opening -= 1
        }
        guard opening >= first, quote(opening, in: Self.openingQuotes) else { return false }
        var closing = index + 1
        while closing < tokens.count, closing - opening <= Self.quotedTitleTokens {
            if hasLineBreak(between: tokens[closing - 1], tokens[closing], scalars: scalars) || quote(closing, in: Self.openingQuotes) { return false }
            if quote(closing, in: Self.closingQuotes) {
                var after = closing + 1
                guard after < tokens.count, !hasLineBreak(between: tokens[closing], tokens[after], scalars: scalars) else { return false }
                // A bracket or a semicolon after the title annotates it or goes on to the next item
                // ("«Звёздные войны. Эпизод IV» (1977)", "«Пакт. Последний пакт»; ведущим …").
                if isOpeningBracket(after, scalars: scalars, tokens: tokens)
                    || tokens[after].kind == .punctuation && scalars[Int(tokens[after].start)] == ";" {
                    return true
                }
                // Past a comma too ("«Голос. Дети», которое …", "«Граница. Таежный роман», «Марш Турецкого»"),
                // not past a dash (quoted speech: «…», — сказал он).
                if tokens[after].kind == .punctuation, scalars[Int(tokens[after].start)] == "," {
                    after += 1
                    if after < tokens.count, quote(after, in: Self.openingQuotes) { return true }
                }
                guard after < tokens.count, tokens[after].kind == .word,
                      !hasLineBreak(between: tokens[closing], tokens[after], scalars: scalars) else { return false }
                return ScalarClass(scalars[Int(tokens[after].start)]).isLowercase
            }
            closing += 1
        }
        return false
    }

    private func isGlued(_ index: Int, _ tokens: [Token]) -> Bool {
        index > 0 && index < tokens.count && tokens[index - 1].end == tokens[index].start
    }

    /// A closing quote or bracket, or a symbol, written right after the token before it.
    private func isGluedCloser(_ index: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        guard isGlued(index, tokens) else { return false }
        let token = tokens[index]
        let scalar = scalars[Int(token.start)]
        switch token.kind {
        case .quote:
            // « and „ always open; any other quote glued to a word or a period closes.
            return scalar != "«" && scalar != "„"
        case .bracket:
            return ScalarClass(scalar) == .closingBracket
        case .symbol:
            return true
        default:
            return false
        }
    }

    /// », ” only close, written after a space or not ("кто они такие… »"); other quotes close only glued.
    private func isClosingOnlyQuote(_ index: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        guard tokens[index].kind == .quote, index > 0, !hasLineBreak(between: tokens[index - 1], tokens[index], scalars: scalars) else { return false }
        let scalar = scalars[Int(tokens[index].start)]
        return scalar == "»" || scalar == "”"
    }

    private func hasLineBreak(between left: Token, _ right: Token, scalars: [Unicode.Scalar]) -> Bool {
        scalars[Int(left.end)..<Int(right.start)].contains("\n")
    }

    // MARK: - Units

    /// The period of a unit after a number: "г." of "в 2010 г.", or the "." of "в 2010г." glued to it.
    /// Whether it ends the sentence is read from what follows it and what comes before.
    private func isUnitPeriod(_ index: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        let token = tokens[index]
        if token.kind == .abbreviation { return ending(of: token, scalars: scalars) == .afterNumber }
        guard token.kind == .terminal, token.end == token.start + 1, scalars[Int(token.start)] == ".",
              isGlued(index, tokens) else { return false }
        return isNumberWithUnit(tokens[index - 1], scalars: scalars)
    }

    /// "2010г", "1995-1997гг", "15ч": digits and a unit abbreviation written as one word.
    private func isNumberWithUnit(_ word: Token, scalars: [Unicode.Scalar]) -> Bool {
        guard word.kind == .word, ScalarClass(scalars[Int(word.start)]) == .digit else { return false }
        var unitStart = Int(word.end)
        while unitStart > Int(word.start), ScalarClass(scalars[unitStart - 1]).isLetter { unitStart -= 1 }
        guard unitStart < Int(word.end), ScalarClass(scalars[unitStart - 1]) == .digit else { return false }
        return Abbreviations.ending(of: String(String.UnicodeScalarView(scalars[unitStart..<Int(word.end)]))) == .afterNumber
    }

    /// After a unit's period, a number ("ст. 15 ч. 2"), a number sign ("от 6 июля 2016 г. № 374-ФЗ"),
    /// an opening bracket or a dash ("в 1980г. - Военную академию") go on with the sentence.
    private func continuesAfterUnit(_ index: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .number, .date, .dash: return true
        case .bracket: return isOpeningBracket(index, scalars: scalars, tokens: tokens)
        default: return scalars[Int(token.start)] == "№"
        }
    }

    /// Whether `range` holds only a time phrase (`TimePhraseWords`, numbers, units): "В начале 2016 г.".
    private func isTimePhrase(_ range: Range<Int>, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        var hasNumber = false
        for index in range {
            let token = tokens[index]
            switch token.kind {
            case .number, .date:
                hasNumber = true
            case .dash:
                continue
            case .abbreviation where ending(of: token, scalars: scalars) == .afterNumber:
                continue
            case .terminal where isUnitPeriod(index, scalars: scalars, tokens: tokens):
                continue
            case .word where isNumberWithUnit(token, scalars: scalars):
                hasNumber = true
            case .word where TimePhraseWords.contains(Folding.fold(string(token, scalars: scalars))):
                continue
            default:
                return false
            }
        }
        return hasNumber
    }

    // MARK: - Helpers

    private func string(_ token: Token, scalars: [Unicode.Scalar]) -> String {
        String(String.UnicodeScalarView(scalars[token.range]))
    }

    private func ending(of abbreviation: Token, scalars: [Unicode.Scalar]) -> Abbreviations.Ending? {
        let withoutPeriod = Int(abbreviation.start)..<Int(abbreviation.end) - 1
        return Abbreviations.ending(of: String(String.UnicodeScalarView(scalars[withoutPeriod])))
    }

    /// The rule of an abbreviation written with a space inside, as typesetting wants it: "и т. д." is "т.д",
    /// which may end a sentence, not the "д." of an address.
    private func spacedEnding(at index: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Abbreviations.Ending? {
        guard index > 0, tokens[index - 1].kind == .abbreviation, tokens[index].start == tokens[index - 1].end + 1,
              scalars[Int(tokens[index - 1].end)] == " " else { return nil }
        return Abbreviations.ending(ofHalves: string(tokens[index - 1], scalars: scalars).dropLast(),
                                    string(tokens[index], scalars: scalars).dropLast())
    }

    /// "Бодуэна I.", "Карла V.": a Latin I, V or X after a capitalised Cyrillic word is its ordinal.
    private func isOrdinalAfterName(_ index: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        let before = tokens[index - 1]
        return "IVX".unicodeScalars.contains(scalars[Int(tokens[index].start)])
            && before.kind == .word && ScalarClass(scalars[Int(before.start)]) == .cyrillicUpper
    }

    private func isRomanNumeral(_ token: Token, scalars: [Unicode.Scalar]) -> Bool {
        // Cyrillic Х stands in for Latin X often enough: "ХХ в.".
        token.kind == .word && scalars[Int(token.start)..<Int(token.end)].allSatisfy { "IVXLCDMХ".unicodeScalars.contains($0) }
    }
}
