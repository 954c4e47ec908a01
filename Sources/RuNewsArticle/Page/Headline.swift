import RuNewsHTML
import RuNewsText
import Foundation

/// A heading a page prints, one of those the headline is chosen from.
struct HeadingCandidate {
    /// How a page marks a heading; of two that agree as well with the title, the better marked wins.
    enum Mark: Int, Comparable {
        case h1, h2, printed
        static func < (a: Mark, b: Mark) -> Bool { a.rawValue < b.rawValue }
    }

    let text: String
    let element: Int?
    let mark: Mark
    let stems: Set<HeadlineAgreement.Stem>

    init(_ text: String, element: Int? = nil, mark: Mark = .h1) {
        self.text = text
        self.element = element
        self.mark = mark
        stems = HeadlineAgreement.stems(text)
    }
}

/// Every `<h1>` and `<h2>` of two words or more, and the blocks styled as headlines or printing a part of
/// the `<title>` (`PrintedHeadline`), in document order: a page's first heading is often its logo or its section ("IVONA - Секс", "Новости
/// Бурятии и Улан-Удэ в реальном времени"), the headline a later one.
struct HeadingCandidates {
    /// No page prints its headline after this many headings, or this many blocks styled as headlines
    /// (lists style each of their items so).
    static let limit = 80

    private(set) var all: [HeadingCandidate] = []
    private var marked = 0, printed = 0
    /// The parts of the page's first `<title>`, once it has been passed.
    private var titleParts: PrintedHeadline.TitleParts?

    /// `titleTag`: the page's `<title>` as `PageTags` has read it so far.
    mutating func visit(_ element: Int, in document: HTMLDocument, hints: HintWords, titleTag: String?) {
        guard document.nodes[element].namespace == .html else { return }
        let text: String?, mark: HeadingCandidate.Mark
        switch document.nodes[element].tag {
        case .h1 where marked < Self.limit: (text, mark) = (document.text(of: element), .h1)
        case .h2 where marked < Self.limit: (text, mark) = (document.text(of: element), .h2)
        case .h1, .h2: return
        case .title where titleParts == nil:
            titleParts = titleTag.map(PrintedHeadline.TitleParts.init)
            return
        default:
            guard printed < Self.limit else { return }
            let styled = PrintedHeadline.text(of: element, in: document, hints: hints)
            (text, mark) = (styled ?? titleParts?.printed(by: element, in: document), .printed)
        }
        guard let text, Self.hasTwoWords(text), !Self.linksHome(element, text: text, in: document) else { return }
        if mark == .printed { printed += 1 } else { marked += 1 }
        all.append(HeadingCandidate(text, element: element, mark: mark))
    }

    /// Whether the heading is, all of it, a link to the site's front page (`<div class="header-title"><a
    /// href="/">Вечерние новости</a></div>`): the site's name, which a `<title>` of the site's name agrees
    /// with; a headline links to its story, if anywhere.
    static func linksHome(_ element: Int, text: String, in document: HTMLDocument) -> Bool {
        var node = element
        // Down through elements whose text is one child's (empty siblings aside: a header's blank boxes).
        while document.nodes[node].tag != .a {
            var only: Int?
            for child in document.children(of: node) where document.nodes[child].kind == .element && !document.text(of: child).isEmpty {
                guard only == nil else { return false }
                only = child
            }
            guard let only else { return false }
            node = only
        }
        // "?id=15584" is the page's own address with a query, no front page.
        guard let href = document.value(of: "href", at: node), !href.contains(UInt8(ascii: "?")), !href.isEmpty,
              document.text(of: node).trimmed(.whitespaces) == text.trimmed(.whitespaces) else { return false }
        return BreadcrumbTrail.isRoot(String(decoding: SiteHost.parts(of: href).path, as: UTF8.self))
    }

    /// Whether a space stands between other characters: two words, as splitting at spaces tells, over
    /// scalars (every element may offer a heading); a space a mark extends is another character.
    static func hasTwoWords(_ text: String) -> Bool {
        var seenWord = false, spaces = 0
        for scalar in text.unicodeScalars {
            if scalar == " " {
                spaces += 1
                continue
            }
            if seenWord, spaces - (scalar.extendsCharacter ? 1 : 0) >= 1 { return true }
            spaces = 0
            seenWord = true
        }
        return false
    }
}

