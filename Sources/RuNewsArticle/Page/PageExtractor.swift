import RuNewsHTML
import RuNewsText

/// From a page's bytes to its article: charset, tree, main text, metadata.
public struct PageExtractor: Sendable {
    /// Pages beyond this size are cut (with a warning): nothing a news article needs lies so far in.
    public static let maximumBytes = 8 << 20
    /// This extractor's limit: the default above unless the caller gives another.
    let maximumBytes: Int
    /// A line of the text's end with no more words than this and no sentence's end is the frame's.
    static let frameTailWords = 6

    /// Whether a byline's name is a person's (the caller's dictionary knows); without one, any
    /// capitalised two or three words are.
    let isPersonName: @Sendable (String) -> Bool

    public init(maximumBytes: Int = PageExtractor.maximumBytes, isPersonName: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.maximumBytes = maximumBytes
        self.isPersonName = isPersonName
    }

    /// The article of a page's bytes. `address` is where the page was fetched from, `fetched` when (ISO 8601,
    /// a day or a moment): the page's date is never later than that.
    public func extract(_ bytes: [UInt8], declaredCharset: String? = nil, forcedCharset: String? = nil, address: String? = nil,
                        fetched: String? = nil) -> (article: Article, encoding: String) {
        var article = Article()
        var input = bytes
        if input.count > maximumBytes {
            input = Charset.cut(input, to: maximumBytes)
            article.warnings.append("the page is larger than \(Self.size(maximumBytes)): only its start was read")
        }
        let decoded = Charset.decode(input, declared: declaredCharset, forced: forcedCharset)
        article.warnings += decoded.warnings
        let document = TreeBuilder().parse(decoded.utf8)
        if document.isTruncated {
            article.warnings.append("the page has more than \(TreeBuilder.maximumNodes) nodes: only its start was read")
        }
        let metadata = PageMetadata(document: document)
        var content = ContentExtractor().extract(from: document, title: metadata.title, heading: metadata.headingElement)
        // The tree is walked by the builder, the content extractor, the metadata, the trail finder and the layout.
        article.work = input.count + document.nodes.count * 5
        article.title = metadata.title
        // The text may open with one of the page's headings, printed inside the article's container:
        // where nothing told the headline, it is one to choose from, and the text's opening follows it.
        let opensWithHeading = content.paragraphs.first.map { first in metadata.headings.contains { $0.text == first } } ?? false
        let text = content.paragraphs.dropFirst(opensWithHeading ? 1 : 0)
        var chosen: HeadingCandidate?
        if let first = text.first, let firstBlock = content.blockDetails.firstIndex(where: { $0.text == first }) {
            let firstElement = content.blockDetails[firstBlock].element
            if !metadata.headingAgreesWithTitle,
               case let headings = metadata.headings.isEmpty ? Self.headlineLines(before: firstBlock, in: content) : metadata.headings {
                chosen = PageMetadata.headline(among: headings, before: firstElement, agreeingWith: text.prefix(3).joined(separator: " "),
                                               over: metadata.title, printed: metadata.headings.contains { $0.mark == .h1 && $0.text == metadata.title })
            }
            if chosen == nil, article.title == nil {
                chosen = Self.untitledHeadline(among: metadata.headings, before: firstBlock, in: content)
            }
        }
        if let chosen {
            // The dates and the layout are measured from that headline's block.
            article.title = chosen.text
            if let block = ContentExtractor.index(of: chosen.text, in: content.blockDetails) {
                content.headline = block
                content.headlineBlock = block
            }
        }
        let blocks = content.blocks
        let headline = content.headline
        let layout = PageLayout(document: document, content: content)
        let candidates = DateCandidates.collect(markup: metadata.dateCandidates, layout: layout, headline: article.title,
                                                addresses: [address, metadata.canonicalURL].compactMap { $0 },
                                                fetched: fetched.flatMap(Self.fetchWindow))
        (article.published, article.relativeDate) = DateChoice.choose(candidates)
        article.breadcrumbs = metadata.breadcrumbs
        if let breadcrumbs = metadata.breadcrumbs {
            article.removed.append(Article.Removed(kind: .breadcrumbs, text: breadcrumbs.joined(separator: " / ")))
        }
        var paragraphs = content.paragraphs
        // The headline is the title, not the first paragraph; a dateline alone, the credit of a source or
        // of a photo, is no paragraph.
        if let title = article.title, let first = paragraphs.first, first == title { paragraphs.removeFirst() }
        paragraphs.removeAll { paragraph in
            let spaces = paragraph.utf8.count(where: { $0 == 0x20 })
            return spaces < 8 && Dateline.parse(paragraph) != nil || BoilerplatePhrases.isSourceCredit(paragraph, words: spaces + 1)
                || BoilerplatePhrases.isPhotoCredit(paragraph, words: spaces + 1)
        }
        // A lead printed twice (as a standfirst and again as the first paragraph) is kept once.
        let description = metadata.description.map(TextComparison.letters)
        func repeatsDescription(_ index: Int) -> Bool {
            description.map { TextComparison.nearlyEqual(key: TextComparison.letters(paragraphs[index]), $0) } ?? false
        }
        if let index = paragraphs.indices.first(where: repeatsDescription) {
            article.lead = paragraphs[index]
            if let again = paragraphs.indices.dropFirst(index + 1).first(where: repeatsDescription) {
                article.removed.append(Article.Removed(kind: .duplicateLead, text: paragraphs[again]))
                paragraphs.remove(at: again)
            }
        }
        // Else the standfirst the page prints apart from the text, above it.
        if article.lead == nil, let lead = content.lead, paragraphs.contains(lead) { article.lead = lead }
        article.removed += content.removed
        let finder = AuthorFinder(isPersonName: isPersonName)
        article.authors = metadata.authors(beside: content.container, in: document).filter(isPersonName)
        if article.authors.isEmpty {
            // A signature may stand in a block of its own right after the text, outside its container
            // ("<div class="author">Елизавета Банникова</div>"). Bylines a few blocks further are not read
            // there, as a dump's are: on a page they are as often the next teaser's ("Дмитрий ЧЕРНЫШОВ | 8 декабря").
            let body = paragraphs.first.flatMap(blocks.firstIndex(of:)).flatMap { start in
                paragraphs.last.flatMap { blocks[start...].firstIndex(of: $0) }.map { start..<($0 + 1) }
            }
            article.authors = finder.authors(around: headline, in: blocks, text: paragraphs, body: body, bylinesBeside: false)
        }
        // Short lines the text ends with that are no sentences are the page's: the label of a list left
        // out ("Ссылки по теме:"), a counter ("Просмотров: 2639"). A signature stays.
        while paragraphs.count > 1, let last = paragraphs.last, DumpLine.words(in: Substring(last)) <= Self.frameTailWords,
              !DumpLine.endsSentence(Substring(last)), finder.signature(last) == nil {
            article.removed.append(Article.Removed(kind: .related, text: last))
            paragraphs.removeLast()
        }
        article.paragraphs = paragraphs
        article.site = metadata.site
        article.canonicalURL = metadata.canonicalURL
        article.section = metadata.section
        article.mostLinkedHost = metadata.mostLinkedHost
        article.modified = metadata.modified
        return (article, decoded.encoding)
    }

