import RuNewsHTML
import Foundation

/// A page's headline, date candidates, authors, site and breadcrumbs, from the places pages put them, in
/// one walk over the elements where each concept reads what it needs: the tags (`PageTags`: meta, JSON-LD,
/// `<title>`, canonical link), the headings (`HeadingCandidates`, `Headline.swift`), the markup's dates
/// (`MarkupDates`), bylines (`BylineElements`), the trail (`MarkedTrail`) and the linked hosts (`LinkedHosts`).
/// The date itself is chosen later, with the page's layout (`DateCandidates`, `DateChoice`).
struct PageMetadata {
    var title: String?
    /// The dates the markup gives (meta tags, JSON-LD, `<time>`, itemprop, elements marked as dates).
    var dateCandidates: [DateCandidate] = []
    /// The heading chosen as the headline, else the first `<h1>`, where the page has one (the page
    /// reader may choose another once the text is known: `headline(among:before:agreeingWith:over:)`).
    var headingElement: Int?
    /// Whether a heading agrees with the page's titles, or the description opens with it (else the title
    /// may name only the site, and the text's opening chooses the headline).
    var headingAgreesWithTitle = false
    /// Every heading the page offers as its headline (`HeadingCandidates`).
    var headings: [HeadingCandidate] = []
    var modified: String?
    /// The names the page's meta tags and JSON-LD give as its authors.
    var markedAuthors: [String] = []
    /// The elements marked as bylines, for `authors(beside:)` once the article's container is known.
    var bylines = BylineElements()
    var site: String?
    var canonicalURL: String?
    var mostLinkedHost: String?
    var description: String?
    var breadcrumbs: [String]?
    var section: String?

    init(document: HTMLDocument) {
        var tags = PageTags()
        var headings = HeadingCandidates()
        var hosts = LinkedHosts()
        var hints = HintWords()
        var dates = MarkupDates()
        var trail = MarkedTrail()
        // The arena is in document order: its elements are walked in place, no list of them gathered.
        for element in document.nodes.indices where document.nodes[element].kind == .element {
            tags.visit(element, in: document)
            hosts.visit(element, in: document)
            hints.read(element, in: document)
            headings.visit(element, in: document, hints: hints, titleTag: tags.titleTag)
            dates.visit(element, in: document, hints: hints)
            bylines.visit(element, in: document, hints: hints)
            trail.visit(element, in: document, hints: hints)
        }
        let meta = tags.meta, ld = tags.allJSONLD
        site = meta["og:site_name"]
        canonicalURL = tags.canonical ?? meta["og:url"]
        mostLinkedHost = hosts.mostLinked
        description = meta["og:description"] ?? meta["description"]
        section = (meta["article:section"] ?? JSONLD.value("articleSection", in: ld)).flatMap { $0.isEmpty ? nil : $0 }
        let headline = Self.headline(headings: headings.all, openGraph: meta["og:title"] ?? JSONLD.value("headline", in: ld),
                                     titleTag: tags.titleTag, site: site, description: description)
        title = headline?.text
        headingElement = headline?.element
        headingAgreesWithTitle = headline?.agreed ?? false
        self.headings = headings.all
        breadcrumbs = trail.items(declared: { JSONLD.breadcrumbs(in: ld) }, title: tags.titleTag, section: section,
                                  headline: headingElement, in: document)
        dateCandidates = dates.candidates
        modified = (MarkupDates.modifiedKeys.map { meta[$0] } + [JSONLD.value("dateModified", in: ld)])
            .compactMap { $0 }.compactMap(DateCandidate.isoDate).first
        markedAuthors = [meta["author"], meta["article:author"]].compactMap { $0 } + JSONLD.authorNames(in: ld)
    }

    /// The authors the tags name and the bylines beside the article's `container` show.
    func authors(beside container: Int?, in document: HTMLDocument) -> [String] {
        Self.authors(markedAuthors + bylines.names(beside: container, in: document))
    }
}
