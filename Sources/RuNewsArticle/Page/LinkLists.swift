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
        // Grouped by tag and class, each child's class read once: a group with an unlinked item is none.
        // Without classes, most siblings of one tag opening with a link (another page's headline) are a
        // box of teasers; an article's paragraphs that cite a link at their start now and then are not.
        var groups: [ByteKey: [Int]] = [:]
        var unlinked: Set<ByteKey> = []
        var unclassed: [TagName: (all: Int, chosen: [Int])] = [:]
        for child in children where document.nodes[child].kind == .element {
            let linked = text.inLinks[child] > 0
            if let name = document.value(of: "class", at: child), !name.isEmpty {
                let key = ByteKey(document.nodes[child].name + [0x20] + name)
                if linked { groups[key, default: []].append(child) } else { unlinked.insert(key) }
            } else {
                let tag = document.nodes[child].tag
                unclassed[tag, default: (0, [])].all += 1
                if linked, opensWithLink(child, in: document, text: text) { unclassed[tag]!.chosen.append(child) }
            }
        }
        let candidates = groups.filter { !unlinked.contains($0.key) }.map(\.value) + mostOfTheirTag(unclassed)
        var teasers: [Int] = []
        for items in candidates where items.count >= minimumItems {
            guard items.reduce(0, { $0 + text.below[$1] }) <= teaserBytes * items.count else { continue }
            let linked = items.count { Double(text.inLinks[$0]) >= Double(text.below[$0]) * teaserLinkShare }
            if Double(linked) >= Double(items.count) * linkedItems { teasers += items }
        }
        return teasers
    }

    /// Of siblings tallied by tag, the ones chosen where they are `minimumItems` at least and three in
    /// four of their tag's.
    static func mostOfTheirTag(_ tally: [TagName: (all: Int, chosen: [Int])]) -> [[Int]] {
        tally.values.filter { $0.chosen.count >= minimumItems && $0.chosen.count * 4 >= $0.all * 3 }.map(\.chosen)
    }

    /// Whether the first text below `node` is a link's: a walk down the first child with text (no
    /// recursion, however deep the page nests).
    static func opensWithLink(_ node: Int, in document: HTMLDocument, text: Text) -> Bool {
        var current = node
        descending: while true {
            for child in document.children(of: current) {
                switch document.nodes[child].kind {
                case .text where document.nodes[child].text.contains(where: { $0 > 0x20 }): return false
                case .element where text.below[child] > 0:
                    if document.nodes[child].tag == .a { return true }
                    current = child
                    continue descending
                default: continue
                }
            }
            return false
        }
    }
}
