/// A parsed page: nodes in one array (an arena), referred to by index, children in document order.
public struct HTMLDocument: Sendable {
    public enum Kind: UInt8, Sendable { case document, element, text, comment, doctype }

    public struct Node: Sendable {
        public var kind: Kind
        /// Lowercase tag name of an element; empty otherwise.
        public var name: [UInt8]
        public var attributes: [HTMLToken.Attribute]
        /// The text of a text or comment node.
        public var text: [UInt8]
        public var parent: Int
        public var children: [Int] = []
    }

    public private(set) var nodes: [Node] = [Node(kind: .document, name: [], attributes: [], text: [], parent: -1)]

    public static let root = 0

    /// Whether the page had more nodes than `TreeBuilder.maximumNodes` and only its start was read.
    public internal(set) var isTruncated = false

    mutating func append(_ node: Node, to parent: Int) -> Int {
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

    public func name(_ index: Int) -> String { String(decoding: nodes[index].name, as: UTF8.self) }

    public func attribute(_ name: String, of index: Int) -> String? {
        nodes[index].attributes.first { $0.name.elementsEqual(name.utf8) }.map { String(decoding: $0.value, as: UTF8.self) }
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
                if node != index, HTMLVocabulary.hidden.contains(nodes[node].name) { continue }
                if HTMLVocabulary.blocks.contains(nodes[node].name) || nodes[node].name == HTMLVocabulary.lineBreak { bytes.append(0x20) }
                stack.append(contentsOf: nodes[node].children.reversed())
            case .comment, .doctype: break
            }
        }
        return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
