import RuNewsText

/// One line of a text dump, read once for what the reader asks of every line: its words, whether it is
/// a bullet, ends like a sentence, is a boilerplate phrase or an item of a news list.
struct DumpLine {
    let text: String
    let words: Int
    /// Laid out in columns in the dump: a menu or a table row.
    var columns = false
    /// A blank line (or nothing) stands before it: it opens a block of the page, as html-text lays
    /// blocks out.
    var opensBlock = false
    let isBullet: Bool
    let endsSentence: Bool
    let boilerplate: Article.Removed.Kind?
    /// An item of a news list: a headline or lead after its clock time or date ("10:17 Новый город…",
    /// "28.11.2011 Общество В Баку…"); an agency's dateline has a comma after its date.
    let isListing: Bool
    /// The line as a headline reads it (`headlineText(_:)`).
    let headlineText: String
    /// A short line that reads as a dateline (a date and a few words), read once: the prose run, the
    /// dated headline and the body all ask.
    let isDateline: Bool
    /// Whether the line is shaped like a headline (`isHeadlineShaped(_:words:)`), read once: the headline
    /// is looked for among the same lines by several readers.
    private let hasHeadlineShape: Bool

    static let bullets = ["* ", "- ", "• ", "— ", "· "]
    /// Lines that are a bullet or a bar alone say nothing.
    static let marks: Set<String> = ["*", "-", "|", "•"]

    init(_ text: String, columns: Bool = false) {
        var body = Substring(text)
        isBullet = Self.bullets.contains { body.hasPrefix($0) }
        if isBullet { body = body.dropFirst(2) }
        let words = Self.words(in: body)
        // A news-list item opens with a number: only such lines are read further.
        let isListing = text.utf8.contains(0x20) && Self.opensWithTimeOrDate(Substring(text))
        self.text = String(isBullet ? body : Substring(text))
        self.words = words
        self.columns = columns
        self.endsSentence = Self.endsSentence(body)
        self.boilerplate = BoilerplatePhrases.kind(of: String(body))
        self.isListing = isListing
        headlineText = Self.headlineText(self.text)
        isDateline = words <= DumpLayout.datelineWords && self.text.utf8.hasASCIIDigit
            && Dateline.parse(self.text) != nil
        let headline = headlineText
        hasHeadlineShape = self.boilerplate == nil && !isBullet
            && Self.isHeadlineShaped(headline, words: headline.utf8.count == self.text.utf8.count ? words : Self.words(in: Substring(headline)))
    }

    /// The lines of a dump, blank ones and lone marks left out.
    static func lines(of dump: String) -> [DumpLine] {
        var afterBlank = true
        // Empty lines part tables too.
        return DumpColumns.readingOrder(DumpWrapping.unwrap(rawLines(of: dump))).compactMap { raw in
            let text = CollapsedWhitespace.string(Array(raw.utf8))
            if text.isEmpty { afterBlank = true }
            guard !text.isEmpty, !marks.contains(text) else { return nil }
            // Items laid out in columns ("Новости     Спорт     Поиск") are a menu, however long.
            var line = DumpLine(text, columns: hasColumnGap(raw))
            line.opensBlock = afterBlank
            afterBlank = false
            return line
        }
    }

