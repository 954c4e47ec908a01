import RuNewsHTML
/// From a page's bytes to its article: charset, tree, main text, metadata.
public struct PageExtractor: Sendable {
    /// Pages beyond this size are cut (with a warning): nothing a news article needs lies so far in.
    public static let maximumBytes = 8 << 20
    /// This extractor's limit: the default above unless the caller gives another.
    let maximumBytes: Int

    /// Whether a byline's name is a person's (the caller's dictionary knows); without one, any
    /// capitalised two or three words are.
    let isPersonName: @Sendable (String) -> Bool

    public init(maximumBytes: Int = PageExtractor.maximumBytes, isPersonName: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.maximumBytes = maximumBytes
        self.isPersonName = isPersonName
    }

    public func extract(_ bytes: [UInt8], declaredCharset: String? = nil, forcedCharset: String? = nil) -> (article: Article, encoding: String) {
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
        let content = ContentExtractor().extract(from: document)
        // The tree is walked by the builder, the content extractor, the metadata and the trail finder.
        article.work = input.count + document.nodes.count * 4
        let metadata = PageMetadata(document: document, container: content.container)
        article.title = metadata.title
        let blocks = content.blocks
        let headline = metadata.title.flatMap { Self.index(of: $0, in: blocks) }
        article.published = metadata.published
            ?? headline.flatMap { near(headline: $0, in: blocks, Self.visibleDate) }
            ?? metadata.markedDate
            ?? content.paragraphs.prefix(6).lazy.compactMap(Self.visibleDate).first
        article.breadcrumbs = metadata.breadcrumbs
        if let breadcrumbs = metadata.breadcrumbs {
            article.removed.append(Article.Removed(kind: .breadcrumbs, text: breadcrumbs.joined(separator: " / ")))
        }
        var paragraphs = content.paragraphs
        // The headline is the title, not the first paragraph; a dateline alone is no paragraph.
        if let title = article.title, let first = paragraphs.first, first == title { paragraphs.removeFirst() }
        paragraphs.removeAll { $0.utf8.count(where: { $0 == 0x20 }) < 8 && Dateline.parse($0) != nil }
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
        article.paragraphs = paragraphs
        article.removed += content.removed
        article.authors = metadata.authors.filter(isPersonName)
        if article.authors.isEmpty {
            article.authors = AuthorFinder(isPersonName: isPersonName).authors(around: headline, in: blocks, text: paragraphs)
        }
        if article.published == nil, let headline {
            article.relativeDate = near(headline: headline, in: blocks, Dateline.relative)
        }
        article.site = metadata.site
        article.canonicalURL = metadata.canonicalURL
        article.section = metadata.section
        article.mostLinkedHost = metadata.mostLinkedHost
        article.modified = metadata.modified
        return (article, decoded.encoding)
    }

    /// The block that shows the headline: the first that is it or holds it, compared as bytes.
    static func index(of headline: String, in blocks: [String]) -> Int? {
        let needle = Array(headline.utf8)
        guard !needle.isEmpty else { return nil }
        return blocks.firstIndex { $0.utf8.contains(bytes: needle) }
    }

    /// What `read` finds first in the blocks around the headline, nearest first (a page's header often
    /// shows today's date too, so the headline's neighbourhood comes first).
    func near<Found>(headline index: Int, in blocks: [String], _ read: (String) -> Found?) -> Found? {
        for candidate in blocks.indices(around: index, within: 0...8) {
            if let found = read(blocks[candidate]) { return found }
        }
        return nil
    }

    /// "8 MB", "512 KB", "100 bytes".
    public static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }

    /// The date of a short block, or of a long one that opens with a numeric date (an agency's
    /// "05.01.2012, Тирасполь 00:16:06 …").
    static func visibleDate(_ block: String) -> String? {
        if block.count <= 160 { return Dateline.parse(block) }
        guard let first = Dateline.tokens(of: String(block.prefix(12))).first, Dateline.numericDate(first) != nil else { return nil }
        return Dateline.parse(String(block.prefix(40)))
    }
}
