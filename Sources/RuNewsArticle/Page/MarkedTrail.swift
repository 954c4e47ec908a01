import RuNewsHTML

/// The page's breadcrumb trail: the links of the first element marked as one (a "breadcrumb" class or
/// id, "crumbs", DataLife Engine's "speedbar", Joomla's "pathway", an `aria-label` that says so, a
/// schema.org `BreadcrumbList` in microdata or RDFa), else the first trail `BreadcrumbTrail` reads from
/// its shape (the first from the site's front page, if any is), else the first of the page's first runs of
/// links shaped as a trail that its JSON-LD `BreadcrumbList` vouches for (`BreadcrumbTrail.declares`). A
/// trail declared only in JSON-LD is not taken: it is no part of what the page shows, and is as often on
/// pages that show none.
struct MarkedTrail {
    static let hints = BytePatterns(["breadcrumb", "crumbs", "speedbar", "pathway"]), schemaType = Array("BreadcrumbList".utf8)
    /// Accessible names (`aria-label`) of an element that is a trail: "breadcrumb(s)", "хлебные крошки",
    /// as pages write them (the label is not lowercased to look).
    static let labels = BytePatterns(["breadcrumb", "Breadcrumb", "BREADCRUMB", "крошк", "Крошк", "КРОШК"])
    /// The attributes that mark a trail, as the tokenizer's shared names are compared.
    static let itemtype = Array("itemtype".utf8), typeOf = Array("typeof".utf8)

    private var marked: [String]?
    private var unmarked: BreadcrumbTrail.Found?
    /// Runs shaped as trails whose addresses do not say they are paths, in page order.
    private var unproven: [BreadcrumbTrail.Found] = []
    /// The first runs so kept: a page's trail stands near its top, and news lists repeat the shape below.
    static let maximumUnprovenRuns = 4
    /// Lists and runs of links whose separators the style sheet draws, unproven, and their elements; menus
    /// have the shape too, so more are kept.
    private var styled: [StyledRun] = []
    static let maximumStyledRuns = 8
    /// Text with letters between a styled run and the headline below it, at most: a date, a count of views;
    /// and nodes at most (a menu high on the page ends with the section as often, thousands of nodes up).
    static let textsBeforeHeadline = 4, nodesBeforeHeadline = 300

    /// A styled run, its element, and whether the element says it is a menu (`<nav>`, `<menu>`, a class or id
    /// with `menuHints`): such a row from the front page is the site's menu, however near the headline.
    struct StyledRun {
        let found: BreadcrumbTrail.Found
        let element: Int
        let isMenu: Bool
    }

    static let menuHints = BytePatterns(["menu", "nav"])

    mutating func visit(_ element: Int, in document: HTMLDocument, hints: HintWords) {
        // A marked trail wins: once there is one, no other is read. Of unmarked ones the first wins, but
        // for a later one from the site's front page over one that is not (a section and its part, as
        // a heading may link them, above the path down from the root).
        let keepsUnproven = unproven.count < Self.maximumUnprovenRuns || styled.count < Self.maximumStyledRuns
        if marked == nil, unmarked?.fromRoot != true,
           let found = BreadcrumbTrail.trail(of: element, in: document, unproven: keepsUnproven) {
            if !found.isPath {
                if !found.styled, unproven.count < Self.maximumUnprovenRuns { unproven.append(found) }
                if found.styled, styled.count < Self.maximumStyledRuns {
                    let isMenu = [.nav, .menu].contains(document.nodes[element].tag) || hints.say(any: Self.menuHints)
                    styled.append(StyledRun(found: found, element: element, isMenu: isMenu))
                }
            } else if unmarked == nil || found.fromRoot {
                unmarked = found
            }
        }
        guard marked == nil, hints.say(any: Self.hints) || Self.isMarked(element, in: document) else { return }
        let links = document.elements(under: element).filter { document.nodes[$0].tag == .a }.map { document.text(of: $0) }
            .filter { !$0.isEmpty }
        if links.count >= 2 { marked = links }
    }

    /// The trail; `declared` gives the levels the page's JSON-LD declares, read only where an unproven run
    /// is all that is left to ask about. Else a styled run (a list, links run together) standing right above
    /// the `headline`'s element, as a trail does and a menu seldom, whose last item is the page's section —
    /// a part of its title besides the headline, or `section` (`article:section`) — or that goes from
    /// "Главная" one level down (`startsAtFrontPage`).
    func items(declared: () -> [(name: String, path: String)], title: String?, section: String?, headline: Int?,
               in document: HTMLDocument) -> [String]? {
        if let found = marked ?? unmarked?.items { return found }
        if !unproven.isEmpty, case let levels = declared(), !levels.isEmpty,
           let vouched = unproven.first(where: { BreadcrumbTrail.declares(levels, $0) }) { return vouched.items }
        // Where the runs stand first: splitting the title is the dearer test, and most pages need none.
        guard let headline, case let near = styled.filter({ Self.standsAbove(headline, $0.element, in: document) }), !near.isEmpty
        else { return nil }
        let sections = (title.map(PageMetadata.titleSections) ?? []).union(section.map { [TextComparison.fold($0)] } ?? [])
        if let run = near.first(where: { run in run.found.items.last.map { sections.contains(TextComparison.fold($0)) } ?? false }) {
            return run.found.items
        }
        return near.first(where: Self.startsAtFrontPage)?.found.items
    }

    /// Whether a styled run is two links run together from "Главная" down, not in an element that calls
    /// itself a menu: one level below the front page, as a trail stands right above a headline. (Three
    /// or more from the root are a trail where their addresses go down, `BreadcrumbTrail.trail`; that do
    /// not, a menu's row as often.)
    static func startsAtFrontPage(_ run: StyledRun) -> Bool {
        !run.isMenu && run.found.items.count == 2 && TextComparison.fold(run.found.items[0]) == BreadcrumbTrail.frontPage
            && BreadcrumbTrail.isRoot(run.found.paths[0])
    }

    /// Whether `element` comes before `headline` with at most `textsBeforeHeadline` texts with letters and
    /// `nodesBeforeHeadline` nodes between them. The arena is in document order: the element's subtree
    /// ends at its last descendant.
    static func standsAbove(_ headline: Int, _ element: Int, in document: HTMLDocument) -> Bool {
        var end = element
        while let last = document.lastChild(of: end) { end = last }
        guard end < headline, headline - end <= nodesBeforeHeadline else { return false }
        var texts = 0
        for node in (end + 1)..<headline
        where document.nodes[node].kind == .text && document.nodes[node].text.contains(where: { $0 >= 0x41 }) {
            texts += 1
            if texts > textsBeforeHeadline { return false }
        }
        return true
    }

    /// Whether the element's `itemtype` (microdata) or `typeof` (RDFa) is a `BreadcrumbList` or its
    /// `aria-label` says it is a trail, its attributes read once (the first of each name counts, as
    /// `value(of:at:)` reads it).
    static func isMarked(_ element: Int, in document: HTMLDocument) -> Bool {
        var typed = false, typedInRDFa = false, labelled = false
        for attribute in document.nodes[element].attributes {
            if !typed, attribute.name == Self.itemtype {
                if attribute.value.contains(bytes: schemaType) { return true }
                typed = true
            } else if !typedInRDFa, attribute.name == Self.typeOf {
                if attribute.value.contains(bytes: schemaType) { return true }
                typedInRDFa = true
            } else if !labelled, attribute.name == HTMLDocument.ariaLabel {
                if labels.occurs(in: attribute.value) { return true }
                labelled = true
            }
        }
        return false
    }
}
