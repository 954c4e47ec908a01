import RuNewsHTML
import Foundation

/// The first `<h1>` of two words or more: the headline as the page prints it.
struct FirstHeading {
    private(set) var text: String?
    private(set) var element: Int?

    mutating func visit(_ element: Int, in document: HTMLDocument) {
        guard text == nil, document.nodes[element].tag == .h1 else { return }
        let heading = document.text(of: element)
        if heading.split(separator: " ").count >= 2 { text = heading; self.element = element }
    }
}

/// The headline among what a page offers: its `<h1>`, Open Graph or JSON-LD headline, and `<title>`
/// without the site's name.
extension PageMetadata {
    /// The `<h1>` when `<title>` or Open Graph agree with it, else Open Graph, else `<title>` without
    /// the site name.
    static func headline(heading: String?, openGraph: String?, titleTag: String?, site: String?) -> String? {
        let fromTitle = titleTag.map { stripSite(from: $0, site: site) }
        if let heading {
            for other in [openGraph, fromTitle, titleTag].compactMap({ $0 }) where overlap(heading, other) >= 0.6 {
                return withoutExtras(heading, headline: other) ?? heading
            }
        }
        return openGraph.map { stripSite(from: $0, site: site) } ?? fromTitle ?? heading
    }

    /// A heading that runs on past the headline carries inline extras ("…к разводамКомментарии: 4"):
    /// the headline, then; nil for a heading that does not.
    static func withoutExtras(_ heading: String, headline: String) -> String? {
        heading.count > headline.count && heading.hasPrefix(headline) && headline.split(separator: " ").count >= 3 ? headline : nil
    }

    /// "Учёные создали … | Лента.ру" → "Учёные создали …": the title without the site's name.
    static func stripSite(from title: String, site: String?) -> String {
        headlinePart(of: title) ?? title.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The headline among the parts of a title split at the usual separators ("NEWS.BCM.RU :: Учёные
    /// создали …", "Учёные создали … | Лента.ру"): the first part when it reads as one (titles put the
    /// headline first and the site after it), else the longest; nil when no part has three words.
    static func headlinePart(of title: String) -> String? {
        // Bytes first: a separator absent from them is absent from the text (none has another form).
        for separator in [" | ", " :: ", " // ", " — ", " – ", " - ", " / ", " « ", " » "]
        where title.utf8.contains(bytes: Array(separator.utf8)) && title.contains(separator) {
            let parts = title.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            // The site and its section trail the headline, which may hold the separator itself
            // ("…погиб, 21 - получил травмы. - Новости дня - РосБизнесКонсалтинг").
            let story = parts.reversed().drop(while: isSiteName).reversed()
            if story.count < parts.count, story.count > 1, case let headline = story.joined(separator: separator),
               headline.split(separator: " ").count >= 3 {
                return headline
            }
            if let first = parts.first, first.split(separator: " ").count >= 3 { return first }
            if let longest = parts.max(by: { $0.count < $1.count }), longest.split(separator: " ").count >= 3 { return longest }
        }
        return nil
    }

    /// A part of a title that names a site or its section rather than a story: a few capitalised words
    /// without a sentence's end ("Новости дня", "РосБизнесКонсалтинг"), or a domain ("lenta.ru").
    static func isSiteName(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        guard (1...3).contains(words.count), let first = part.unicodeScalars.first, let last = part.last else { return false }
        if words.count == 1, part.contains("."), !".!?".contains(last) { return true }
        return first.properties.isUppercase && !".!?…:;,".contains(last)
    }

    static func overlap(_ a: String, _ b: String) -> Double {
        func words(_ text: String) -> Set<String> { Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)) }
        let x = words(a), y = words(b)
        guard !x.isEmpty else { return 0 }
        return Double(x.intersection(y).count) / Double(x.count)
    }
}
