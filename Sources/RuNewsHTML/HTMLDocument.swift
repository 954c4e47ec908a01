import RuNewsText

/// A parsed page: nodes in one array (an arena), referred to by index, in document order. The tree is
/// held by links between the nodes (first and last child, next and previous sibling), so that no node
/// keeps an array of its children: building, walking and freeing a page allocate per node only for
/// what it holds (its text, its attributes).
public struct HTMLDocument: Sendable {
    public enum Kind: UInt8, Sendable { case document, element, text, comment, doctype }

    public struct Node: Sendable {
        public var kind: Kind
        /// Tag name of an element as the tokenizer gave it, lowercase (SVG's adjusted names keep their
        /// capitals: `foreignObject`); empty otherwise.
        public var name: [UInt8]
        public var attributes: [HTMLToken.Attribute]
        /// The text of a text or comment node.
        public var text: [UInt8]
        public var parent: Int
        /// The tree's links, -1 where there is none (`HTMLDocument.children(of:)` walks them).
        public internal(set) var firstChild: Int32 = -1
        public internal(set) var lastChild: Int32 = -1
        public internal(set) var nextSibling: Int32 = -1
        public internal(set) var previousSibling: Int32 = -1
        /// The element's name interned (`unknown` for names the parser has no rule for).
        public var tag: TagName = .unknown
        /// HTML, or SVG and MathML inside a page.
        public var namespace: Namespace = .html

        /// The bytes of an attribute's value.
        public func value(of attribute: String) -> [UInt8]? {
            attributes.value(of: attribute)
        }

        /// Whether this is the HTML element `tag`.
        func isHTML(_ tag: TagName) -> Bool { self.tag == tag && namespace == .html }
    }

    public internal(set) var nodes: [Node] = [Node(kind: .document, name: [], attributes: [], text: [], parent: -1)]

    public static let root = 0
    /// The attribute naming an element for a reader who cannot see it.
    public static let ariaLabel = Array("aria-label".utf8)

    /// Whether the page had more nodes than `TreeBuilder.maximumNodes` and only its start was read.
    public internal(set) var isTruncated = false

    /// Whether nodes were moved or put before a sibling, so that the arena is no longer in document order
    /// until `restoreDocumentOrder()`.
    private(set) var isReordered = false

    // MARK: - Children

    /// The children of a node, in order (or from the last, `reversed`), walked along the sibling links.
    public struct Children: Sequence {
        let nodes: [Node]
        let first: Int32
        let reversed: Bool

        public struct Iterator: IteratorProtocol {
            let nodes: [Node]
            var upcoming: Int32
            let reversed: Bool

            public mutating func next() -> Int? {
                guard upcoming >= 0 else { return nil }
                let current = Int(upcoming)
                upcoming = reversed ? nodes[current].previousSibling : nodes[current].nextSibling
                return current
            }
        }

        public func makeIterator() -> Iterator { Iterator(nodes: nodes, upcoming: first, reversed: reversed) }

        /// How many children there are, counted up to `limit` at most.
        public func count(upTo limit: Int) -> Int {
            var count = 0
            var iterator = makeIterator()
            while count < limit, iterator.next() != nil { count += 1 }
            return count
        }
    }

    public func children(of node: Int) -> Children {
        Children(nodes: nodes, first: nodes[node].firstChild, reversed: false)
    }

    /// The children from the last to the first: what a walk with a stack pushes.
    public func childrenFromLast(of node: Int) -> Children {
        Children(nodes: nodes, first: nodes[node].lastChild, reversed: true)
    }

    public func lastChild(of node: Int) -> Int? {
        nodes[node].lastChild >= 0 ? Int(nodes[node].lastChild) : nil
    }

    // MARK: - Building

    mutating func append(_ node: consuming Node, to parent: Int) -> Int {
        // Moved into the arena, then linked there: a node set up first and appended after is copied.
        nodes.append(node)
        let index = nodes.count - 1
        nodes[index].parent = parent
        link(index, into: parent, before: -1)
        return index
    }

    /// Links a node that has none into `parent`'s children, before `sibling` (at the end for -1).
    private mutating func link(_ node: Int, into parent: Int, before sibling: Int) {
        let index = Int32(node)
        let previous = sibling >= 0 ? nodes[sibling].previousSibling : nodes[parent].lastChild
        nodes[node].previousSibling = previous
        nodes[node].nextSibling = Int32(sibling)
        if previous >= 0 { nodes[Int(previous)].nextSibling = index } else { nodes[parent].firstChild = index }
        if sibling >= 0 { nodes[sibling].previousSibling = index } else { nodes[parent].lastChild = index }
    }

    /// `sibling` when it is a child of `parent`, else -1 (the end of the children).
    private func position(of sibling: Int?, in parent: Int) -> Int {
        guard let sibling, sibling >= 0, nodes[sibling].parent == parent else { return -1 }
        return sibling
    }

    /// Appends text to `parent`, merging with a text node right before it.
    mutating func appendText(_ bytes: [UInt8], to parent: Int) {
        let last = nodes[parent].lastChild
        if last >= 0, nodes[Int(last)].kind == .text {
            nodes[Int(last)].text.append(contentsOf: bytes)
        } else {
            _ = append(Node(kind: .text, name: [], attributes: [], text: bytes, parent: parent), to: parent)
        }
    }

