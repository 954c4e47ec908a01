import RuNewsHTML

/// The page's breadcrumb trail: the links of the first element marked as one (a "breadcrumb" class or
/// id, a schema.org `BreadcrumbList`), else the first trail `BreadcrumbTrail` reads from its shape and
/// its words, else a run of links of a trail's shape that stands right above the headline.
struct MarkedTrail {
    static let hint = Array("breadcrumb".utf8), schemaType = Array("BreadcrumbList".utf8)
    /// A run that says no more than its shape is a trail with at most this many bytes of text between
    /// it and the headline (a date, an author's name).
    static let aboveHeadline = 160

    private var marked: [String]?
    private var unmarked: [String]?
    /// Runs of a trail's shape that do not say they are one, with their elements.
    private var shaped: [(element: Int, items: [String])] = []

    mutating func visit(_ element: Int, in document: HTMLDocument, hints: HintWords) {
        // A marked trail wins: once there is one, no other is read.
        if marked == nil, unmarked == nil, let reading = BreadcrumbTrail.reading(of: element, in: document) {
            if reading.saysItIsAPath { unmarked = reading.items } else { shaped.append((element, reading.items)) }
        }
        guard marked == nil, hints.say(Self.hint) || document.value(of: "itemtype", at: element).map({ $0.contains(bytes: Self.schemaType) }) ?? false
        else { return }
        let links = document.elements(under: element).filter { document.nodes[$0].tag == .a }.map { document.text(of: $0) }
            .filter { !$0.isEmpty }
        if links.count >= 2 { marked = links }
    }

    /// The trail, given the headline's element.
    func items(headline: Int?, in document: HTMLDocument) -> [String]? {
        marked ?? unmarked ?? headline.flatMap { headline in
            shaped.last { Self.textBytes(after: $0.element, before: headline, in: document).map { $0 <= Self.aboveHeadline } ?? false }?.items
        }
    }

    /// The bytes of visible text after `element` and its descendants up to `end`, counted up to a little
    /// past `aboveHeadline`; nil where `end` is not after them.
    static func textBytes(after element: Int, before end: Int, in document: HTMLDocument) -> Int? {
        let start = PageLayout.lastDescendant(of: element, in: document) + 1
        guard start <= end else { return nil }
        var bytes = 0
        for node in start..<end where document.nodes[node].kind == .text {
            bytes += document.nodes[node].text.count { $0 > 0x20 }
            if bytes > aboveHeadline { break }
        }
        return bytes
    }
}