/// The headline among what a page offers: its headings, Open Graph or JSON-LD headline, and `<title>`.
extension PageMetadata {
    /// The heading the page's titles agree with most (`HeadlineAgreement`, summed over Open Graph and
    /// `<title>`; of equals the one sharing more words, then the better marked, then the first), cut to
    /// the title's part where it prints more; where none agrees, the heading the page's description
    /// opens with; else Open Graph or `<title>` without the site name, unless they name only the site;
    /// else the first `<h1>`.
    static func headline(headings: [HeadingCandidate], openGraph: String?, titleTag: String?,
                         site: String?, description: String? = nil) -> (text: String, element: Int?, agreed: Bool)? {
        let titles = [openGraph, titleTag].compactMap { $0 }.map(HeadlineAgreement.Title.init)
        let siteName = site.map(Folding.fold)
        var best: (heading: HeadingCandidate, score: Double, shared: Int, title: HeadlineAgreement.Title)?
        for heading in headings where siteName == nil || Folding.fold(heading.text) != siteName {
            var score = 0.0, shared = 0
            var agreeing: HeadlineAgreement.Title?
            for title in titles {
                guard let run = title.bestRun(for: heading.stems), run.score >= HeadlineAgreement.minimum else { continue }
                score += run.score
                shared = max(shared, run.shared)
                agreeing = agreeing ?? title
            }
            guard let agreeing, score > 0 else { continue }
            if let current = best, (current.score, current.shared) >= (score, shared) { continue }
            best = (heading, score, shared, agreeing)
        }
        if let best {
            return (HeadlineAgreement.agreedPart(of: best.heading.text, in: best.title) ?? best.heading.text, best.heading.element, true)
        }
        // A description often repeats the headline before the lead ("Найдено мощное средство для
        // профилактики ВИЧ. Ученым из …"): a heading it opens with, word for word, is the headline.
        if let description, case let folded = folded(description),
           let opening = headings.first(where: { self.description(folded: folded, opensWith: $0.text) }) {
            return (opening.text, opening.element, true)
        }
        // A heading that is a date ("ПР № 8 от 17 Января 2012 года") labels an issue or a day, not a story.
        let first = headings.first { $0.mark == .h1 && Dateline.parse($0.text) == nil }
        let named = titles.first { !$0.namesOnlySite }
        if let named { return (stripSite(from: named.text, site: site), first?.element, false) }
        return (first?.text ?? titles.first.map { stripSite(from: $0.text, site: site) }).map { ($0, first?.element, false) }
    }

    /// Whether the description opens with `heading` (folded, white space collapsed, three words or more)
    /// and goes on after it for three words or more, past a sentence's end or a space: a description that
    /// is all one heading is the lead a page prints under its headline, not the headline.
    static func description(_ description: String, opensWith heading: String) -> Bool {
        self.description(folded: folded(description), opensWith: heading)
    }

    /// `description(_:opensWith:)` of a description folded once for every heading it is asked about.
    static func description(folded text: String, opensWith heading: String) -> Bool {
        let heading = folded(heading)
        guard heading.split(separator: " ").count >= 3, text.hasPrefix(heading) else { return false }
        let rest = text.dropFirst(heading.count)
        guard let next = rest.first, next == " " || ".!?:…".contains(next) else { return false }
        return rest.split(separator: " ").count { $0.contains(where: \.isLetter) } >= 3
    }

    /// Text folded, its white space collapsed, as a description and a heading are compared.
    static func folded(_ text: String) -> String { Folding.fold(CollapsedWhitespace.string(text)) }

    /// Words a heading and the article's opening share, for a heading to be its headline without the
    /// titles' word; a title that shares `relatedTitleWords` with it stays, and a title the page prints
    /// as its `<h1>` that shares `relatedHeadingWords` (a section's `<h1>` shares none; a `<title>`
    /// shares the site's words with many a text).
    static let openingWords = 3, relatedTitleWords = 2, relatedHeadingWords = 1

    /// Where no heading agrees with the page's titles, the title may name only the site ("Вечерние
    /// новости", whose name the page may not give to tell): the heading before the text that the
    /// article's opening agrees with, and the title does not, is the headline then. Words of four
    /// letters or more count (not numbers: a year says little); half the heading's at least.
    static func headline(among headings: [HeadingCandidate], before element: Int, agreeingWith opening: String,
                         over title: String?, printed: Bool = false) -> HeadingCandidate? {
        let text = HeadlineAgreement.stems(opening)
        func shared(_ stems: Set<HeadlineAgreement.Stem>) -> (shared: Int, words: Int) {
            let words = stems.filter { $0.length >= 4 && !$0.isNumber }
            return (words.count { text.contains($0) }, words.count)
        }
        if let title, shared(HeadlineAgreement.stems(title)).shared >= (printed ? relatedHeadingWords : relatedTitleWords) { return nil }
        var best: (heading: HeadingCandidate, shared: Int)?
        for heading in headings {
            guard let at = heading.element, at < element else { continue }
            let (count, words) = shared(heading.stems)
            guard count >= openingWords, count * 2 >= words, count > best?.shared ?? 0 else { continue }
            best = (heading, count)
        }
        // A heading that runs on past another one carries the block's extras ("… Категория: Экономика |
        // 16 января"): the one it runs on past.
        guard let chosen = best?.heading else { return nil }
        return headings.first { $0.element != chosen.element && withoutExtras(chosen.text, headline: $0.text) != nil } ?? chosen
    }