    /// Puts `node` into `parent` right before its child `sibling`: foster parenting, before a table.
    mutating func insert(_ node: consuming Node, into parent: Int, before sibling: Int) -> Int {
        nodes.append(node)
        let index = nodes.count - 1
        nodes[index].parent = parent
        link(index, into: parent, before: position(of: sibling, in: parent))
        isReordered = true
        return index
    }

    /// Puts text into `parent` right before its child `sibling`, merging with a text node there.
    mutating func insertText(_ bytes: [UInt8], into parent: Int, before sibling: Int) {
        let next = position(of: sibling, in: parent)
        let previous = Int(next >= 0 ? nodes[next].previousSibling : nodes[parent].lastChild)
        if previous >= 0, nodes[previous].kind == .text {
            nodes[previous].text.append(contentsOf: bytes)
        } else {
            _ = insert(Node(kind: .text, name: [], attributes: [], text: bytes, parent: parent), into: parent, before: sibling)
        }
    }

    /// Moves an existing node, with everything below it, to the end of `parent` (or before `sibling` there).
    mutating func move(_ node: Int, to parent: Int, before sibling: Int? = nil) {
        detach(node)
        nodes[node].parent = parent
        link(node, into: parent, before: position(of: sibling, in: parent))
        isReordered = true
    }

    /// Takes `node` out of the tree; it stays in the arena until `restoreDocumentOrder()` drops it.
    mutating func detach(_ node: Int) {
        let old = nodes[node].parent
        if old >= 0 {
            let previous = nodes[node].previousSibling, next = nodes[node].nextSibling
            if previous >= 0 { nodes[Int(previous)].nextSibling = next } else { nodes[old].firstChild = next }
            if next >= 0 { nodes[Int(next)].previousSibling = previous } else { nodes[old].lastChild = previous }
        }
        nodes[node].parent = -1
        nodes[node].previousSibling = -1
        nodes[node].nextSibling = -1
        isReordered = true
    }

    /// Moves every child of `source` to the end of `target`.
    mutating func moveChildren(of source: Int, to target: Int) {
        var child = nodes[source].firstChild
        nodes[source].firstChild = -1
        nodes[source].lastChild = -1
        while child >= 0 {
            let next = nodes[Int(child)].nextSibling
            nodes[Int(child)].parent = target
            link(Int(child), into: target, before: -1)
            child = next
        }
        isReordered = true
    }

    /// Renumbers the arena in document order, dropping detached nodes, so that every reader may rely on
    /// parents coming before their children and siblings in order (the tree builder's moves break both).
    mutating func restoreDocumentOrder() {
        guard isReordered else { return }
        var order: [Int] = []
        order.reserveCapacity(nodes.count)
        var stack = [HTMLDocument.root]
        while let node = stack.popLast() {
            order.append(node)
            stack.append(contentsOf: childrenFromLast(of: node))
        }
        var renumbered = [Int32](repeating: -1, count: nodes.count)
        for (new, old) in order.enumerated() { renumbered[old] = Int32(new) }
        func new(_ old: Int32) -> Int32 { old < 0 ? -1 : renumbered[Int(old)] }
        nodes = order.map { old in
            var node = nodes[old]
            node.parent = node.parent < 0 ? -1 : Int(renumbered[node.parent])
            node.firstChild = new(node.firstChild)
            node.lastChild = new(node.lastChild)
            node.nextSibling = new(node.nextSibling)
            node.previousSibling = new(node.previousSibling)
            return node
        }
        isReordered = false
    }

    // MARK: - Reading

    public func name(_ index: Int) -> String { String(decoding: nodes[index].name, as: UTF8.self) }

    public func attribute(_ name: String, of index: Int) -> String? {
        value(of: name, at: index).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of an attribute's value, read in place (a reader asking the node for it copies the node).
    public func value(of attribute: String, at index: Int) -> [UInt8]? {
        nodes[index].attributes.value(of: attribute)
    }

    /// Every element below `index` (itself included) in document order, without recursion.
    public func elements(under index: Int = root) -> [Int] {
        var result: [Int] = []
        var stack = [index]
        while let node = stack.popLast() {
            if nodes[node].kind == .element { result.append(node) }
            stack.append(contentsOf: childrenFromLast(of: node))
        }
        return result
    }

    /// Whether `node` lies below `ancestor` (or is it).
    public func isDescendant(_ node: Int, of ancestor: Int) -> Bool {
        var current = node
        while current > ancestor { current = nodes[current].parent }
        return current == ancestor
    }

    /// `node` and its ancestors, `levels` of them at most, never the document itself: the ever wider
    /// scopes around a part of the page.
    public func scopes(around node: Int, levels: Int) -> [Int] {
        var result = [node]
        while result.count <= levels, nodes[result[result.count - 1]].parent > HTMLDocument.root {
            result.append(nodes[result[result.count - 1]].parent)
        }
        return result
    }

    /// The text below `index`, with white space collapsed.
    public func text(of index: Int) -> String {
        var bytes: [UInt8] = []
        var stack = [index]
        while let node = stack.popLast() {
            switch nodes[node].kind {
            case .text: bytes.append(contentsOf: nodes[node].text)
            case .element, .document:
                // Hidden elements inside say nothing; the one asked about ("title") is read anyway.
                if node != index, nodes[node].tag.isHidden { continue }
                if nodes[node].tag.isBlock || nodes[node].tag == .br { bytes.append(0x20) }
                stack.append(contentsOf: childrenFromLast(of: node))
            case .comment, .doctype: break
            }
        }
        return CollapsedWhitespace.string(bytes)
    }
}