    /// The lines of a text as `split(whereSeparator: \.isNewline)` gives them, empty ones kept, found over
    /// its bytes: grapheme breaking treats newlines as controls, so each is a character of its own but
    /// for "\r\n", one.
    static func rawLines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            let byte = bytes[index]
            var length = 0
            switch byte {
            case 0x0A, 0x0B, 0x0C: length = 1
            case 0x0D:
                let next = bytes.index(after: index)
                length = next != bytes.endIndex && bytes[next] == 0x0A ? 2 : 1
            case 0xC2:
                let next = bytes.index(after: index)
                if next != bytes.endIndex, bytes[next] == 0x85 { length = 2 }
            case 0xE2:
                let second = bytes.index(after: index)
                if second != bytes.endIndex, bytes[second] == 0x80 {
                    let third = bytes.index(after: second)
                    if third != bytes.endIndex, bytes[third] == 0xA8 || bytes[third] == 0xA9 { length = 3 }
                }
            default: break
            }
            guard length > 0 else {
                index = bytes.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            index = bytes.index(index, offsetBy: length)
            start = index
        }
        lines.append(text[start..<bytes.endIndex])
        return lines
    }

    /// Whether three spaces or more stand between words of a raw line: what its text trimmed of white
    /// space holds "   ", told in one pass over its bytes (every line of a dump passes here). White space
    /// is `CharacterSet.whitespaces`': tabs and space separators, decoded from lead bytes of two bytes
    /// or more but the Cyrillic letters'; a space that a mark extends is another character.
    static func hasColumnGap(_ raw: Substring) -> Bool {
        var seenText = false, spaces = 0, gap = false
        let bytes = raw.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x20 {
                spaces += 1
                index = bytes.index(after: index)
                continue
            }
            var isSpace = byte == 0x09
            var extendsSpace = false
            // U+0400–U+047F (lead bytes D0, D1) are Cyrillic letters: neither spaces nor marks.
            if byte >= 0xC2, byte != 0xD0, byte != 0xD1 {
                let scalar = raw.unicodeScalars[index]
                let category = scalar.properties.generalCategory
                isSpace = category == .spaceSeparator
                // Foundation's composed characters join marks to a space, not joiners.
                extendsSpace = category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
            }
            if seenText, spaces - (extendsSpace ? 1 : 0) >= 3 { gap = true }
            spaces = 0
            if !isSpace {
                if gap { return true }
                seenText = true
            }
            index = bytes.index(after: index)
            // Continuation bytes belong to the scalar their lead byte has told.
            while index != bytes.endIndex, bytes[index] & 0xC0 == 0x80 { index = bytes.index(after: index) }
        }
        return false
    }

    /// Whether a news-list line has words besides its time and date: "10:17 Новый город-миллионник",
    /// not "07:20 05.01.2012 5".
    var hasHeadlineWords: Bool {
        text.split(separator: " ").count { $0.contains(where: \.isLetter) } >= 2
    }

    /// Whether the text opens with a clock time or a date ("10:17", "28.11.2011"), not an agency's
    /// dateline (a comma after its date).
    static func opensWithTimeOrDate(_ text: Substring) -> Bool {
        let first = text.utf8.prefix { $0 != 0x20 }
        guard let digit = first.first, (0x30...0x39).contains(digit), first.last != UInt8(ascii: ",") else { return false }
        let word = String(decoding: first, as: UTF8.self)
        return CalendarNumbers.clock(word) != nil || Dateline.numericDate(word) != nil
    }

    /// Words (runs of letters and digits) in a text. Scalar classes, not grapheme clusters: every line of
    /// a dump passes here. A mark belongs to its letter.
    static func words(in text: Substring) -> Int {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let kind = ScalarClass(scalar)
            if kind == .mark { continue }
            if kind.isLetter || kind == .digit {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return words
    }

    static func endsSentence(_ text: Substring) -> Bool {
        text.last(where: { !$0.isWhitespace }).map { ".!?…»\")".contains($0) } ?? false
    }

    /// A sentence of this many words or more is prose; so is any line twice as long.
    static let proseWords = 12
    static let longLineWords = 25

    /// Whether a text reads as prose: a sentence of a dozen words, or a long line of words.
    static func isProse(words: Int, endsSentence: Bool) -> Bool {
        words >= proseWords && endsSentence || words >= longLineWords
    }

    static func isProse(_ text: Substring) -> Bool {
        isProse(words: words(in: text), endsSentence: endsSentence(text))
    }

    /// How much the line looks like article prose.
    var score: Int {
        // A short line with a date (a comment's header: "* #8 котенок92 10.01.12, 20:49") costs what a line
        // of prose gives: comments, each under its date, do not outweigh the article.
        if isDateline { return -Self.proseWords }
        if boilerplate != nil { return -10 }
        if isListing { return -3 }
        if isBullet { return words >= Self.proseWords && endsSentence ? words / 2 : -4 }
        if words >= Self.proseWords && endsSentence { return words }
        if words >= Self.longLineWords { return words / 2 }
        if words >= 6 && endsSentence { return 2 }
        return -3
    }

    /// Whether the line credits the article's source or a photo's (`BoilerplatePhrases.sourceCredits`).
    var isSourceCredit: Bool { BoilerplatePhrases.isSourceCredit(text, words: words) }

    /// Lines that label something else: "Теги: …", "Автор: …".
    static let labels = ["теги", "метки", "автор", "фото", "источник", "рубрика", "раздел", "версия для печати"]

    /// Whether the line is shaped like a headline: words in sentence case, no sentence's full stop, not
    /// a label, a menu, a dateline or a row of numbers.
    var isHeadline: Bool { hasHeadlineShape && !columns }

    /// The line without the date and time a headline printed beside it leaves at its end ("В области
    /// сошел с рельсов вагон 06.01.12 08:49"), where three words or more stand before them, not after a
    /// comma; read once, as the line is (`isHeadline` is asked of a line more than once).
    static func headlineText(_ text: String) -> String {
        let text = withoutGluedExtras(text)
        guard let last = text.utf8.last, (0x30...0x39).contains(last) else { return text }
        var words = text.split(separator: " ")
        var cut = false
        while let word = words.last, CalendarNumbers.clock(word) != nil || Dateline.numericDate(word) != nil {
            words.removeLast()
            cut = true
        }
        // "Заголовок, 28.11.2011" is an item of a list of other news, with its day.
        return cut && words.count >= 3 && words.last?.last != "," ? words.joined(separator: " ") : text
    }

    /// The line up to where a dumper glued the page's inline extras to a word, a lowercase letter against
    /// a capital ("… курильщикамКомментарии: 45", "… PathfinderНовинкиДетройт-2012"): the glued word holds
    /// a count or a label's colon, which no name spelt with a capital inside ("ПриватБанк") does; three
    /// words at least stand before it.
    static func withoutGluedExtras(_ text: String) -> String {
        guard text.utf8.contains(where: { (0x30...0x3A).contains($0) }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var words = 1
        for index in scalars.indices.dropFirst() {
            if scalars[index] == " " { words += 1 }
            guard words >= 3, scalars[index].properties.isUppercase, scalars[index - 1].properties.isLowercase else { continue }
            let glued = scalars[index...].prefix { $0 != " " }
            guard glued.contains(where: { ("0"..."9").contains($0) || $0 == ":" }) else { continue }
            return String(scalars: scalars[..<index])
        }
        return text
    }

    static func isHeadlineShaped(_ text: String, words: Int) -> Bool {
        guard words >= 3, text.utf8.count <= 250 || text.count <= 250,
              !text.hasSuffix(":"), !text.hasSuffix(".") || text.hasSuffix("...") else { return false }
        // Menus in capitals or with bars ("Платная подписка | Рассылка новостей"), lines of numbers and
        // clock times, and interface text starting in lowercase ("не ваш регион?") are no headlines.
        var letters = 0, numbers = 0, lowercase = false, opening: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let isLetter = scalar.properties.isAlphabetic
            if opening == nil, isLetter || ("0"..."9").contains(scalar) { opening = scalar }
            guard isLetter else {
                if scalar.properties.numericType != nil { numbers += 1 }
                continue
            }
            letters += 1
            if !lowercase, scalar.properties.isLowercase { lowercase = true }
        }
        guard letters >= 10, lowercase, opening.map({ !$0.properties.isLowercase }) ?? false,
              !text.utf8.contains(bytes: Self.menuBar) else { return false }
        if numbers >= 4, text.utf8.contains(UInt8(ascii: ":")) { return false }
        // More digits than half its letters: a ticker's or a table's row ("Доллар 31.046 -0.24% Евро 40.605").
        if numbers * 2 > letters { return false }
        let folded = TextComparison.fold(text)
        return !Self.labels.contains(where: folded.hasPrefix) && !Self.credits.occurs(in: folded.utf8) && Dateline.parse(text) == nil
    }

    static let menuBar = Array(" | ".utf8)
    /// A photo's credit inside a line makes it a caption ("… жвачку. Фото с сайта …", "Фото: ТАСС").
    static let credits = BytePatterns([". фото", "фото:", "фото с сайта"])
}
