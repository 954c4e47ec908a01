import RuNewsText

/// The article in a text dump: what scrapers save after stripping the markup, menus and footers
/// included, one block a line.
///
/// The main text is the densest run of prose lines (`ProseRun`: long lines of words that end like
/// sentences score by their length; short lines, bullets, news-list items and boilerplate phrases cost,
/// the more the longer the gap), preferably the one right after the headline. Around it: a breadcrumb
/// trail (`DumpTrail`), the headline (the line the trail ends with, or the nearest headline-shaped line
/// before the text), the dateline near the headline, and a lead the page prints twice, kept once.
public struct TextDumpExtractor: Sendable {
    /// Whether a byline's name is a person's (see `PageExtractor`).
    let isPersonName: @Sendable (String) -> Bool

    public init(isPersonName: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.isPersonName = isPersonName
    }

    /// `address` and `fetched` (the dump's page address and when it was fetched, ISO 8601) date the
    /// article as they date a page: a date the address agrees with gains, none is later than the fetch.
    public func extract(_ dump: String, address: String? = nil, fetched: String? = nil) -> Article {
        let lines = DumpLine.lines(of: dump)
        var article = Article()
        // The lines are read, scored, searched for the trail and the headline.
        article.work = dump.utf8.count + lines.count * 4
        guard !lines.isEmpty else { return article }
        let run = ProseRun(lines)
        var block = run.block
        // A dump of the title and the text alone (what a scraper keeps of an article) opens its run with
        // the headline: a headline-shaped first line about the text is none of it.
        if block.lowerBound == 0, block.count > 1, lines[0].isHeadline,
           TextComparison.isAbout(lines[1..<min(block.upperBound, 4)].map(\.text).joined(separator: " "), title: lines[0].headlineText) {
            block = 1..<block.upperBound
        }

        // A trail inside the run of text ends it: what follows is the page's frame. A run that opens with
        // the trail (a ticker may stand before it) goes on with the headline: the text starts after them.
        let opening = DumpTrail.openingEnd(of: block, in: lines)
        let trail = DumpTrail.find(in: lines) ?? DumpTrail.above(block, in: lines)
            ?? DumpTrail.anywhere(in: lines, outside: block, opening: opening) ?? DumpTrail.listed(above: block, in: lines)
        if let start = trail?.lines.first, let end = trail?.lines.last, block.contains(start) {
            if start >= opening {
                block = block.lowerBound..<start
            } else if end + 1 < block.upperBound {
                let next = end + 1
                block = (lines[next].isHeadline && next + 1 < block.upperBound ? next + 1 : next)..<block.upperBound
            }
        }
        if let trail {
            article.breadcrumbs = trail.items
            article.removed.append(Article.Removed(kind: .breadcrumbs, text: trail.items.joined(separator: " / ")))
        }
        let (titleIndex, leads) = headline(of: lines, trail: trail, block: block, into: &article)
        // The first line is the page's title, outside the page's body: no place to measure a dateline from.
        let headline = titleIndex.flatMap { $0 > 0 ? ($0, article.title) : nil }
        let dates = DumpDates.candidates(lines, headline: headline, block: block, boxes: run.boxes,
                                         address: address, fetched: fetched.flatMap(PageExtractor.fetchWindow))
        (article.published, article.relativeDate) = DateChoice.choose(dates, reach: DumpLayout.datelineReach)
        let skipped = Set(trail?.lines ?? []).union(titleIndex.map { [$0] } ?? []).union(run.boxes.ranges.joined())
            .union(run.boxes.advertisements)
        article.removed += run.boxes.advertisements.map { Article.Removed(kind: .ads, text: lines[$0].text) }
        for box in run.boxes.ranges {
            let kind = lines[box.lowerBound].boilerplate ?? .related
            article.removed += box.map { Article.Removed(kind: kind, text: lines[$0].text) }
        }
        body(lines, leads + Array(block), skipping: skipped, into: &article)
        // Else the lead printed between the headline and the text (a dump without a title line).
        if article.lead == nil, let lead = leads.first.map({ lines[$0].text }), article.paragraphs.first == lead { article.lead = lead }
        // Boxes of other news are not among the lines around the text: a signature after one closes it.
        let kept = lines.indices.filter { !run.boxes.contains[$0] }.map { lines[$0].text }
        let position = run.boxes.position
        article.authors = AuthorFinder(isPersonName: isPersonName)
            .authors(around: titleIndex.map { position[$0] }, in: kept, text: article.paragraphs,
                     body: position[block.lowerBound]..<position[block.upperBound])
        if let title = article.title, !article.paragraphs.isEmpty,
           !TextComparison.isAbout(article.paragraphs.joined(separator: " "), title: title) {
            article.warnings.append("the heading «\(title)» does not match the text: it may belong to another page")
        }
        return article
    }

    // MARK: - Headline

