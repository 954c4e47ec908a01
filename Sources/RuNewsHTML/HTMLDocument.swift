import RuNewsText

/// A parsed page: nodes in one array (an arena), referred to by index, children in document order.
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
        public var children: [Int] = []
        /// The element's name interned (`unknown` for names the parser has no rule for).
        public var tag: TagName = .unknown
        /// HTML, or SVG and MathML inside a page.
        public var namespace: Namespace = .html

        /// The bytes of an attribute's value.
        public func value(of attribute: String) -> [UInt8]? {
            attributes.first { $0.name.elementsEqual(attribute.utf8) }?.value
        }

        /// Whether this is the HTML element `tag`.
        func isHTML(_ tag: TagName) -> Bool { self.tag == tag && namespace == .html }
    }

    public internal(set) var nodes: [Node] = [Node(kind: .document, name: [], attributes: [], text: [], parent: -1)]

    public static let root = 0

    /// Whether the page had more nodes than `TreeBuilder.maximumNodes` and only its start was read.
    public internal(set) var isTruncated = false

    /// Whether nodes were moved or put before a sibling, so that the arena is no longer in document order
    /// until `restoreDocumentOrder()`.
    private(set) var isReordered = false

    mutating func append(_ node: consuming Node, to parent: Int) -> Int {
        var node = node
        node.parent = parent
        nodes.append(node)
        let index = nodes.count - 1
        nodes[parent].children.append(index)
        return index
    }

    /// Appends text to `parent`, merging with a text node right before it.
    mutating func appendText(_ bytes: [UInt8], to parent: Int) {
        if let last = nodes[parent].children.last, nodes[last].kind == .text {
            nodes[last].text.append(contentsOf: bytes)
        } else {
            _ = append(Node(kind: .text, name: [], attributes: [], text: bytes, parent: parent), to: parent)
        }
    }

    /// Puts `node` into `parent` right before its child `sibling`: foster parenting, before a table.
    mutating func insert(_ node: consuming Node, into parent: Int, before sibling: Int) -> Int {
        var node = node
        node.parent = parent
        nodes.append(node)
        let index = nodes.count - 1
        let position = nodes[parent].children.firstIndex(of: sibling) ?? nodes[parent].children.count
        nodes[parent].children.insert(index, at: position)
        isReordered = true
        return index
    }

    /// Puts text into `parent` right before its child `sibling`, merging with a text node there.
    mutating func insertText(_ bytes: [UInt8], into parent: Int, before sibling: Int) {
        let position = nodes[parent].children.firstIndex(of: sibling) ?? nodes[parent].children.count
        if position > 0, case let previous = nodes[parent].children[position - 1], nodes[previous].kind == .text {
            nodes[previous].text.append(contentsOf: bytes)
        } else {
            _ = insert(Node(kind: .text, name: [], attributes: [], text: bytes, parent: parent), into: parent, before: sibling)
        }
    }

    /// Moves an existing node, with everything below it, to the end of `parent` (or before `sibling` there).
    mutating func move(_ node: Int, to parent: Int, before sibling: Int? = nil) {
        detach(node)
        nodes[node].parent = parent
        if let sibling, let position = nodes[parent].children.firstIndex(of: sibling) {
            nodes[parent].children.insert(node, at: position)
        } else {
            nodes[parent].children.append(node)
        }
        isReordered = true
    }

    /// Takes `node` out of the tree; it stays in the arena until `restoreDocumentOrder()` drops it.
    mutating func detach(_ node: Int) {
        let old = nodes[node].parent
        if old >= 0, let position = nodes[old].children.firstIndex(of: node) { nodes[old].children.remove(at: position) }
        nodes[node].parent = -1
        isReordered = true
    }

    /// Moves every child of `source` to the end of `target`.
    mutating func moveChildren(of source: Int, to target: Int) {
        let children = nodes[source].children
        nodes[source].children = []
        for child in children { nodes[child].parent = target }
        nodes[target].children.append(contentsOf: children)
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
            stack.append(contentsOf: nodes[node].children.reversed())
        }
        var renumbered = [Int](repeating: -1, count: nodes.count)
        for (new, old) in order.enumerated() { renumbered[old] = new }
        nodes = order.map { old in
            var node = nodes[old]
            node.parent = node.parent < 0 ? -1 : renumbered[node.parent]
            node.children = node.children.map { renumbered[$0] }
            return node
        }
        isReordered = false
    }

    public func name(_ index: Int) -> String { String(decoding: nodes[index].name, as: UTF8.self) }

    public func attribute(_ name: String, of index: Int) -> String? {
        value(of: name, at: index).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of an attribute's value, read in place (a reader asking the node for it copies the node).
    public func value(of attribute: String, at index: Int) -> [UInt8]? {
        nodes[index].attributes.first { $0.name.elementsEqual(attribute.utf8) }?.value
    }

    /// Every element below `index` (itself included) in document order, without recursion.
    public func elements(under index: Int = root) -> [Int] {
        var result: [Int] = []
        var stack = [index]
        while let node = stack.popLast() {
            if nodes[node].kind == .element { result.append(node) }
            stack.append(contentsOf: nodes[node].children.reversed())
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
                stack.append(contentsOf: nodes[node].children.reversed())
            case .comment, .doctype: break
            }
        }
        return CollapsedWhitespace.string(bytes)
    }
}