    /// How far above the text, in blocks, and how long a line may be to stand in for a heading.
    static let headlineLineReach = 8, headlineLineCharacters = 200

    /// A page may mark no heading at all (no `<h1>`, no class that says so): the short lines just above
    /// the text are its headings then, to choose from by the words the text's opening shares with them.
    /// A line that ends with a full stop is prose, a line with a date a dateline: neither is a headline.
    /// (Where the page marks headings, the lines above the text are as often a lead or a caption.)
    /// The blocks between an untitled page's heading and its text, at most: a dateline, a byline, a photo's caption.
    static let untitledHeadingReach = 6

    /// A page that names no headline at all (no title, no description, no `<h1>`) still prints one: the
    /// nearest heading above its text's first block, a few blocks up at most, that is no dateline. Headings
    /// are asked from the nearest up, and the search stops at the first out of reach.
    static func untitledHeadline(among headings: [HeadingCandidate], before firstBlock: Int,
                                 in content: ContentExtractor.Content) -> HeadingCandidate? {
        let firstElement = content.blockDetails[firstBlock].element
        for heading in headings.reversed() {
            guard let element = heading.element, element < firstElement else { continue }
            guard let block = ContentExtractor.index(of: heading.text, in: content.blockDetails) else { continue }
            guard firstBlock - block <= untitledHeadingReach else { return nil }
            if Dateline.parse(heading.text) == nil { return heading }
        }
        return nil
    }

    static func headlineLines(before block: Int, in content: ContentExtractor.Content) -> [HeadingCandidate] {
        content.blockDetails[max(0, block - headlineLineReach)..<block].compactMap { line in
            guard line.characters <= headlineLineCharacters, HeadingCandidates.hasTwoWords(line.text), !line.text.hasSuffix("."),
                  !content.paragraphs.contains(line.text), Dateline.leading(line.text) == nil, Dateline.read(line.text) == nil else { return nil }
            return HeadingCandidate(line.text, element: line.element, mark: .printed)
        }
    }

    /// The day a page was fetched and the latest day its date may be: that day, or the next where the
    /// fetch is a moment (a UTC moment may be the next day where the page stands, east of Greenwich).
    static func fetchWindow(_ fetched: String) -> (day: CalendarDate, latest: CalendarDate)? {
        guard let day = CalendarDate(iso: fetched) else { return nil }
        return (day, fetched.count > 10 ? day.adding(days: 1) : day)
    }

    /// "8 MB", "512 KB", "100 bytes".
    public static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }

}
