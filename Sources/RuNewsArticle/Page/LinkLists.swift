import RuNewsHTML

/// Lists of other pages' headlines, which are the page's frame whatever text beside the links their
/// items add: a news feed's linked headlines with their leads, "read also", a box of teasers.
enum LinkLists {
    /// The bytes of text below each node, and those in links: what a box of teasers is told by.
    struct Text {
        let below: [Int]
        let inLinks: [Int]
    }

    /// A list of this many items or more; fewer are a text's own links as often.
    static let minimumItems = 4

    /// Whether `element` is a list (`ul`, `ol`, `dl`) every item of which holds a link.
    static func isList(_ element: Int, in document: HTMLDocument, linkBelow: [Bool]) -> Bool {
        let tag = document.nodes[element].tag
        guard tag == .ul || tag == .ol || tag == .dl else { return false }
        var items = 0
        for child in document.children(of: element) {
            let item = document.nodes[child].tag
            guard item == .li || item == .dt else { continue }
            guard linkBelow[child] else { return false }
            items += 1
        }
        return items >= minimumItems
    }

    /// A teaser is short: this many bytes of text on average (a headline and a lead of two sentences).
    static let teaserBytes = 600
    /// In this share of the items at least (three of four), at least `teaserLinkShare` of the text is a link's.
    static let linkedItems = 0.75, teaserLinkShare = 0.15

    /// The children of `element` that are teasers: at least `minimumItems` siblings of one tag and class
    /// (a class names what they are) or, unclassed, of one tag, opening with a link, and most of that
    /// tag's; each with text in a link, short on average, and mostly with a good share of their text in
    /// links (a paragraph that cites a link once is no teaser).
    static func teasers(under element: Int, in document: HTMLDocument, text: Text) -> [Int] {
        // Most elements have fewer children with text in links: no class is read for them.
        guard text.inLinks[element] > 0 else { return [] }
        let children = document.children(of: element)
        var withLinks = 0
        for child in children where document.nodes[child].kind == .element && text.inLinks[child] > 0 {
            withLinks += 1
            if withLinks == minimumItems { break }
        }
        guard withLinks == minimumItems else { return [] }
        // Grouped by tag and class: the linked children first, as a group of teasers has that many linked
        // at least; the others only where one has, since a group with an unlinked item is none.
        func key(_ child: Int) -> ByteKey? {
            guard let name = document.value(of: "class", at: child), !name.isEmpty else { return nil }
            return ByteKey(document.nodes[child].name + [0x20] + name)
        }
        var groups: [ByteKey: [Int]] = [:]
        for child in children where document.nodes[child].kind == .element && text.inLinks[child] > 0 {
            if let key = key(child) { groups[key, default: []].append(child) }
        }
        var unlinked: Set<ByteKey> = []
        for child in children where document.nodes[child].kind == .element && text.inLinks[child] == 0 {
            if let key = key(child) { unlinked.insert(key) }
        }
        // Without classes, most siblings of one tag opening with a link (another page's headline) are a
        // box of teasers; an article's paragraphs that cite a link at their start now and then are not.
        var unclassed: [TagName: (all: Int, opening: [Int])] = [:]
        for child in children where document.nodes[child].kind == .element && document.value(of: "class", at: child)?.isEmpty ?? true {
            let tag = document.nodes[child].tag
            unclassed[tag, default: (0, [])].all += 1
            if text.inLinks[child] > 0, opensWithLink(child, in: document, text: text) { unclassed[tag]!.opening.append(child) }
        }
        var candidates = groups.filter { !unlinked.contains($0.key) }.map(\.value)
        candidates += unclassed.values.filter { $0.opening.count * 4 >= $0.all * 3 }.map(\.opening)
        var teasers: [Int] = []
        for items in candidates where items.count >= minimumItems {
            guard items.reduce(0, { $0 + text.below[$1] }) <= teaserBytes * items.count else { continue }
            let linked = items.count { Double(text.inLinks[$0]) >= Double(text.below[$0]) * teaserLinkShare }
            if Double(linked) >= Double(items.count) * linkedItems { teasers += items }
        }
        return teasers
    }

    /// Whether the first text below `node` is a link's.
    static func opensWithLink(_ node: Int, in document: HTMLDocument, text: Text) -> Bool {
        for child in document.children(of: node) {
            switch document.nodes[child].kind {
            case .text where document.nodes[child].text.contains(where: { $0 > 0x20 }): return false
            case .element where text.below[child] > 0:
                return document.nodes[child].tag == .a || opensWithLink(child, in: document, text: text)
            default: continue
            }
        }
        return false
    }
}
