/// The WHATWG tree construction stage while it reads one page: the insertion mode, the stack of open
/// elements, the list of active formatting elements, and the helpers every mode shares. The modes
/// themselves are in the `TreeConstruction+…` files, one group of modes each, as the specification
/// groups them.
struct TreeConstruction {
    enum Mode {
        case initial, beforeHTML, beforeHead, inHead, inHeadNoscript, afterHead, inBody, text
        case inTable, inTableText, inCaption, inColumnGroup, inTableBody, inRow, inCell, inTemplate
        case afterBody, inFrameset, afterFrameset, afterAfterBody, afterAfterFrameset
    }

    /// A token with its tag name interned once; `endOfFile` ends the input.
    enum Token {
        case doctype(HTMLToken.Doctype)
        case start(HTMLToken.Tag, TagName)
        case end(HTMLToken.Tag, TagName)
        case comment([UInt8])
        case characters([UInt8])
        case endOfFile

        init(_ token: consuming HTMLToken) {
            switch consume token {
            case .doctype(let doctype): self = .doctype(doctype)
            case .startTag(let tag): self = .start(tag, TagName(tag.name))
            case .endTag(let tag): self = .end(tag, TagName(tag.name))
            case .comment(let bytes): self = .comment(bytes)
            case .characters(let bytes): self = .characters(bytes)
            }
        }
    }

    var document = HTMLDocument()
    var tokenizer: HTMLTokenizer
    var mode = Mode.initial
    /// The mode to return to after raw text or table text.
    var originalMode = Mode.inBody
    var templateModes: [Mode] = []
    var open: [Int] = []
    var formatting: [FormattingEntry] = []
    var head: Int?
    var form: Int?
    var framesetOK = true
    var isQuirks = false
    /// Set while a token misplaced in a table is handled by the body's rules: what it inserts goes before the table.
    var fosterParenting = false
    var pendingTableText: [UInt8] = []
    /// A line feed right after `<pre>`, `<listing>`, `<textarea>` is not content.
    var skipsLineFeed = false

    init(tokenizer: HTMLTokenizer) { self.tokenizer = tokenizer }

    // MARK: - Dispatch

    mutating func process(_ token: Token) {
        if skipsLineFeed {
            skipsLineFeed = false
            if case .characters(let bytes) = token, bytes.first == 0x0A {
                if bytes.count > 1 { process(.characters(Array(bytes.dropFirst()))) }
                return
            }
        }
        if usesForeignRules(for: token) { foreignContent(token) } else { process(token, in: mode) }
        tokenizer.allowsCDATA = open.last.map { document.nodes[$0].namespace != .html } ?? false
    }

    mutating func process(_ token: Token, in mode: Mode) {
        switch mode {
        case .initial: initial(token)
        case .beforeHTML: beforeHTML(token)
        case .beforeHead: beforeHead(token)
        case .inHead: inHead(token)
        case .inHeadNoscript: inHeadNoscript(token)
        case .afterHead: afterHead(token)
        case .inBody: inBody(token)
        case .text: text(token)
        case .inTable: inTable(token)
        case .inTableText: inTableText(token)
        case .inCaption: inCaption(token)
        case .inColumnGroup: inColumnGroup(token)
        case .inTableBody: inTableBody(token)
        case .inRow: inRow(token)
        case .inCell: inCell(token)
        case .inTemplate: inTemplate(token)
        case .afterBody: afterBody(token)
        case .inFrameset: inFrameset(token)
        case .afterFrameset: afterFrameset(token)
        case .afterAfterBody: afterAfterBody(token)
        case .afterAfterFrameset: afterAfterFrameset(token)
        }
    }

    /// Resets the insertion mode from the stack of open elements, after a table, a caption or a template closes.
    mutating func resetInsertionMode() {
        for index in open.indices.reversed() {
            let node = element(open[index])
            let isLast = index == 0
            guard node.namespace == .html else { continue }
            switch node.tag {
            case .td where !isLast, .th where !isLast: mode = .inCell; return
            case .tr: mode = .inRow; return
            case .tbody, .thead, .tfoot: mode = .inTableBody; return
            case .caption: mode = .inCaption; return
            case .colgroup: mode = .inColumnGroup; return
            case .table: mode = .inTable; return
            case .template: mode = templateModes.last ?? .inBody; return
            case .head where !isLast: mode = .inHead; return
            case .body: mode = .inBody; return
            case .frameset: mode = .inFrameset; return
            case .html: mode = head == nil ? .beforeHead : .afterHead; return
            default: continue
            }
        }
        mode = .inBody
    }

