/// The table modes: a table, its text, caption, column groups, row groups, rows and cells. What does
/// not belong in a table is foster-parented: put before it.
extension TreeConstruction {
    mutating func inTable(_ token: Token) {
        switch token {
        case .characters:
            guard let last = open.last, document.nodes[last].namespace == .html,
                  [.table, .tbody, .template, .tfoot, .thead, .tr].contains(document.nodes[last].tag) else {
                return fosterParent(token)
            }
            pendingTableText = []
            originalMode = mode
            mode = .inTableText
            process(token, in: mode)
        case .comment(let bytes): insertComment(bytes)
        case .doctype: break
        case .start(let tag, .caption):
            clearStackBackToTable()
            formatting.append(.marker)
            insertElement(tag, .caption)
            mode = .inCaption
        case .start(let tag, .colgroup):
            clearStackBackToTable()
            insertElement(tag, .colgroup)
            mode = .inColumnGroup
        case .start(_, .col):
            clearStackBackToTable()
            insertElement(.colgroup)
            mode = .inColumnGroup
            process(token, in: mode)
        case .start(let tag, let id) where id == .tbody || id == .tfoot || id == .thead:
            clearStackBackToTable()
            insertElement(tag, id)
            mode = .inTableBody
        case .start(_, let id) where id == .td || id == .th || id == .tr:
            clearStackBackToTable()
            insertElement(.tbody)
            mode = .inTableBody
            process(token, in: mode)
        case .start(_, .table):
            guard inScope(.table, .table) else { return }
            popUntil(.table)
            resetInsertionMode()
            process(token, in: mode)
        case .end(_, .table):
            guard inScope(.table, .table) else { return }
            popUntil(.table)
            resetInsertionMode()
        case .end(_, let id) where [.body, .caption, .col, .colgroup, .html, .tbody, .td, .tfoot, .th, .thead, .tr].contains(id):
            break
        case .start(_, let id) where id == .style || id == .script || id == .template:
            inHead(token)
        case .end(_, .template):
            inHead(token)
        case .start(let tag, .input) where Self.isHiddenInput(tag):
            insertElement(tag, .input, push: false)
        case .start(let tag, .form):
            guard !hasTemplate, form == nil else { return }
            form = insertElement(tag, .form, push: false)
        case .endOfFile:
            inBody(token)
        default:
            fosterParent(token)
        }
    }

    /// A token out of place in a table, handled by the body's rules with what it inserts put before the table.
    private mutating func fosterParent(_ token: Token) {
        fosterParenting = true
        inBody(token)
        fosterParenting = false
    }

    private mutating func clearStackBackToTable() {
        clearStack { [.table, .template, .html].contains($0) }
    }

    private mutating func clearStackBackToTableBody() {
        clearStack { [.tbody, .tfoot, .thead, .template, .html].contains($0) }
    }

    private mutating func clearStackBackToRow() {
        clearStack { [.tr, .template, .html].contains($0) }
    }

    private mutating func clearStack(until stops: (TagName) -> Bool) {
        while let last = open.last, open.count > 1,
              !(document.nodes[last].namespace == .html && stops(document.nodes[last].tag)) {
            open.removeLast()
        }
    }

    /// Text in a table: white space stays in place, anything else is foster-parented as a whole.
    mutating func inTableText(_ token: Token) {
        if case .characters(let bytes) = token {
            pendingTableText.append(contentsOf: bytes.lazy.filter { $0 != 0 })
            return
        }
        if pendingTableText.allSatisfy(Self.isWhitespace) {
            insertCharacters(pendingTableText)
        } else {
            fosterParent(.characters(pendingTableText))
        }
        pendingTableText = []
        mode = originalMode
        process(token, in: mode)
    }

    mutating func inCaption(_ token: Token) {
        switch token {
        case .end(_, .caption):
            _ = closeCaption()
        case .start(_, let id) where [.caption, .col, .colgroup, .tbody, .td, .tfoot, .th, .thead, .tr].contains(id):
            if closeCaption() { process(token, in: mode) }
        case .end(_, .table):
            if closeCaption() { process(token, in: mode) }
        case .end(_, let id) where [.body, .col, .colgroup, .html, .tbody, .td, .tfoot, .th, .thead, .tr].contains(id):
            break
        default:
            inBody(token)
        }
    }

