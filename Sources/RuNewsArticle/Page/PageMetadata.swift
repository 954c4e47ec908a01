import RuNewsHTML
import Foundation

/// A page's headline, dates, authors, site and breadcrumbs, from the places pages put them: Open Graph
/// and article meta tags, JSON-LD, `itemprop`, `<time datetime>`, `<h1>`, `<title>` without the site name,
/// a byline, a breadcrumb trail, and the visible dateline near the headline.
struct PageMetadata {
    var title: String?
    var published: String?
    /// A date shown in an element marked as one ("pubdate", "news-date") beside the article.
    var markedDate: String?
    var modified: String?
    var authors: [String] = []
    var site: String?
    var canonicalURL: String?
    var mostLinkedHost: String?
    var description: String?
    var breadcrumbs: [String]?
    var section: String?

    init(document: HTMLDocument, container: Int?) {
        var meta: [String: String] = [:]
        var titleTag: String?
        var canonical: String?
        var linkedHosts: [String: Int] = [:]
        var firstHeading: String?
        var timeDatetime: String?
        var jsonLD: [String] = []
        var bylines: [(element: Int, text: String)] = []
        var markedDates: [(element: Int, date: String)] = []
        var unmarkedTrail: [String]?
        var hintBytes: [UInt8] = []
        for element in document.elements() {
            switch document.nodes[element].tag {
            case .meta:
                let key = (document.attribute("property", of: element) ?? document.attribute("name", of: element)
                    ?? document.attribute("itemprop", of: element))?.lowercased()
                if let key, let content = document.attribute("content", of: element), meta[key] == nil {
                    meta[key] = content.trimmingCharacters(in: .whitespacesAndNewlines)
                }
            case .a:
                if let href = document.nodes[element].value(of: "href"), let host = SiteHost.of(href) { linkedHosts[host, default: 0] += 1 }
            case .link where canonical == nil && document.attribute("rel", of: element)?.lowercased() == "canonical":
                canonical = document.attribute("href", of: element)
            case .title where titleTag == nil:
                titleTag = document.text(of: element)
            case .h1 where firstHeading == nil:
                let text = document.text(of: element)
                if text.split(separator: " ").count >= 2 { firstHeading = text }
            case .time where timeDatetime == nil:
                timeDatetime = document.attribute("datetime", of: element)
            case .script where document.attribute("type", of: element)?.lowercased() == "application/ld+json":
                jsonLD.append(document.nodes[element].children.map { String(decoding: document.nodes[$0].text, as: UTF8.self) }.joined())
            default:
                break
            }
            if unmarkedTrail == nil { unmarkedTrail = BreadcrumbTrail.items(of: element, in: document) }
            guard !document.nodes[element].attributes.isEmpty else { continue }
            hintBytes.removeAll(keepingCapacity: true)
            for attribute in document.nodes[element].attributes where Self.hintAttributes.contains(attribute.name) {
                for byte in attribute.value { hintBytes.append(byte.asciiLowercased) }
                hintBytes.append(0x20)
            }
            if Self.dateHints.contains(where: { hintBytes.contains(bytes: $0) }) {
                let text = document.text(of: element)
                if text.count <= 80, let date = Dateline.parse(text) { markedDates.append((element, date)) }
            }
            if Self.authorHints.contains(where: { hintBytes.contains(bytes: $0) }) {
                let text = document.text(of: element)
                if !text.isEmpty, text.count <= 80 { bylines.append((element, text)) }
            }
            if breadcrumbs == nil, hintBytes.contains(bytes: Self.breadcrumbHint)
                || document.nodes[element].value(of: "itemtype").map({ $0.contains(bytes: Self.breadcrumbList) }) ?? false {
                let links = document.elements(under: element).filter { document.nodes[$0].tag == .a }.map { document.text(of: $0) }
                    .filter { !$0.isEmpty }
                if links.count >= 2 { breadcrumbs = links }
            }
        }
        breadcrumbs = breadcrumbs ?? unmarkedTrail
        let ld = jsonLD.joined(separator: "\n")
        site = meta["og:site_name"]
        canonicalURL = canonical ?? meta["og:url"]
        // Ties go to the alphabetically first host, so the answer does not depend on hashing.
        mostLinkedHost = linkedHosts.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
        description = meta["og:description"] ?? meta["description"]
        section = (meta["article:section"] ?? Self.jsonValue("articleSection", in: ld)).flatMap { $0.isEmpty ? nil : $0 }
        title = Self.headline(heading: firstHeading, openGraph: meta["og:title"] ?? Self.jsonValue("headline", in: ld), titleTag: titleTag, site: site)
        published = [meta["article:published_time"], Self.jsonValue("datePublished", in: ld), meta["datepublished"],
                     meta["pubdate"], meta["date"], meta["dc.date"], meta["dcterms.created"], timeDatetime]
            .compactMap { $0 }.compactMap(Self.isoDate).first
        markedDate = Self.articleDate(markedDates, document: document, container: container)
        modified = [meta["article:modified_time"], Self.jsonValue("dateModified", in: ld), meta["datemodified"]]
            .compactMap { $0 }.compactMap(Self.isoDate).first
        var names = [meta["author"], meta["article:author"], Self.jsonValue("name", in: Self.jsonObject("author", in: ld) ?? "")]
            .compactMap { $0 }
        // Author elements beside the article; many names are a list of the site's authors, not a byline.
        let besideArticle = bylines.filter { Self.isBeside(container, $0.element, in: document) }
            .flatMap { Byline($0.text)?.names ?? [$0.text] }
        if Set(besideArticle).count <= 3 { names += besideArticle }
        authors = Self.authors(names)
    }