    /// The headline: the trail's last item when a line repeats it (unless the item is cut short), else the headline-shaped line before
    /// the text `headlineIndex` chooses, else the first line's part before or after the site name. Its
    /// line, if any, and the lead lines below it that open the text.
    func headline(of lines: [DumpLine], trail: DumpTrail.Match?, block: Range<Int>,
                  into article: inout Article) -> (index: Int?, leads: [Int]) {
        var titleIndex: Int?
        var leads: [Int] = []
        // (A last item cut with "…" is the headline shortened: the line it shortens is the headline.)
        if let trail, let last = trail.items.last, !last.hasSuffix("…"),
           let repeated = lines.indices.first(where: { !trail.lines.contains($0) && lines[$0].text == last && lines[$0].isHeadline }) {
            titleIndex = repeated
        } else {
            (titleIndex, leads) = Self.headlineIndex(before: block, in: lines, skipping: Set(trail?.lines ?? []))
        }
        if let titleIndex {
            // The first line of a dump is the page's title, the site's name and all; a headline line that
            // runs on past it carries inline extras, unless the first line holds it whole (the title's
            // separator was the headline's own: "Зимой женщины рискуют … – косметологи").
            let pageTitle = PageMetadata.stripSite(from: lines[0].text, site: nil)
            let line = lines[titleIndex].headlineText
            article.title = titleIndex == 0 ? pageTitle
                : lines[0].text.contains(line) ? line : PageMetadata.withoutExtras(line, headline: pageTitle) ?? line
        } else if block.lowerBound > 0, let fromTitleLine = PageMetadata.headlinePart(of: lines[0].text) {
            article.title = fromTitleLine
        }
        if let title = article.title, let titleIndex { article.title = Self.repeatedEnd(of: title, in: lines, besides: titleIndex) ?? title }
        return (titleIndex, leads)
    }

    /// A headline the dump prints again after something else is the words the two lines end with: at
    /// least three, where what one of them puts before those words is a rubric ("Происшествия: X"), a date
    /// ("Mon, 16 Jan 2012 23:53:30 X") or nothing ("Главная Сюжеты Космос X" and "X" alone) — not the
    /// other headlines of a list that end alike ("В Москве открылся новый музей", "В Петербурге …").
    /// Lines twice the headline's length or more are paragraphs, not headlines.
    static func repeatedEnd(of title: String, in lines: [DumpLine], besides titleIndex: Int) -> String? {
        let words = title.split(separator: " ")
        guard words.count > DumpLayout.repeatedEndWords else { return nil }
        func isFrame(_ prefix: ArraySlice<Substring>) -> Bool {
            prefix.isEmpty || prefix.last?.hasSuffix(":") == true || Dateline.read(prefix.joined(separator: " ")) != nil
        }
        var best = 0
        for (index, line) in lines.enumerated() where index != titleIndex && line.text.utf8.count < 2 * title.utf8.count {
            let other = line.text.split(separator: " ")
            let shared = zip(words.reversed(), other.reversed()).prefix { $0 == $1 }.count
            guard shared < words.count, shared >= DumpLayout.repeatedEndWords,
                  isFrame(words.dropLast(shared)) || isFrame(other.dropLast(shared)) else { continue }
            best = max(best, shared)
        }
        return best > 0 ? words.suffix(best).joined(separator: " ") : nil
    }

    /// The headline before the text: of the headline-shaped lines shortly before it, the one sharing most
    /// words with the page's first line (a dump often starts with the page title, which repeats the
    /// headline) and most stems with the text's opening (a headline speaks of its text), nearer and
    /// shorter ones first (a lead is longer); never a line of the trail ("ИА REGNUM » Новости » Президент
    /// Литвы нарезала судам…"). Where no line repeats the first, the upper of the lines about the text
    /// (`DumpLayout.untitledHeadlineReach`), or a line about it above them that its dateline follows
    /// (`datedHeadline`), with the lines about it below as the lead.
    static func headlineIndex(before block: Range<Int>, in lines: [DumpLine], skipping trail: Set<Int>) -> (index: Int?, leads: [Int]) {
        let titleWords = TextComparison.wordSet(lines[0].text)
        let opening = TextComparison.stems(lines[block.prefix(3)].map(\.text).joined(separator: " "))
        var best: (index: Int, score: Double)?
        var titled = false
        // The lines shortly above the text that speak of it, the nearest first, for a dump without a title line.
        var about: [Int] = []
        for index in stride(from: block.lowerBound - 1, through: max(0, block.lowerBound - DumpLayout.headlineBefore), by: -1)
        where !trail.contains(index) && lines[index].isHeadline {
            let words = TextComparison.wordSet(lines[index].text)
            let shared = Double(words.intersection(titleWords).count) / Double(max(words.count, 1))
            let stems = TextComparison.stems(lines[index].text)
            let aboutText = Double(stems.intersection(opening).count) / Double(max(stems.count, 1))
            // The first line is the page's title, the site's name and all: its length says nothing.
            let long = index == 0 ? 0 : Double(max(0, lines[index].words - DumpLayout.usualHeadlineWords)) * DumpLayout.longHeadlineCost
            let score = (index == 0 ? 0.5 : shared * 3) + aboutText * 2 + 1 / Double(block.lowerBound - index) - long
            if best == nil || score > best!.score { best = (index, score) }
            guard index > 0 else { continue }
            if shared >= DumpLayout.titleShare { titled = true }
            if block.lowerBound - index <= DumpLayout.untitledHeadlineReach, aboutText >= DumpLayout.aboutTextShare,
               stems.count >= DumpLayout.aboutTextStems, lines[index].words > DumpLayout.aboutTextStems {
                about.append(index)
            }
        }
        guard !titled else { return (best?.index, []) }
        // Where no line repeats the first (inscriptis starts a dump with the page's furniture, not its
        // title), the headline is the upper of the lines about the text: a lead stands below it, and
        // opens the text. A line about the text above that one, which its dateline follows ("Купание в
        // бассейнах …", "Фото: …", "Опубликовано 17 января 12 (19:14)"), is the headline over a lead
        // or a caption, which no dateline follows.
        var chosen: Int?
        if let topmost = about.last, (best?.index ?? .max) >= topmost { chosen = topmost }
        // (Above the line chosen so far: a line below it, a story's label, does not win.)
        if let dated = datedHeadline(before: chosen ?? best?.index ?? block.lowerBound, above: block.lowerBound, opening: opening,
                                     in: lines, skipping: trail) {
            chosen = dated
        }
        guard let chosen else { return (best?.index, []) }
        return (chosen, about.filter { $0 > chosen }.reversed())
    }

