import Foundation
import RuNewsHTML
import RuNewsText

/// The article in a text dump: what scrapers save after stripping the markup, menus and footers
/// included, one block a line.
///
/// The main text is the densest run of prose lines (long lines of words that end like sentences score
/// by their length; short lines, bullets, news-list items and boilerplate phrases cost, the more the
/// longer the gap), found as the run of lines with the largest total score, preferably the one right
/// after the headline. Around it: a breadcrumb trail ("- Главная" bullets, or "Главная / … / …"),
/// the headline (the line the trail ends with, or the nearest headline-shaped line before the text), the
/// dateline near the headline, and a lead the page prints twice, kept once.
public struct TextDumpExtractor: Sendable {
    /// Whether a byline's name is a person's (see `PageExtractor`).
    let isPersonName: @Sendable (String) -> Bool

    public init(isPersonName: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.isPersonName = isPersonName
    }

    struct Line {
        let text: String
        let words: Int
        /// Laid out in columns in the dump: a menu or a table row.
        var columns = false
        let isBullet: Bool
        let endsSentence: Bool
        let boilerplate: Article.Removed.Kind?
        /// An item of a news list: a headline or lead after its clock time or date ("10:17 Новый город…",
        /// "28.11.2011 Общество В Баку…"); an agency's dateline has a comma after its date.
        let isListing: Bool
    }

    public func extract(_ dump: String) -> Article {
        let lines = dump.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
            // Items laid out in columns ("Новости     Спорт     Поиск") are a menu, however long.
            .map { raw -> (String, Bool) in
                (CollapsedWhitespace.string(Array(raw.utf8)), raw.trimmingCharacters(in: .whitespaces).contains("   "))
            }
            .filter { !$0.0.isEmpty && $0.0 != "*" && $0.0 != "-" && $0.0 != "|" && $0.0 != "•" }
            .map { Self.line($0.0, columns: $0.1) }
        var article = Article()
        // The lines are read, scored, searched for the trail and the headline.
        article.work = dump.utf8.count + lines.count * 4
        guard !lines.isEmpty else { return article }
        var block = mainBlock(lines)

        // Breadcrumbs: a bulleted trail that starts with "Главная", or one line with separators. A trail
        // inside the run of text ends it: what follows is the page's frame.
        let trail = breadcrumbs(lines)
        if let start = trail?.lines.first, block.contains(start), start > block.lowerBound {
            block = block.lowerBound..<start
        }
        if let trail {
            article.breadcrumbs = trail.items
            article.removed.append(Article.Removed(kind: .breadcrumbs, text: trail.items.joined(separator: " / ")))
        }

        // Headline: the trail's last item when a line repeats it, else the nearest headline-shaped line
        // before the text, else the first line's part before or after the site name.
        var titleIndex: Int?
        if let trail, let last = trail.items.last,
           let repeated = lines.indices.first(where: { !trail.lines.contains($0) && lines[$0].text == last && isHeadline(lines[$0]) }) {
            titleIndex = repeated
        } else {
            titleIndex = headlineIndex(before: block, in: lines)
        }
        if let titleIndex {
            // The first line of a dump is the page's title, the site's name and all; a headline line that
            // runs on past it carries inline extras.
            let pageTitle = PageMetadata.stripSite(from: lines[0].text, site: nil)
            article.title = titleIndex == 0 ? pageTitle
                : PageMetadata.withoutExtras(lines[titleIndex].text, headline: pageTitle) ?? lines[titleIndex].text
        } else if block.lowerBound > 0, let fromTitleLine = PageMetadata.headlinePart(of: lines[0].text) {
            article.title = fromTitleLine
        }

        // Dateline: near the headline, then near the text, then anywhere.
        var around: [Int] = []
        if let titleIndex { around += Array(max(0, titleIndex - 3)...min(lines.count - 1, titleIndex + 4)) }
        around += Array(max(0, block.lowerBound - 8)..<min(lines.count, block.lowerBound + 2))
        around += Array(lines.indices)
        for index in around {
            if let date = Dateline.parse(lines[index].text) { article.published = date; break }
        }
        // Else the text may open with it: "06.01.2012, Кишинев 08:16:36 Устойчивого …".
        if article.published == nil {
            article.published = block.prefix(2).lazy.compactMap { Dateline.leading(lines[$0].text) }.first
        }
        if article.published == nil {
            article.relativeDate = around.prefix(20).lazy.compactMap { Dateline.relative(lines[$0].text) }.first
        }

        // The text, without boilerplate, without its headline and a lead printed twice.
        var paragraphs: [String] = []
        // Repeats are found by their letters, each line's computed once.
        var seen: [String: Int] = [:]
        var leadKey: String?
        for index in block where index != titleIndex && !(trail?.lines.contains(index) ?? false) {
            let line = lines[index]
            if line.words <= 8, Dateline.parse(line.text) != nil { continue }
            if let kind = line.boilerplate {
                article.removed.append(Article.Removed(kind: kind, text: line.text))
                continue
            }
            let key = Self.letters(line.text)
            if key.count >= 40 {
                let repeatsLead = leadKey.map { Self.nearlyEqual(key: $0, key) } ?? false
                if let earlier = seen[key] ?? (repeatsLead ? 0 : nil) {
                    if earlier == 0 { article.lead = paragraphs[0] }
                    article.removed.append(Article.Removed(kind: .duplicateLead, text: line.text))
                    continue
                }
                seen[key] = paragraphs.count
                if paragraphs.isEmpty { leadKey = key }
            }
            paragraphs.append(line.text)
        }
        // The first paragraph printed again outside the text (after the heading, as in the seed) is a lead.
        if let first = paragraphs.first, let leadKey,
           lines.indices.contains(where: { !block.contains($0) && lines[$0].text.count >= 40 && Self.nearlyEqual(key: leadKey, Self.letters(lines[$0].text)) }) {
            article.lead = first
            article.removed.append(Article.Removed(kind: .duplicateLead, text: first))
        }
        article.paragraphs = paragraphs
        article.authors = AuthorFinder(isPersonName: isPersonName).authors(around: titleIndex, in: lines.map(\.text), text: paragraphs, body: block)
        if let title = article.title, !paragraphs.isEmpty, !Self.isAbout(paragraphs.joined(separator: " "), title: title) {
            article.warnings.append("the heading «\(title)» does not match the text: it may belong to another page")
        }
        return article
    }