    // MARK: - The stack of open elements

    var current: Int { open.last ?? HTMLDocument.root }

    /// What the rules ask of an element, read from the arena without copying its node.
    struct Element {
        let tag: TagName
        let namespace: Namespace

        func isHTML(_ tag: TagName) -> Bool { self.tag == tag && namespace == .html }
    }

    func element(_ node: Int) -> Element { Element(tag: document.nodes[node].tag, namespace: document.nodes[node].namespace) }

    func isHTML(_ node: Int, _ tag: TagName) -> Bool { element(node).isHTML(tag) }

    func currentIs(_ tag: TagName) -> Bool { open.last.map { isHTML($0, tag) } ?? false }

    var hasTemplate: Bool { open.contains { isHTML($0, .template) } }

    enum Scope { case normal, listItem, button, table, select }

    /// Whether `node` ends the search for an element in `scope`.
    func isBoundary(_ node: Int, of scope: Scope) -> Bool {
        let element = element(node)
        switch (scope, element.namespace) {
        case (.select, _): return !(element.namespace == .html && (element.tag == .optgroup || element.tag == .option))
        case (.table, .html): return element.tag == .html || element.tag == .table || element.tag == .template
        case (.table, _): return false
        case (_, .html):
            switch element.tag {
            case .applet, .caption, .html, .table, .td, .th, .marquee, .object, .template: return true
            case .ol, .ul: return scope == .listItem
            case .button: return scope == .button
            default: return false
            }
        case (_, .mathML): return element.tag.isMathMLText || element.tag == .annotationXML
        case (_, .svg): return element.tag == .foreignObject || element.tag == .desc || element.tag == .title
        }
    }

    func inScope(_ scope: Scope = .normal, where matches: (TagName) -> Bool) -> Bool {
        for node in open.reversed() {
            let element = element(node)
            if element.namespace == .html && matches(element.tag) { return true }
            if isBoundary(node, of: scope) { return false }
        }
        return false
    }

    func inScope(_ tag: TagName, _ scope: Scope = .normal) -> Bool { inScope(scope) { $0 == tag } }

    func inScope(node target: Int) -> Bool {
        for node in open.reversed() {
            if node == target { return true }
            if isBoundary(node, of: .normal) { return false }
        }
        return false
    }

    /// Pops elements until one that `matches` has been popped (never the root).
    mutating func popUntil(where matches: (Element) -> Bool) {
        while open.count > 1 {
            let node = open.removeLast()
            if matches(element(node)) { return }
        }
    }

    mutating func popUntil(_ tag: TagName) { popUntil { $0.isHTML(tag) } }

    mutating func remove(fromStack node: Int) {
        if let index = open.lastIndex(of: node) { open.remove(at: index) }
    }

    /// Pops the elements whose end tags are implied (`p`, `li`, `option` …), except `exception`.
    mutating func generateImpliedEndTags(except exception: TagName? = nil, thoroughly: Bool = false) {
        while let node = open.last, open.count > 1, document.nodes[node].namespace == .html {
            let tag = document.nodes[node].tag
            guard tag != exception else { return }
            switch tag {
            case .dd, .dt, .li, .optgroup, .option, .p, .rb, .rp, .rt, .rtc: open.removeLast()
            case .caption, .colgroup, .tbody, .td, .tfoot, .th, .thead, .tr:
                guard thoroughly else { return }
                open.removeLast()
            default: return
            }
        }
    }

    mutating func closeParagraph() {
        generateImpliedEndTags(except: .p)
        popUntil(.p)
    }

    mutating func closeParagraphInButtonScope() {
        if inScope(.p, .button) { closeParagraph() }
    }

    /// The special elements: an end tag searching the stack stops at them, and the adoption agency's
    /// furthest block is one.
    func isSpecial(_ node: Int) -> Bool {
        let element = element(node)
        switch element.namespace {
        case .html: return element.tag.isSpecial
        case .mathML: return element.tag.isMathMLText || element.tag == .annotationXML
        case .svg: return element.tag == .foreignObject || element.tag == .desc || element.tag == .title
        }
    }

