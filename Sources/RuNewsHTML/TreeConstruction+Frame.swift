/// The modes of the document's frame: before and in the head, after it, raw text, after the body,
/// framesets, and templates.
extension TreeConstruction {
    mutating func initial(_ token: Token) {
        switch token {
        case .characters(let bytes):
            let rest = bytes.drop(while: Self.isWhitespace)
            if !rest.isEmpty { anythingElse(.characters(Array(rest))) }
        case .comment(let bytes):
            insertComment(bytes, into: HTMLDocument.root)
        case .doctype(let doctype):
            var text = doctype.name ?? []
            if doctype.publicIdentifier != nil || doctype.systemIdentifier != nil {
                text += Array(" \"".utf8) + (doctype.publicIdentifier ?? []) + Array("\" \"".utf8) + (doctype.systemIdentifier ?? []) + [0x22]
            }
            _ = document.append(HTMLDocument.Node(kind: .doctype, name: [], attributes: [], text: text, parent: 0), to: HTMLDocument.root)
            isQuirks = QuirksMode.isQuirks(doctype)
            mode = .beforeHTML
        default:
            anythingElse(token)
        }
        func anythingElse(_ token: Token) {
            isQuirks = true
            mode = .beforeHTML
            process(token, in: mode)
        }
    }

    mutating func beforeHTML(_ token: Token) {
        switch token {
        case .doctype: break
        case .comment(let bytes): insertComment(bytes, into: HTMLDocument.root)
        case .characters(let bytes):
            let rest = bytes.drop(while: Self.isWhitespace)
            if !rest.isEmpty { startHTML([]); process(.characters(Array(rest)), in: mode) }
        case .start(let tag, .html):
            startHTML(tag.attributes)
        case .end(_, let id) where ![.head, .body, .html, .br].contains(id):
            break
        default:
            startHTML([])
            process(token, in: mode)
        }
    }

    private mutating func startHTML(_ attributes: [HTMLToken.Attribute]) {
        insertElement(HTMLToken.Tag(name: Array("html".utf8), attributes: attributes), .html)
        mode = .beforeHead
    }

    mutating func beforeHead(_ token: Token) {
        switch token {
        case .characters(let bytes):
            let rest = bytes.drop(while: Self.isWhitespace)
            if !rest.isEmpty { head = insertElement(.head); mode = .inHead; process(.characters(Array(rest)), in: mode) }
        case .comment(let bytes): insertComment(bytes)
        case .doctype: break
        case .start(_, .html): inBody(token)
        case .start(let tag, .head):
            head = insertElement(tag, .head)
            mode = .inHead
        case .end(_, let id) where ![.head, .body, .html, .br].contains(id):
            break
        default:
            head = insertElement(.head)
            mode = .inHead
            process(token, in: mode)
        }
    }

    mutating func inHead(_ token: Token) {
        switch token {
        case .characters(let bytes):
            let rest = insertLeadingWhitespace(of: bytes)
            if !rest.isEmpty { leaveHead(); process(.characters(rest), in: mode) }
        case .comment(let bytes): insertComment(bytes)
        case .doctype: break
        case .start(_, .html): inBody(token)
        case .start(let tag, let id) where [.base, .basefont, .bgsound, .link, .meta].contains(id):
            insertElement(tag, id, push: false)
        case .start(let tag, .title):
            insertTextElement(tag, .title, state: .rcdata)
        case .start(let tag, .noscript):
            insertElement(tag, .noscript)
            mode = .inHeadNoscript
        case .start(let tag, let id) where id == .noframes || id == .style:
            insertTextElement(tag, id, state: .rawtext)
        case .start(let tag, .script):
            insertTextElement(tag, .script, state: .scriptData)
        case .end(_, .head):
            leaveHead()
        case .start(let tag, .template):
            insertElement(tag, .template)
            formatting.append(.marker)
            framesetOK = false
            mode = .inTemplate
            templateModes.append(.inTemplate)
        case .end(_, .template):
            guard hasTemplate else { return }
            generateImpliedEndTags(thoroughly: true)
            popUntil(.template)
            clearFormattingToLastMarker()
            _ = templateModes.popLast()
            resetInsertionMode()
        case .start(_, .head):
            break
        case .end where !isFrameEndTag(token):
            break
        default:
            leaveHead()
            process(token, in: mode)
        }
    }

    /// End tags the frame modes treat as "anything else" rather than ignore.
    func isFrameEndTag(_ token: Token) -> Bool {
        if case .end(_, let id) = token { return [.body, .html, .br].contains(id) }
        return false
    }

    private mutating func leaveHead() {
        if currentIs(.head) { open.removeLast() }
        mode = .afterHead
    }

    mutating func inHeadNoscript(_ token: Token) {
        switch token {
        case .doctype: break
        case .start(_, .html): inBody(token)
        case .end(_, .noscript):
            open.removeLast()
            mode = .inHead
        case .characters(let bytes):
            let rest = insertLeadingWhitespace(of: bytes)
            if !rest.isEmpty { leaveNoscript(); process(.characters(rest), in: mode) }
        case .comment:
            inHead(token)
        case .start(_, let id) where [.basefont, .bgsound, .link, .meta, .noframes, .style].contains(id):
            inHead(token)
        case .start(_, .head), .start(_, .noscript):
            break
        case .end(_, let id) where id != .br:
            break
        default:
            leaveNoscript()
            process(token, in: mode)
        }
        func leaveNoscript() {
            open.removeLast()
            mode = .inHead
        }
    }

