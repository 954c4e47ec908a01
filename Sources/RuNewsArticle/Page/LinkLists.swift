import RuNewsHTML

/// The bytes of text below each node, and those in links: what a list of teasers is told by.
struct TextShares {
    let below: [Int]
    let inLinks: [Int]
}

/// Lists of other pages' headlines, which are the page's frame whatever text beside the links their
/// items add: a news feed's linked headlines with their leads, "read also", a box of teasers.
enum LinkLists {
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

    /// The children of `element` that are teasers: at least `minimumItems` siblings of one tag and class
    /// (a class names what they are), each holding a link, short on average, and in three of four at
    /// least 15 % of the text a link's (a paragraph that cites a link once is no teaser).
    static func teasers(under element: Int, in document: HTMLDocument, text: TextShares) -> [Int] {
        // Most elements have fewer children that hold links: no class is read for them, and the walk
        // along the sibling links copies nothing.
        var linked = 0
        var child = document.nodes[element].firstChild
        while child >= 0, linked < minimumItems {
            if document.nodes[Int(child)].kind == .element, text.inLinks[Int(child)] > 0 { linked += 1 }
            child = document.nodes[Int(child)].nextSibling
        }
        guard linked == minimumItems else { return [] }
        let children = document.children(of: element)
        var groups: [ByteKey: [Int]] = [:]
        for child in children where document.nodes[child].kind == .element {
            guard let name = document.value(of: "class", at: child), !name.isEmpty else { continue }
            groups[ByteKey(document.nodes[child].name + [0x20] + name), default: []].append(child)
        }
        var teasers: [Int] = []
        for items in groups.values where items.count >= minimumItems {
            guard items.allSatisfy({ text.inLinks[$0] > 0 }),
                  items.reduce(0, { $0 + text.below[$1] }) <= teaserBytes * items.count else { continue }
            let mostlyLinks = items.count { text.inLinks[$0] * 100 >= text.below[$0] * 15 }
            if mostlyLinks * 4 >= items.count * 3 { teasers += items }
        }
        return teasers
    }
}
