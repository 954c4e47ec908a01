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

    mutating func visit(_ element: Int, in document: HTMLDocument, hints: HintWords) {
        // A marked trail wins: once there is one, no other is read. Of unmarked ones the first wins, but
        // for a later one from the site's front page over one that is not (a section and its part, as
        // a heading may link them, above the path down from the root).
        if marked == nil, unmarked?.fromRoot != true,
           let found = BreadcrumbTrail.trail(of: element, in: document, unproven: unproven.count < Self.maximumUnprovenRuns) {
            if !found.isPath {
                unproven.append(found)
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
    /// is all that is left to ask about.
    func items(declared: () -> [(name: String, path: String)]) -> [String]? {
        if let found = marked ?? unmarked?.items { return found }
        guard !unproven.isEmpty, case let levels = declared(), !levels.isEmpty else { return nil }
        return unproven.first { BreadcrumbTrail.declares(levels, $0) }?.items
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