    private mutating func closeCaption() -> Bool {
        guard inScope(.caption, .table) else { return false }
        generateImpliedEndTags()
        popUntil(.caption)
        clearFormattingToLastMarker()
        mode = .inTable
        return true
    }

    mutating func inColumnGroup(_ token: Token) {
        switch token {
        case .characters(let bytes):
            let rest = insertLeadingWhitespace(of: bytes)
            if !rest.isEmpty { anythingElse(.characters(rest)) }
        case .comment(let bytes): insertComment(bytes)
        case .doctype: break
        case .start(_, .html): inBody(token)
        case .start(let tag, .col): insertElement(tag, .col, push: false)
        case .end(_, .colgroup):
            guard currentIs(.colgroup) else { return }
            open.removeLast()
            mode = .inTable
        case .end(_, .col): break
        case .start(_, .template), .end(_, .template): inHead(token)
        case .endOfFile: inBody(token)
        default: anythingElse(token)
        }
        func anythingElse(_ token: Token) {
            guard currentIs(.colgroup) else { return }
            open.removeLast()
            mode = .inTable
            process(token, in: mode)
        }
    }

    mutating func inTableBody(_ token: Token) {
        switch token {
        case .start(let tag, .tr):
            clearStackBackToTableBody()
            insertElement(tag, .tr)
            mode = .inRow
        case .start(_, let id) where id == .th || id == .td:
            clearStackBackToTableBody()
            insertElement(.tr)
            mode = .inRow
            process(token, in: mode)
        case .end(_, let id) where id == .tbody || id == .tfoot || id == .thead:
            guard inScope(id, .table) else { return }
            clearStackBackToTableBody()
            open.removeLast()
            mode = .inTable
        case .start(_, let id) where [.caption, .col, .colgroup, .tbody, .tfoot, .thead].contains(id):
            closeTableBody(then: token)
        case .end(_, .table):
            closeTableBody(then: token)
        case .end(_, let id) where [.body, .caption, .col, .colgroup, .html, .td, .th, .tr].contains(id):
            break
        default:
            inTable(token)
        }
    }

    private mutating func closeTableBody(then token: Token) {
        guard inScope(.table, where: { $0 == .tbody || $0 == .thead || $0 == .tfoot }) else { return }
        clearStackBackToTableBody()
        open.removeLast()
        mode = .inTable
        process(token, in: mode)
    }

    mutating func inRow(_ token: Token) {
        switch token {
        case .start(let tag, let id) where id == .th || id == .td:
            clearStackBackToRow()
            insertElement(tag, id)
            mode = .inCell
            formatting.append(.marker)
        case .end(_, .tr):
            _ = closeRow()
        case .start(_, let id) where [.caption, .col, .colgroup, .tbody, .tfoot, .thead, .tr].contains(id):
            if closeRow() { process(token, in: mode) }
        case .end(_, .table):
            if closeRow() { process(token, in: mode) }
        case .end(_, let id) where id == .tbody || id == .tfoot || id == .thead:
            guard inScope(id, .table) else { return }
            if closeRow() { process(token, in: mode) }
        case .end(_, let id) where [.body, .caption, .col, .colgroup, .html, .td, .th].contains(id):
            break
        default:
            inTable(token)
        }
    }

    private mutating func closeRow() -> Bool {
        guard inScope(.tr, .table) else { return false }
        clearStackBackToRow()
        open.removeLast()
        mode = .inTableBody
        return true
    }

    mutating func inCell(_ token: Token) {
        switch token {
        case .end(_, let id) where id == .td || id == .th:
            guard inScope(id, .table) else { return }
            generateImpliedEndTags()
            popUntil(id)
            clearFormattingToLastMarker()
            mode = .inRow
        case .start(_, let id) where [.caption, .col, .colgroup, .tbody, .td, .tfoot, .th, .thead, .tr].contains(id):
            guard inScope(.table, where: { $0 == .td || $0 == .th }) else { return }
            closeCell()
            process(token, in: mode)
        case .end(_, let id) where [.body, .caption, .col, .colgroup, .html].contains(id):
            break
        case .end(_, let id) where [.table, .tbody, .tfoot, .thead, .tr].contains(id):
            guard inScope(id, .table) else { return }
            closeCell()
            process(token, in: mode)
        default:
            inBody(token)
        }
    }

    private mutating func closeCell() {
        generateImpliedEndTags()
        popUntil { $0.isHTML(.td) || $0.isHTML(.th) }
        clearFormattingToLastMarker()
        mode = .inRow
    }
}
