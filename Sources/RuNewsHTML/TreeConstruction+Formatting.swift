/// The list of active formatting elements (`<b>`, `<i>`, `<a>`, `<font>` …): reopened where text
/// continues after a block closed them, and the adoption agency that untangles misnested ones
/// (`<b><p>x</b>y`).
extension TreeConstruction {
    enum FormattingEntry {
        /// Set by cells, captions, templates, `applet`, `object`, `marquee`: formatting does not leak out of them.
        case marker
        case element(Int, HTMLToken.Tag)

        var node: Int? { if case .element(let node, _) = self { node } else { nil } }
    }

    /// Pushes a formatting element; a fourth identical one (same name and attributes) since the last
    /// marker drops the earliest (the "Noah's Ark" clause).
    mutating func pushFormatting(_ node: Int, _ tag: HTMLToken.Tag) {
        var identical: [Int] = []
        for index in formatting.indices.reversed() {
            guard case .element(_, let other) = formatting[index] else { break }
            if other.name == tag.name && Self.sameAttributes(other.attributes, tag.attributes) { identical.append(index) }
        }
        if identical.count >= 3, let earliest = identical.last { formatting.remove(at: earliest) }
        formatting.append(.element(node, tag))
    }

    private static func sameAttributes(_ a: [HTMLToken.Attribute], _ b: [HTMLToken.Attribute]) -> Bool {
        a.count == b.count && a.allSatisfy { attribute in b.contains(attribute) }
    }

    /// Reopens the formatting elements that a closed block left behind, so the text after it keeps them.
    mutating func reconstructFormatting() {
        guard let last = formatting.last, let lastNode = last.node, !open.contains(lastNode) else { return }
        var index = formatting.count - 1
        while index > 0 {
            let previous = formatting[index - 1]
            guard let node = previous.node, !open.contains(node) else { break }
            index -= 1
        }
        for position in index..<formatting.count {
            guard case .element(_, let tag) = formatting[position] else { continue }
            let clone = insertElement(tag, TagName(tag.name))
            formatting[position] = .element(clone, tag)
        }
    }

    mutating func clearFormattingToLastMarker() {
        while let entry = formatting.popLast() {
            if case .marker = entry { return }
        }
    }

    /// The formatting element named `tag` after the last marker.
    func lastFormattingElement(named tag: TagName) -> Int? {
        for entry in formatting.reversed() {
            guard let node = entry.node else { return nil }
            if isHTML(node, tag) { return node }
        }
        return nil
    }

    mutating func removeFormatting(_ node: Int) {
        if let index = formatting.firstIndex(where: { $0.node == node }) { formatting.remove(at: index) }
    }

    /// The adoption agency algorithm for the end tag of a formatting element. Returns false when no such
    /// element is active, and the end tag is to be handled as any other.
    mutating func runAdoptionAgency(for tag: HTMLToken.Tag, _ id: TagName) -> Bool {
        if let last = open.last, isHTML(last, id), !formatting.contains(where: { $0.node == last }) {
            open.removeLast()
            return true
        }
        for _ in 0..<8 {
            guard let formattingElement = lastFormattingElement(named: id),
                  let entryIndex = formatting.lastIndex(where: { $0.node == formattingElement }),
                  case .element(_, let formattingTag) = formatting[entryIndex] else { return false }
            guard let stackIndex = open.lastIndex(of: formattingElement) else {
                formatting.remove(at: entryIndex)
                return true
            }
            guard inScope(node: formattingElement) else { return true }
            guard let furthestIndex = open[(stackIndex + 1)...].firstIndex(where: { isSpecial($0) }) else {
                open.removeSubrange(stackIndex...)
                formatting.remove(at: entryIndex)
                return true
            }
            let furthestBlock = open[furthestIndex]
            let commonAncestor = open[stackIndex - 1]
            var bookmark = entryIndex
            var nodeIndex = furthestIndex
            var lastNode = furthestBlock
            var innerLoop = 0
            while true {
                innerLoop += 1
                nodeIndex -= 1
                let node = open[nodeIndex]
                if node == formattingElement { break }
                var entry = formatting.firstIndex { $0.node == node }
                if innerLoop > 3, let index = entry {
                    formatting.remove(at: index)
                    if index < bookmark { bookmark -= 1 }
                    entry = nil
                }
                guard let entry, case .element(_, let nodeTag) = formatting[entry] else {
                    open.remove(at: nodeIndex)
                    continue
                }
                let clone = createElement(like: node, nodeTag)
                formatting[entry] = .element(clone, nodeTag)
                open[nodeIndex] = clone
                if lastNode == furthestBlock { bookmark = entry + 1 }
                document.move(lastNode, to: clone)
                lastNode = clone
            }
            let place = appropriatePlace(for: commonAncestor)
            document.move(lastNode, to: place.parent, before: place.before)
            let clone = createElement(like: formattingElement, formattingTag)
            document.moveChildren(of: furthestBlock, to: clone)
            document.move(clone, to: furthestBlock)
            if let index = formatting.firstIndex(where: { $0.node == formattingElement }) {
                formatting.remove(at: index)
                if index < bookmark { bookmark -= 1 }
            }
            formatting.insert(.element(clone, formattingTag), at: min(bookmark, formatting.count))
            open.remove(at: stackIndex)
            let below = open.firstIndex(of: furthestBlock).map { $0 + 1 } ?? open.count
            open.insert(clone, at: below)
        }
        return true
    }

    /// A new element for the token that made `node`, outside the tree until it is moved in.
    private mutating func createElement(like node: Int, _ tag: HTMLToken.Tag) -> Int {
        var element = HTMLDocument.Node(kind: .element, name: tag.name, attributes: tag.attributes, text: [], parent: 0)
        element.tag = document.nodes[node].tag
        element.namespace = document.nodes[node].namespace
        let clone = document.append(element, to: HTMLDocument.root)
        document.detach(clone)
        return clone
    }
}
