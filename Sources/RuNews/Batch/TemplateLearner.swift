import RuNewsText
import RuNewsArticle

/// Same-site template learning: in a window of documents, a paragraph that several pages of one site
/// carry ("Статьи по теме:", "Оцените, пожалуйста, статью", a teaser list) is the site's template, not
/// any article's, and is taken out as `template`.
///
/// Windows are fixed runs of `window` documents in input order, so the result does not depend on how
/// many jobs run, and memory stays bounded however large the archive. A paragraph counts as template
/// when `minimumPages` different pages of the site in the window carry it: two may share a sentence of
/// background, three rarely do. Copies of one page (its http, https and AMP addresses, a page fetched
/// twice: `Draft.pages`) count once: they share their whole text, which is no template. Pages whose
/// address is unknown count apart, so a block that an extractor took for the article on many pages of
/// a site is still found to be the site's.
public enum TemplateLearner {
    public static let window = 64
    public static let minimumPages = 3
    /// For each draft, the keys of its site's template paragraphs.
    public static func templates(of drafts: [Draft]) -> [Set<Key>] {
        var pagesBySite: [String: [Int]] = [:]
        for (index, draft) in drafts.enumerated() {
            if let host = draft.host { pagesBySite[host, default: []].append(index) }
        }
        var result = [Set<Key>](repeating: [], count: drafts.count)
        for pages in pagesBySite.values where pages.count >= minimumPages {
            let keys = pages.map { Set(drafts[$0].paragraphs.map(Key.init)) }
            let copies = distinctPages(pages.map { drafts[$0].pages })
            guard copies.count >= minimumPages else { continue }
            var carriers: [Key: Int] = [:]
            for page in copies {
                for key in page.reduce(into: Set<Key>(), { $0.formUnion(keys[$1]) }) { carriers[key, default: 0] += 1 }
            }
            let template = Set(carriers.filter { $0.value >= minimumPages }.keys)
            for page in pages { result[page] = template }
        }
        return result
    }

    /// The documents grouped into pages: a document joins the first group it shares an address with.
    static func distinctPages(_ addresses: [Set<String>]) -> [[Int]] {
        var groups: [(addresses: Set<String>, members: [Int])] = []
        for (document, own) in addresses.enumerated() {
            if !own.isEmpty, let group = groups.firstIndex(where: { !$0.addresses.isDisjoint(with: own) }) {
                groups[group].addresses.formUnion(own)
                groups[group].members.append(document)
            } else {
                groups.append((own, [document]))
            }
        }
        return groups.map(\.members)
    }

    /// A paragraph as templates compare it: folded (lowercase, ё as е), white space collapsed. `Folding`
    /// reads ASCII and Cyrillic over the bytes and the rest scalar by scalar; `lowercased()` maps every
    /// scalar through Unicode's tables, and every paragraph of a site is keyed. Keys are compared with keys
    /// only, so their bytes are hashed and compared as they are: a String would be brought to NFC scalar
    /// by scalar first, and that cost most of the learning.
    public struct Key: Hashable, Sendable {
        let folded: ByteKey

        public init(_ paragraph: String) {
            folded = ByteKey(CollapsedWhitespace.string(Folding.fold(paragraph)))
        }
    }
}