    mutating func afterHead(_ token: Token) {
        switch token {
        case .characters(let bytes):
            let rest = insertLeadingWhitespace(of: bytes)
            if !rest.isEmpty { startBody(); process(.characters(rest), in: mode) }
        case .comment(let bytes): insertComment(bytes)
        case .doctype: break
        case .start(_, .html): inBody(token)
        case .start(let tag, .body):
            insertElement(tag, .body)
            framesetOK = false
            mode = .inBody
        case .start(let tag, .frameset):
            insertElement(tag, .frameset)
            mode = .inFrameset
        case .start(_, let id) where id.belongsInHead:
            // Head content after the head goes back into it.
            guard let head else { return }
            open.append(head)
            inHead(token)
            remove(fromStack: head)
        case .end(_, .template):
            inHead(token)
        case .start(_, .head):
            break
        case .end where !isFrameEndTag(token):
            break
        default:
            startBody()
            process(token, in: mode)
        }
        func startBody() {
            insertElement(.body)
            mode = .inBody
        }
    }

    /// The content of raw text and RCDATA elements, up to their end tag.
    mutating func text(_ token: Token) {
        switch token {
        case .characters(let bytes):
            insertCharacters(bytes)
        case .endOfFile:
            if open.count > 1 { open.removeLast() }
            mode = originalMode
            process(token, in: mode)
        case .end:
            if open.count > 1 { open.removeLast() }
            mode = originalMode
        default:
            break
        }
    }

    mutating func afterBody(_ token: Token) {
        switch token {
        case .characters(let bytes):
            charactersAfterBody(bytes)
        case .comment(let bytes): insertComment(bytes, into: open.first ?? HTMLDocument.root)
        case .doctype: break
        case .start(_, .html): inBody(token)
        case .end(_, .html): mode = .afterAfterBody
        case .endOfFile: break
        default:
            reopenBody(with: token)
        }
    }

    mutating func afterAfterBody(_ token: Token) {
        switch token {
        case .comment(let bytes): insertComment(bytes, into: HTMLDocument.root)
        case .doctype, .start(_, .html): inBody(token)
        case .characters(let bytes):
            charactersAfterBody(bytes)
        case .endOfFile: break
        default:
            reopenBody(with: token)
        }
    }

    /// After the body, white space goes by the body's rules and anything else reopens it.
    private mutating func charactersAfterBody(_ bytes: [UInt8]) {
        let (whitespace, rest) = Self.splitLeadingWhitespace(bytes)
        if !whitespace.isEmpty { inBody(.characters(whitespace)) }
        if !rest.isEmpty { reopenBody(with: .characters(rest)) }
    }

    private mutating func reopenBody(with token: Token) {
        mode = .inBody
        process(token, in: mode)
    }

    mutating func inFrameset(_ token: Token) {
        switch token {
        case .characters(let bytes): insertCharacters(bytes.filter(Self.isWhitespace))
        case .comment(let bytes): insertComment(bytes)
        case .start(_, .html): inBody(token)
        case .start(let tag, .frameset): insertElement(tag, .frameset)
        case .end(_, .frameset):
            guard open.count > 1 else { return }
            open.removeLast()
            if !currentIs(.frameset) { mode = .afterFrameset }
        case .start(let tag, .frame): insertElement(tag, .frame, push: false)
        case .start(_, .noframes): inHead(token)
        default: break
        }
    }

    mutating func afterFrameset(_ token: Token) {
        switch token {
        case .characters(let bytes): insertCharacters(bytes.filter(Self.isWhitespace))
        case .comment(let bytes): insertComment(bytes)
        case .start(_, .html): inBody(token)
        case .end(_, .html): mode = .afterAfterFrameset
        case .start(_, .noframes): inHead(token)
        default: break
        }
    }

    mutating func afterAfterFrameset(_ token: Token) {
        switch token {
        case .comment(let bytes): insertComment(bytes, into: HTMLDocument.root)
        case .doctype, .start(_, .html): inBody(token)
        case .characters(let bytes):
            let whitespace = bytes.filter(Self.isWhitespace)
            if !whitespace.isEmpty { inBody(.characters(whitespace)) }
        case .start(_, .noframes): inHead(token)
        default: break
        }
    }

    /// A template's content: what it starts decides the mode it is read in.
    mutating func inTemplate(_ token: Token) {
        switch token {
        case .characters, .comment, .doctype:
            inBody(token)
        case .start(_, let id) where id.belongsInHead:
            inHead(token)
        case .end(_, .template):
            inHead(token)
        case .start(_, let id):
            let next: Mode = switch id {
            case .caption, .colgroup, .tbody, .tfoot, .thead: .inTable
            case .col: .inColumnGroup
            case .tr: .inTableBody
            case .td, .th: .inRow
            default: .inBody
            }
            _ = templateModes.popLast()
            templateModes.append(next)
            mode = next
            process(token, in: mode)
        case .end:
            break
        case .endOfFile:
            guard hasTemplate else { return }
            popUntil(.template)
            clearFormattingToLastMarker()
            _ = templateModes.popLast()
            resetInsertionMode()
            process(token, in: mode)
        }
    }
}
