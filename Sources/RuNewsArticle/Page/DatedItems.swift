import RuNewsHTML

/// Siblings each dated on their own — comments under their authors' dates, a feed's items — are the
/// page's frame whatever their text: an article has one date, not one per paragraph.
enum DatedItems {
    /// A date of its own is a short text: "28.11.2011 10:00", "Иван, 5 января 2012" (bytes besides
    /// white space, which a page's indentation adds).
    static let shortDateBytes = 60

    /// Whether each text node is a short one that reads as a date with its day (a clock alone is a
    /// live report's time, not another post's date).
    static func shortDates(in document: HTMLDocument) -> [Bool] {
        var dated = [Bool](repeating: false, count: document.nodes.count)
        for index in document.nodes.indices where document.nodes[index].kind == .text {
            let text = document.nodes[index].text
            // The cheap tests first: most texts are long, or hold no digit.
            guard text.count <= 4 * shortDateBytes, text.count(where: { $0 > 0x20 }) <= shortDateBytes,
                  text.hasASCIIDigit else { continue }
            dated[index] = Dateline.read(String(decoding: text, as: UTF8.self)) != nil
        }
        return dated
    }

    /// An item with more than this many times the text of the group's middle one is the article among
    /// them (a table's row that holds the story above the rows of a feed).
    static let articleMultiple = 4

    /// Text of its own (not in a child element) a post may have: a separator between its parts.
    static let ownTextBytes = 20

    /// Whether `item` is laid out as a post: its parts in elements of their own, two at least with text
    /// (a date and a comment, a time and a headline), next to no text of its own. A chronology's entry
    /// ("<li><b>5 января</b> — открыли мост</li>") writes its text beside the date: it is the article's.
    static func isPost(_ item: Int, in document: HTMLDocument, textBelow: [Int]) -> Bool {
        var parts = 0, ownText = 0
        for child in document.children(of: item) {
            switch document.nodes[child].kind {
            case .element where textBelow[child] > 0: parts += 1
            case .text: ownText += document.nodes[child].text.count(where: { $0 > 0x20 })
            default: continue
            }
        }
        return parts >= 2 && ownText <= ownTextBytes
    }

    /// The children of `element` that are dated items: of one tag, `LinkLists.minimumItems` at least and
    /// three in four of that tag's, each a post (`isPost`) with a short date below it, none far longer
    /// than the others.
    static func items(under element: Int, in document: HTMLDocument, datedBelow: [Bool], textBelow: [Int]) -> [Int] {
        guard datedBelow[element] else { return [] }
        var byTag: [TagName: (all: Int, chosen: [Int])] = [:]
        for child in document.children(of: element) where document.nodes[child].kind == .element {
            let tag = document.nodes[child].tag
            byTag[tag, default: (0, [])].all += 1
            if datedBelow[child], isPost(child, in: document, textBelow: textBelow) { byTag[tag]!.chosen.append(child) }
        }
        var items: [Int] = []
        for group in LinkLists.mostOfTheirTag(byTag) {
            let middle = group.map { textBelow[$0] }.sorted()[group.count / 2]
            items += group.filter { textBelow[$0] <= middle * articleMultiple }
        }
        return items
    }
}
