import RuNewsHTML

/// The page's breadcrumb trail: the links of the first element marked as one (a "breadcrumb" class or
/// id, a schema.org `BreadcrumbList`), else the first trail `BreadcrumbTrail` reads from its shape.
struct MarkedTrail {
    static let hint = Array("breadcrumb".utf8), schemaType = Array("BreadcrumbList".utf8)

    private var marked: [String]?
    private var unmarked: [String]?

    mutating func visit(_ element: Int, in document: HTMLDocument, hints: HintWords) {
        // A marked trail wins: once there is one, no other is read.
        if marked == nil, unmarked == nil { unmarked = BreadcrumbTrail.items(of: element, in: document) }
        guard marked == nil, hints.say(Self.hint) || document.value(of: "itemtype", at: element).map({ $0.contains(bytes: Self.schemaType) }) ?? false
        else { return }
        let links = document.elements(under: element).filter { document.nodes[$0].tag == .a }.map { document.text(of: $0) }
            .filter { !$0.isEmpty }
        if links.count >= 2 { marked = links }
    }

    var items: [String]? { marked ?? unmarked }
}