    /// "Учёные создали … | Лента.ру" → "Учёные создали …": the title without the site's name.
    static func stripSite(from title: String, site: String?) -> String {
        headlinePart(of: title) ?? title.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A heading that runs on past the headline carries inline extras ("…к разводамКомментарии: 4"):
    /// the headline, then; nil for a heading that does not.
    static func withoutExtras(_ heading: String, headline: String) -> String? {
        heading.count > headline.count && heading.hasPrefix(headline) && headline.split(separator: " ").count >= 3 ? headline : nil
    }

    /// What stands between a title's headline and the site's name or section.
    static let titleSeparators = [" | ", " :: ", " // ", " — ", " – ", " - ", " / ", " « ", " » "]

    /// The parts of a page's title besides its headline, folded: split at the separators that part a
    /// headline from the site and its section ("Изобретения. Ученые … » Vesti.kz": "изобретения").
    static func titleSections(of title: String) -> Set<String> {
        // A title that names no site or section apart from its headline has no sections.
        guard let headline = PageMetadata.headlinePart(of: title).map(TextComparison.fold) else { return [] }
        var parts = [title]
        for separator in PageMetadata.titleSeparators + [". "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return Set(parts.map { TextComparison.fold($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty && $0 != headline })
    }

    /// The headline among the parts of a title split at the usual separators ("NEWS.BCM.RU :: Учёные
    /// создали …", "Учёные создали … | Лента.ру"): the title without the site's name and section that
    /// trail it, under one separator or several ("… Европе — Газета.Ru | Новости дня"), up to a bar
    /// still left in it; else the first part when it reads as one (titles put the headline first and
    /// the site after it), else the longest; nil when no part has three words.
    static func headlinePart(of title: String) -> String? {
        if let story = withoutTrailingSite(title) {
            // What is left may still hold the page's keywords after a bar ("… | эпидемия гриппа, Омская
            // область"): a headline has dashes of its own, seldom a bar.
            return story.components(separatedBy: " | ").first.flatMap { $0.split(separator: " ").count >= 3 ? $0 : nil } ?? story
        }
        for separator in titleSeparators where holds(separator, title) {
            let parts = title.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            if let first = parts.first, first.split(separator: " ").count >= 3 { return first }
            if let longest = parts.max(by: { $0.count < $1.count }), longest.split(separator: " ").count >= 3 { return longest }
        }
        return nil
    }

    /// Whether `title` holds `separator`, by its bytes first: a separator absent from them is absent from
    /// the text (none has another form).
    private static func holds(_ separator: String, _ title: String) -> Bool {
        title.utf8.contains(bytes: Array(separator.utf8)) && title.contains(separator)
    }

    /// A title without the parts that trail its headline and name the site or its section, as long as
    /// three words are left; nil when none trails it. The headline may hold a separator itself
    /// ("…погиб, 21 - получил травмы. - Новости дня - РосБизнесКонсалтинг").
    static func withoutTrailingSite(_ title: String) -> String? {
        var story = title.trimmingCharacters(in: .whitespaces), stripped = false
        var cut = true
        while cut {
            cut = false
            for separator in titleSeparators where holds(separator, story) {
                let parts = story.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
                let kept = parts.reversed().drop(while: isSiteName).reversed()
                guard kept.count < parts.count, !kept.isEmpty, case let rest = kept.joined(separator: separator),
                      rest.split(separator: " ").count >= 3 else { continue }
                (story, stripped, cut) = (rest, true, true)
                break
            }
        }
        return stripped ? story : nil
    }

    /// A part of a title that names a site or its section rather than a story: a few capitalised words
    /// without a sentence's end ("Новости дня", "РосБизнесКонсалтинг"), or a domain ("lenta.ru").
    static func isSiteName(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        guard (1...3).contains(words.count), let first = part.unicodeScalars.first, let last = part.last else { return false }
        if words.count == 1, part.contains("."), !".!?".contains(last) { return true }
        return first.properties.isUppercase && !".!?…:;,".contains(last)
    }
}
