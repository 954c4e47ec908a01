/// SVG and MathML inside a page: their elements keep their namespace and case-adjusted names, and an
/// HTML tag that cannot be inside them closes them.
extension TreeConstruction {
    /// Whether `token` is handled by the foreign-content rules rather than the insertion mode's.
    func usesForeignRules(for token: Token) -> Bool {
        guard let node = open.last else { return false }
        let element = element(node)
        guard element.namespace != .html else { return false }
        let isMathMLText = element.namespace == .mathML && element.tag.isMathMLText
        switch token {
        case .start(_, let id):
            if isMathMLText && id != .mglyph && id != .malignmark { return false }
            if element.namespace == .mathML && element.tag == .annotationXML && id == .svg { return false }
            return !isHTMLIntegrationPoint(node)
        case .characters:
            return !isMathMLText && !isHTMLIntegrationPoint(node)
        case .endOfFile:
            return false
        default:
            return true
        }
    }

    func isHTMLIntegrationPoint(_ node: Int) -> Bool {
        let element = element(node)
        switch element.namespace {
        case .html: return false
        case .svg: return element.tag == .foreignObject || element.tag == .desc || element.tag == .title
        case .mathML:
            guard element.tag == .annotationXML, let encoding = document.nodes[node].value(of: "encoding") else { return false }
            let value = encoding.map(HTMLTokenizer.lower)
            return value.elementsEqual("text/html".utf8) || value.elementsEqual("application/xhtml+xml".utf8)
        }
    }

    mutating func foreignContent(_ token: Token) {
        switch token {
        case .characters(let bytes):
            insertCharacters(bytes.contains(0) ? ForeignVocabulary.replacingNull(bytes) : bytes)
            if framesetOK && !bytes.allSatisfy({ Self.isWhitespace($0) || $0 == 0 }) { framesetOK = false }
        case .comment(let bytes):
            insertComment(bytes)
        case .doctype:
            break
        case .start(let tag, let id) where ForeignVocabulary.breaksOut(id) || (id == .font && ForeignVocabulary.isPresentational(tag)):
            breakOut(token)
        case .end(_, let id) where id == .br || id == .p:
            breakOut(token)
        case .start(let tag, _):
            insertForeignElement(tag, namespace: document.nodes[current].namespace)
        case .end(let tag, _):
            for index in open.indices.reversed() where index > 0 {
                let node = open[index]
                if index < open.count - 1 && document.nodes[node].namespace == .html {
                    return process(token, in: mode)
                }
                if document.nodes[node].name.map(HTMLTokenizer.lower) == tag.name {
                    open.removeSubrange(index...)
                    return
                }
            }
        case .endOfFile:
            process(token, in: mode)
        }
    }

    /// An HTML tag inside SVG or MathML closes the foreign elements up to an integration point or HTML.
    private mutating func breakOut(_ token: Token) {
        while let last = open.last, open.count > 1 {
            let element = element(last)
            let isMathMLText = element.namespace == .mathML && element.tag.isMathMLText
            if element.namespace == .html || isMathMLText || isHTMLIntegrationPoint(last) { break }
            open.removeLast()
        }
        process(token, in: mode)
    }

    /// Inserts an SVG or MathML element, its name and attributes adjusted to their proper case.
    mutating func insertForeignElement(_ tag: HTMLToken.Tag, namespace: Namespace) {
        var adjusted = tag
        let id = TagName(tag.name)
        if namespace == .svg, let name = ForeignVocabulary.svgTagNames[tag.name] { adjusted.name = name }
        for index in adjusted.attributes.indices {
            let name = adjusted.attributes[index].name
            let table = namespace == .svg ? ForeignVocabulary.svgAttributes : ForeignVocabulary.mathMLAttributes
            if let proper = table[name] { adjusted.attributes[index].name = proper }
        }
        insertElement(adjusted, id, namespace: namespace, push: !tag.selfClosing)
    }
}