    // MARK: - Inserting

    /// Where a new node goes: the current node (or `target`), unless foster parenting puts it before the table.
    func appropriatePlace(for target: Int? = nil) -> (parent: Int, before: Int?) {
        let target = target ?? current
        guard fosterParenting, document.nodes[target].namespace == .html,
              [.table, .tbody, .tfoot, .thead, .tr].contains(document.nodes[target].tag) else { return (target, nil) }
        let lastTemplate = open.lastIndex { isHTML($0, .template) }
        let lastTable = open.lastIndex { isHTML($0, .table) }
        if let lastTemplate, lastTemplate > (lastTable ?? -1) { return (open[lastTemplate], nil) }
        guard let lastTable else { return (open[0], nil) }
        let table = open[lastTable]
        let parent = document.nodes[table].parent
        if parent >= 0 { return (parent, table) }
        return (open[lastTable - 1], nil)
    }

    mutating func insert(_ node: consuming HTMLDocument.Node, at place: (parent: Int, before: Int?)) -> Int {
        if let before = place.before { return document.insert(node, into: place.parent, before: before) }
        return document.append(node, to: place.parent)
    }

    /// Inserts an element for `tag` and pushes it, unless `push` is false (void elements) or the stack
    /// is as deep as `TreeBuilder.maximumDepth` (what is deeper is added flat).
    @discardableResult
    mutating func insertElement(_ tag: HTMLToken.Tag, _ id: TagName, namespace: Namespace = .html, push: Bool = true) -> Int {
        var element = HTMLDocument.Node(kind: .element, name: tag.name, attributes: tag.attributes, text: [], parent: 0)
        element.tag = id
        element.namespace = namespace
        let place = appropriatePlace()
        let node = insert(consume element, at: place)
        if push && open.count < TreeBuilder.maximumDepth { open.append(node) }
        return node
    }

    @discardableResult
    mutating func insertElement(_ id: TagName) -> Int {
        insertElement(HTMLToken.Tag(name: Array(id.rawValue.utf8)), id)
    }

    mutating func insertCharacters(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        let place = appropriatePlace()
        guard place.parent != HTMLDocument.root else { return }
        if let before = place.before {
            document.insertText(bytes, into: place.parent, before: before)
        } else {
            document.appendText(bytes, to: place.parent)
        }
    }

    mutating func insertComment(_ bytes: [UInt8], into parent: Int? = nil) {
        let comment = HTMLDocument.Node(kind: .comment, name: [], attributes: [], text: bytes, parent: 0)
        _ = insert(comment, at: parent.map { ($0, nil) } ?? appropriatePlace())
    }

    /// Raw text (`<style>`, `<xmp>`, `<iframe>` …) or escapable raw text (`<title>`, `<textarea>`): the
    /// tokenizer reads the content as text until the matching end tag.
    mutating func insertTextElement(_ tag: HTMLToken.Tag, _ id: TagName, state: HTMLTokenizer.State) {
        insertElement(tag, id)
        tokenizer.state = state
        tokenizer.setLastStartTag(tag.name)
        originalMode = mode
        mode = .text
    }

    /// Adds the attributes a repeated `<html>` or `<body>` tag brings that the element lacks.
    mutating func addMissingAttributes(_ tag: HTMLToken.Tag, to node: Int) {
        for attribute in tag.attributes where !document.nodes[node].attributes.contains(where: { $0.name == attribute.name }) {
            document.nodes[node].attributes.append(attribute)
        }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20 }

    /// A run of text split after its leading white space.
    static func splitLeadingWhitespace(_ bytes: [UInt8]) -> (whitespace: [UInt8], rest: [UInt8]) {
        let count = bytes.prefix(while: isWhitespace).count
        return (Array(bytes.prefix(count)), Array(bytes.dropFirst(count)))
    }

    /// Inserts the white space opening a run of text where the builder is (the head, a column group);
    /// the rest is returned, for the mode's "anything else".
    mutating func insertLeadingWhitespace(of bytes: [UInt8]) -> [UInt8] {
        let (whitespace, rest) = Self.splitLeadingWhitespace(bytes)
        insertCharacters(whitespace)
        return rest
    }
}