    /// The nearest headline-shaped line above `end`, at most `DumpLayout.headlineBefore` lines above the
    /// text's `start`, that shares `DumpLayout.datedHeadlineStems` stems with the text's `opening`, with a
    /// dateline at most `DumpLayout.datelineBelowHeadline` lines below it (a credit, a counter between; no
    /// prose) and no other dated line near that dateline (a news list dates each of its items); not a line
    /// of a path ("Рязанские новости / Происшествия") or of links run together.
    static func datedHeadline(before end: Int, above start: Int, opening: Set<String>, in lines: [DumpLine], skipping trail: Set<Int>) -> Int? {
        func isDated(_ index: Int) -> Bool {
            lines[index].isDateline && DateCandidates.visible(lines[index].text, element: index).candidate != nil
        }
        let top = max(1, start - DumpLayout.headlineBefore)
        guard end - 1 >= top else { return nil }
        for index in stride(from: end - 1, through: top, by: -1)
        where !trail.contains(index) && lines[index].isHeadline && !lines[index].isDateline {
            let below = (index + 1)..<min(lines.count, index + 1 + DumpLayout.datelineBelowHeadline)
            guard let dateline = below.first(where: { isDated($0) || lines[$0].score > 0 }), isDated(dateline),
                  TextComparison.stems(lines[index].text).intersection(opening).count >= DumpLayout.datedHeadlineStems,
                  !DumpTrail.pathLineSeparators.contains(where: lines[index].text.contains), DumpTrail.glued(lines[index].text).count < 3
            else { continue }
            let around = max(0, dateline - DumpLayout.datelineCrowd)...min(lines.count - 1, dateline + DumpLayout.datelineCrowd)
            guard !around.contains(where: { $0 != dateline && isDated($0) }) else { continue }
            return index
        }
        return nil
    }

    // MARK: - Body

    /// The text's paragraphs from the lines at `indices` (a lead above the run of text, then the run),
    /// without boilerplate, datelines, credits of a source, the lines in `skipped` (the trail, the
    /// headline) and a lead printed twice, which is kept once, as `lead`.
    func body(_ lines: [DumpLine], _ indices: [Int], skipping skipped: Set<Int>, into article: inout Article) {
        var paragraphs: [String] = []
        // Repeats are found by their letters, each line's computed once.
        var seen: [String: Int] = [:]
        var leadKey: String?
        for index in indices where !skipped.contains(index) {
            let line = lines[index]
            if line.isDateline || line.isSourceCredit || BoilerplatePhrases.isPhotoCredit(line.text, words: line.words) { continue }
            if let kind = line.boilerplate {
                article.removed.append(Article.Removed(kind: kind, text: line.text))
                continue
            }
            let key = TextComparison.letters(line.text)
            if key.count >= DumpLayout.repeatedParagraphLetters {
                let repeatsLead = leadKey.map { TextComparison.nearlyEqual(key: $0, key) } ?? false
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
        let inside = Set(indices)
        if let first = paragraphs.first, let leadKey,
           lines.indices.contains(where: { !inside.contains($0) && lines[$0].text.count >= DumpLayout.repeatedParagraphLetters
               && TextComparison.nearlyEqual(key: leadKey, TextComparison.letters(lines[$0].text)) }) {
            article.lead = first
            article.removed.append(Article.Removed(kind: .duplicateLead, text: first))
        }
        article.paragraphs = paragraphs
    }
}