    // MARK: - Lines

    static func line(_ text: String, columns: Bool = false) -> Line {
        var body = Substring(text)
        let isBullet = ["* ", "- ", "• ", "— ", "· "].contains { body.hasPrefix($0) }
        if isBullet { body = body.dropFirst(2) }
        var words = 0
        var inWord = false
        // Scalar classes, not grapheme clusters: every line of a dump passes here. A mark belongs to its letter.
        for scalar in body.unicodeScalars {
            let kind = ScalarClass(scalar)
            if kind == .mark { continue }
            if kind.isLetter || kind == .digit {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        let last = body.last(where: { !$0.isWhitespace })
        // A news-list item opens with a number: only such lines are read further.
        let first = text.utf8.prefix { $0 != 0x20 }
        var isListing = false
        if let digit = first.first, (0x30...0x39).contains(digit), first.count < text.utf8.count, first.last != UInt8(ascii: ",") {
            let word = String(decoding: first, as: UTF8.self)
            isListing = Dateline.time(word) != nil || Dateline.numericDate(word) != nil
        }
        return Line(text: String(isBullet ? body : Substring(text)), words: words, columns: columns, isBullet: isBullet,
                    endsSentence: last.map { ".!?…»\")".contains($0) } ?? false,
                    boilerplate: BoilerplatePhrases.kind(of: String(body)), isListing: isListing)
    }

    /// Whether a news-list line has words besides its time and date: "10:17 Новый город-миллионник",
    /// not "07:20 05.01.2012 5".
    static func hasHeadlineWords(_ text: String) -> Bool {
        text.split(separator: " ").count { $0.contains(where: \.isLetter) } >= 2
    }

    /// How much a line looks like article prose.
    static func score(_ line: Line) -> Int {
        if line.boilerplate != nil { return -10 }
        if line.isListing { return -3 }
        if line.isBullet { return line.words >= 12 && line.endsSentence ? line.words / 2 : -4 }
        if line.words >= 12 && line.endsSentence { return line.words }
        if line.words >= 25 { return line.words / 2 }
        if line.words >= 6 && line.endsSentence { return 2 }
        return -3
    }

    /// The run of lines with the largest total score (Kadane's algorithm). A gap of lines that are no
    /// prose costs more the longer it is (the k-th line of a gap costs k times a line's cost): a caption
    /// or a subheading inside the text is cheap to cross, the related-news list after it is not.
    /// The article follows its headline: the best run that starts just after a line repeating the
    /// page's title wins over a better one elsewhere (comments, other news) unless that one scores
    /// three times as much.
    func mainBlock(_ lines: [Line]) -> Range<Int> {
        var costs: [Int] = []
        costs.reserveCapacity(lines.count)
        var gap = 0
        for (index, line) in lines.enumerated() {
            // A news list gives each item's teaser below its time and headline: the teaser is the list's too
            // (a line of a date alone is the article's dateline, and the text follows it).
            let isTeaser = index > 0 && lines[index - 1].isListing && Self.hasHeadlineWords(lines[index - 1].text)
            let score = isTeaser ? -3 : Self.score(line)
            gap = score < 0 ? gap + 1 : 0
            costs.append(score < 0 ? score * gap : score)
        }
        var best = (range: 0..<0, score: Int.min)
        var start = 0, sum = 0
        for index in costs.indices {
            if sum <= 0 { start = index; sum = 0 }
            sum += costs[index]
            if sum > best.score { best = (start..<(index + 1), sum) }
        }
        if let anchored = runAfterHeadline(lines, costs) ?? runAfterDatedHeadline(lines, costs), anchored.score * 3 >= best.score {
            best = anchored
        }
        if let opened = runOpenedByAgency(lines, costs), !best.range.contains(opened.range.lowerBound) {
            best = opened
        }
        // A trailing line that scores nothing does not belong to the text.
        var end = best.range.upperBound
        while end > best.range.lowerBound + 1, costs[end - 1] < 0 { end -= 1 }
        return best.range.lowerBound..<end
    }

    /// The best run starting within a few lines after the first headline-shaped line that repeats the
    /// page's title (a dump's first line).
    func runAfterHeadline(_ lines: [Line], _ costs: [Int]) -> (range: Range<Int>, score: Int)? {
        let titleWords = Self.wordSet(lines[0].text)
        guard let headline = lines.indices.dropFirst().first(where: { index in
            // The cheap tests first: this runs over every line of a dump whose title is not repeated.
            guard lines[index].words >= 3, lines[index].words <= 2 * titleWords.count else { return false }
            let words = Self.wordSet(lines[index].text)
            return Double(words.intersection(titleWords).count) >= 0.6 * Double(max(words.count, 1)) && isHeadline(lines[index])
        }) else { return nil }
        return bestRun(after: headline, costs)
    }

    /// Without a title line to match, the article is where a headline-shaped line has its date right
    /// below it ("Трое погибли …" | "07:20 05.01.2012"): the best run just after such a pair.
    func runAfterDatedHeadline(_ lines: [Line], _ costs: [Int]) -> (range: Range<Int>, score: Int)? {
        var best: (range: Range<Int>, score: Int)?
        for index in lines.indices where lines[index].words <= 8 && lines[index].text.utf8.count <= 80 {
            guard index > 0, isHeadline(lines[index - 1]), Dateline.parse(lines[index].text) != nil,
                  let run = bestRun(after: index, costs), run.score > best?.score ?? 0 else { continue }
            best = run
        }
        return best
    }

    /// A news agency's dateline opens its story ("МИНСК, 4 янв — РИА Новости, Алексей Букчин. …"): the
    /// run it starts is the article, however long the site's other text.
    func runOpenedByAgency(_ lines: [Line], _ costs: [Int]) -> (range: Range<Int>, score: Int)? {
        guard let opening = lines.indices.first(where: { costs[$0] > 0 && Byline.opening(lines[$0].text) != nil }),
              let run = bestRun(after: opening - 1, costs), run.range.lowerBound == opening else { return nil }
        return run
    }

    /// The best run starting within the eight lines after `anchor`.
    func bestRun(after anchor: Int, _ costs: [Int]) -> (range: Range<Int>, score: Int)? {
        var best: (range: Range<Int>, score: Int)?
        for start in (anchor + 1)..<min(costs.count, anchor + 9) where costs[start] > 0 {
            var sum = 0
            for index in start..<costs.count {
                sum += costs[index]
                if sum <= 0 { break }
                if sum > best?.score ?? 0 { best = (start..<(index + 1), sum) }
            }
        }
        return best
    }

    func isHeadline(_ line: Line) -> Bool {
        guard line.boilerplate == nil, !line.isBullet, !line.columns, line.words >= 3, line.text.count <= 250,
              Dateline.parse(line.text) == nil, !line.text.hasSuffix(":"),
              !Self.labels.contains(where: { Self.fold(line.text).hasPrefix($0) }) else { return false }
        // Menus in capitals or with bars ("Платная подписка | Рассылка новостей"), lines of numbers and
        // clock times, and interface text starting in lowercase ("не ваш регион?") are no headlines.
        let letters = line.text.unicodeScalars.filter(\.properties.isAlphabetic)
        let opening = line.text.unicodeScalars.first { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        guard letters.count >= 10, letters.contains(where: \.properties.isLowercase), !line.text.contains(" | "),
              opening.map({ !$0.properties.isLowercase }) ?? false else { return false }
        if line.text.contains(where: { $0 == ":" }) && line.text.filter(\.isNumber).count >= 4 { return false }
        return !line.text.hasSuffix(".") || line.text.hasSuffix("...")
    }

    /// Lines that label something else: "Теги: …", "Автор: …".
    static let labels = ["теги", "метки", "автор", "фото", "источник", "рубрика", "раздел", "версия для печати"]

    /// The headline before the text: of the headline-shaped lines in the forty before it, the one
    /// sharing most words with the page's first line (a dump often starts with the page title, which
    /// repeats the headline) and most stems with the text's opening (a headline speaks of its text),
    /// nearer ones first.
    func headlineIndex(before block: Range<Int>, in lines: [Line]) -> Int? {
        let titleWords = Self.wordSet(lines[0].text)
        let opening = Self.stems(lines[block.prefix(3)].map(\.text).joined(separator: " "))
        var best: (index: Int, score: Double)?
        for index in stride(from: block.lowerBound - 1, through: max(0, block.lowerBound - 40), by: -1) where isHeadline(lines[index]) {
            let words = Self.wordSet(lines[index].text)
            let shared = Double(words.intersection(titleWords).count) / Double(max(words.count, 1))
            let stems = Self.stems(lines[index].text)
            let aboutText = Double(stems.intersection(opening).count) / Double(max(stems.count, 1))
            let score = (index == 0 ? 0.5 : shared * 3) + aboutText * 2 + 1 / Double(block.lowerBound - index)
            if best == nil || score > best!.score { best = (index, score) }
        }
        return best?.index
    }

    static func wordSet(_ text: String) -> Set<String> {
        Set(Folding.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }

    func breadcrumbs(_ lines: [Line]) -> (items: [String], lines: [Int])? {
        for (index, line) in lines.enumerated() where Self.fold(line.text) == "главная" && line.isBullet {
            var items = [line.text]
            var used = [index]
            var next = index + 1
            while next < lines.count, lines[next].isBullet, lines[next].words <= 12, items.count <= Self.trailLevels.upperBound {
                items.append(lines[next].text)
                used.append(next)
                next += 1
            }
            // A longer list is the site's menu.
            if Self.trailLevels.contains(items.count) { return (items, used) }
        }
        let separators = [" / ", " » ", " > ", " → ", " - "]
        for (index, line) in lines.enumerated() where line.words <= 40 && separators.contains(where: line.text.contains) {
            // "Главная » Жизнь » Фрагменты", or any path after a label: "Вы читаете раздел: Здоровье » Секс".
            var path = Substring(line.text)
            let folded = Self.fold(line.text)
            if let colon = path.firstIndex(of: ":"), BreadcrumbTrail.labels.contains(where: { folded.hasPrefix($0) }) {
                path = path[path.index(after: colon)...]
            } else if !folded.hasPrefix("главная") {
                continue
            }
            for separator in separators where path.contains(separator) {
                let items = path.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
                if Self.trailLevels.contains(items.count), items.allSatisfy({ (1...6).contains($0.split(separator: " ").count) }) {
                    return (items, [index])
                }
            }
        }
        return nil
    }

    static let trailLevels = BreadcrumbTrail.levels

    // MARK: - Comparisons

    static func fold(_ text: String) -> String {
        Folding.fold(text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The same paragraph but for spacing, quotes, case or a cut with "…".
    static func nearlyEqual(_ a: String, _ b: String) -> Bool {
        nearlyEqual(key: letters(a), letters(b))
    }

    /// `nearlyEqual` over keys already made by `letters`.
    static func nearlyEqual(key x: String, _ y: String) -> Bool {
        // Keys are letters and digits: scalars are characters.
        let (xCount, yCount) = (x.unicodeScalars.count, y.unicodeScalars.count)
        guard xCount >= 40, yCount >= 40 else { return false }
        if x == y { return true }
        let (short, long) = xCount <= yCount ? (x, y) : (y, x)
        return min(xCount, yCount) >= 60 && long.hasPrefix(short)
    }

    static func letters(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let kind = ScalarClass(scalar)
            if kind.isLetter || kind == .digit { kept.append(Folding.fold(scalar)) }
        }
        return String(kept)
    }

    /// Words of four letters or more cut to five, a stem good enough to match inflected forms.
    static func stems(_ string: String) -> Set<String> {
        Set(Folding.fold(string).split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 4 }.map { String($0.prefix(5)) })
    }

    /// Whether the text speaks of what the heading names: some of the heading's content words (by their
    /// first five letters) occur in it.

    static func isAbout(_ text: String, title: String) -> Bool {
        let heading = stems(title)
        guard !heading.isEmpty else { return true }
        return Double(heading.intersection(stems(text)).count) / Double(heading.count) >= 0.34
    }
}
