import RuNewsText

/// Same-site template learning: in a window of documents, a paragraph that several pages of one site
/// carry ("Статьи по теме:", "Оцените, пожалуйста, статью", a teaser list) is the site's template, not
/// any article's, and is taken out as `template`.
///
/// Windows are fixed runs of `window` documents in input order, so the result does not depend on how
/// many jobs run, and memory stays bounded however large the archive. A paragraph counts as template
/// when `minimumPages` pages of the site in the window carry it: two pages of a site may share a
/// sentence of background, three rarely do.
public enum TemplateLearner {
    public static let window = 64
    public static let minimumPages = 3

    /// For each draft, the keys of its site's template paragraphs.
    public static func templates(of drafts: [Draft]) -> [Set<String>] {
        var pagesBySite: [String: [Int]] = [:]
        for (index, draft) in drafts.enumerated() {
            if let host = draft.host { pagesBySite[host, default: []].append(index) }
        }
        var result = [Set<String>](repeating: [], count: drafts.count)
        for pages in pagesBySite.values where pages.count >= minimumPages {
            var carriers: [String: Int] = [:]
            for page in pages {
                for key in Set(drafts[page].paragraphs.map(key)) { carriers[key, default: 0] += 1 }
            }
            let template = Set(carriers.filter { $0.value >= minimumPages }.keys)
            for page in pages { result[page] = template }
        }
        return result
    }

    /// A paragraph's key: lowercase, white space collapsed.
    static func key(_ paragraph: String) -> String {
        CollapsedWhitespace.string(paragraph.lowercased())
    }
}