    // MARK: - Headline

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
        for separator in [" | ", " :: ", " // ", " — ", " – ", " - ", " / ", " « ", " » "] where title.contains(separator) {
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

    // MARK: - Dates

    /// "2011-11-28T18:59:00+04:00" → "2011-11-28T18:59+04:00"; visible Russian dates through `Dateline`.
    static func isoDate(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let scalars = Array(trimmed.unicodeScalars)
        if scalars.count >= 10, CharacterSet.decimalDigits.contains(scalars[0]), trimmed.dropFirst(4).first == "-" {
            let day = String(trimmed.prefix(10))
            guard day.split(separator: "-").count == 3 else { return nil }
            guard scalars.count >= 16, scalars[10] == "T" || scalars[10] == " " else { return day }
            var result = day + "T" + String(String.UnicodeScalarView(scalars[11..<16]))
            // Keep the UTC offset where the value has one.
            let rest = String(String.UnicodeScalarView(scalars[16...]))
            if let sign = rest.firstIndex(where: { $0 == "+" || $0 == "-" }) {
                let offset = rest[sign...].prefix(6)
                if offset.count == 6 { result += offset } else if offset.count == 5 { result += offset.prefix(3) + ":" + offset.suffix(2) }
            } else if rest.hasSuffix("Z") {
                result += "Z"
            }
            return result
        }
        return Dateline.parse(trimmed)
    }

    static let breadcrumbHint = Array("breadcrumb".utf8), breadcrumbList = Array("BreadcrumbList".utf8)
    /// The attributes whose words hint at what an element holds.
    static let hintAttributes = ["class", "itemprop", "rel", "id"].map { Array($0.utf8) }

    /// Class and id words of the element that names the author ("autor" is the Latin and many sites' spelling).
    static let authorHints = ["author", "autor", "byline"].map { Array($0.utf8) }

    /// Class and id words of the element that shows a date ("pubdate", "post-date", "news_data").
    static let dateHints = ["date", "data", "time"].map { Array($0.utf8) }

    /// Whether `element` lies under the grandparent of the article's container (anywhere, without one).
    static func isBeside(_ container: Int?, _ element: Int, in document: HTMLDocument) -> Bool {
        guard let container, let scope = document.scopes(around: container, levels: 2).last else { return true }
        return document.isDescendant(element, of: scope)
    }

    /// Of the dates in marked elements, the article's: the nearest to the article (inside its container,
    /// else under its parent, else its grandparent), not one of a sidebar's dated list; without a
    /// container, the first.
    static func articleDate(_ candidates: [(element: Int, date: String)], document: HTMLDocument, container: Int?) -> String? {
        guard let container else { return candidates.first?.date }
        return document.scopes(around: container, levels: 2).lazy
            .compactMap { scope in candidates.first { document.isDescendant($0.element, of: scope) }?.date }.first
    }

    // MARK: - JSON-LD

    /// The first string value of `key` in JSON-LD text (a light scan: pages often carry invalid JSON).
    static func jsonValue(_ key: String, in text: String) -> String? {
        guard let range = text.range(of: "\"\(key)\"") else { return nil }
        var rest = text[range.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\n" || $0 == "\t" }
        guard rest.first == "\"" else { return nil }
        rest = rest.dropFirst()
        var value = ""
        var escaped = false
        for character in rest {
            if escaped { value.append(character); escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "\"" { break }
            value.append(character)
        }
        return value.isEmpty ? nil : value
    }

    /// The text of the object or array that `key` opens, for a nested lookup.
    static func jsonObject(_ key: String, in text: String) -> String? {
        guard let range = text.range(of: "\"\(key)\"") else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == ":" }
        guard let first = rest.first, first == "{" || first == "[" else { return nil }
        var depth = 0
        var end = rest.startIndex
        for index in rest.indices {
            if rest[index] == "{" || rest[index] == "[" { depth += 1 }
            if rest[index] == "}" || rest[index] == "]" { depth -= 1; if depth == 0 { end = index; break } }
        }
        return String(rest[rest.startIndex...end])
    }

    // MARK: - Authors

    /// Person names from bylines: "Автор:", "Текст:" stripped, photo credits, links and agencies left out.
    static func authors(_ candidates: [String]) -> [String] {
        var result: [String] = []
        for candidate in candidates {
            var name = candidate.trimmingCharacters(in: .whitespacesAndNewlines)
            let lowered = name.lowercased()
            if lowered.hasPrefix("фото") || lowered.contains("http") || lowered.contains("@") || lowered.contains("www.") { continue }
            for label in ["автор:", "автор", "текст:", "author:", "by "] where name.lowercased().hasPrefix(label) {
                name = String(name.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
            }
            let words = name.split(separator: " ")
            guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
                  !result.contains(name) else { continue }
            result.append(name)
        }
        return result
    }
}
