/// The "in body" insertion mode: where an article's markup is read.
extension TreeConstruction {
    mutating func inBody(_ token: Token) {
        switch token {
        case .characters(let bytes):
            let text = bytes.contains(0) ? bytes.filter { $0 != 0 } : bytes
            guard !text.isEmpty else { return }
            reconstructFormatting()
            insertCharacters(text)
            if framesetOK && !text.allSatisfy(Self.isWhitespace) { framesetOK = false }
        case .comment(let bytes):
            insertComment(bytes)
        case .doctype:
            break
        case .start(let tag, let id):
            startTagInBody(tag, id, token)
        case .end(let tag, let id):
            endTagInBody(tag, id, token)
        case .endOfFile:
            if !templateModes.isEmpty { inTemplate(token) }
        }
    }

    private mutating func startTagInBody(_ tag: HTMLToken.Tag, _ id: TagName, _ token: Token) {
        switch id {
        case .html:
            if !hasTemplate, let root = open.first { addMissingAttributes(tag, to: root) }
        case _ where id.belongsInHead:
            inHead(token)
        case .body:
            guard open.count > 1, isHTML(open[1], .body), !hasTemplate else { return }
            framesetOK = false
            addMissingAttributes(tag, to: open[1])
        case .frameset:
            guard open.count > 1, isHTML(open[1], .body), framesetOK else { return }
            document.detach(open[1])
            open.removeSubrange(1...)
            insertElement(tag, .frameset)
            mode = .inFrameset
        case .address, .article, .aside, .blockquote, .center, .details, .dialog, .dir, .div, .dl, .fieldset,
             .figcaption, .figure, .footer, .header, .hgroup, .main, .menu, .nav, .ol, .p, .search, .section,
             .summary, .ul:
            closeParagraphInButtonScope()
            insertElement(tag, id)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            closeParagraphInButtonScope()
            if let last = open.last, element(last).namespace == .html, element(last).tag.isHeading { open.removeLast() }
            insertElement(tag, id)
        case .pre, .listing:
            closeParagraphInButtonScope()
            insertElement(tag, id)
            skipsLineFeed = true
            framesetOK = false
        case .form:
            guard form == nil || hasTemplate else { return }
            closeParagraphInButtonScope()
            let node = insertElement(tag, id)
            if !hasTemplate { form = node }
        case .li, .dd, .dt:
            framesetOK = false
            // An open item of the same list closes, unless a special container other than
            // address, div or p comes first.
            func closes(_ open: TagName) -> Bool { id == .li ? open == .li : open == .dd || open == .dt }
            for node in open.reversed() {
                let element = element(node)
                if element.namespace == .html && closes(element.tag) {
                    generateImpliedEndTags(except: element.tag)
                    popUntil(element.tag)
                    break
                }
                let isContainer = element.tag == .address || element.tag == .div || element.tag == .p
                if isSpecial(node) && !(element.namespace == .html && isContainer) { break }
            }
            closeParagraphInButtonScope()
            insertElement(tag, id)
        case .plaintext:
            closeParagraphInButtonScope()
            insertElement(tag, id)
            tokenizer.state = .plaintext
        case .button:
            if inScope(.button) {
                generateImpliedEndTags()
                popUntil(.button)
            }
            reconstructFormatting()
            insertElement(tag, id)
            framesetOK = false
        case .a:
            if let entry = lastFormattingElement(named: .a) {
                _ = runAdoptionAgency(for: tag, .a)
                removeFormatting(entry)
                remove(fromStack: entry)
            }
            reconstructFormatting()
            pushFormatting(insertElement(tag, id), tag)
        case .b, .big, .code, .em, .font, .i, .s, .small, .strike, .strong, .tt, .u:
            reconstructFormatting()
            pushFormatting(insertElement(tag, id), tag)
        case .nobr:
            reconstructFormatting()
            if inScope(.nobr) {
                if !runAdoptionAgency(for: tag, .nobr) { anyOtherEndTag(tag) }
                reconstructFormatting()
            }
            pushFormatting(insertElement(tag, id), tag)
        case .applet, .marquee, .object:
            reconstructFormatting()
            insertElement(tag, id)
            formatting.append(.marker)
            framesetOK = false
        case .table:
            if !isQuirks { closeParagraphInButtonScope() }
            insertElement(tag, id)
            framesetOK = false
            mode = .inTable
        case .area, .br, .embed, .img, .keygen, .wbr:
            reconstructFormatting()
            insertElement(tag, id, push: false)
            framesetOK = false
        case .input:
            if inScope(.select) { popUntil(.select) }
            reconstructFormatting()
            insertElement(tag, id, push: false)
            if !Self.isHiddenInput(tag) { framesetOK = false }
        case .param, .source, .track:
            insertElement(tag, id, push: false)
        case .hr:
            closeParagraphInButtonScope()
            if inScope(.select) { generateImpliedEndTags() }
            insertElement(tag, id, push: false)
            framesetOK = false
        case .image:
            var renamed = tag
            renamed.name = Array("img".utf8)
            startTagInBody(renamed, .img, .start(renamed, .img))
        case .textarea:
            insertTextElement(tag, id, state: .rcdata)
            skipsLineFeed = true
            framesetOK = false
        case .xmp:
            closeParagraphInButtonScope()
            reconstructFormatting()
            framesetOK = false
            insertTextElement(tag, id, state: .rawtext)
        case .iframe:
            framesetOK = false
            insertTextElement(tag, id, state: .rawtext)
        case .noembed:
            insertTextElement(tag, id, state: .rawtext)
        case .select:
            if inScope(.select) {
                popUntil(.select)
                return
            }
            reconstructFormatting()
            insertElement(tag, id)
            framesetOK = false
        case .option:
            if inScope(.select) {
                generateImpliedEndTags(except: .optgroup)
            } else if currentIs(.option) {
                open.removeLast()
            }
            reconstructFormatting()
            insertElement(tag, id)
        case .optgroup:
            if inScope(.select) {
                generateImpliedEndTags()
            } else if currentIs(.option) {
                open.removeLast()
            }
            reconstructFormatting()
            insertElement(tag, id)
        case .rb, .rtc:
            if inScope(.ruby) { generateImpliedEndTags() }
            insertElement(tag, id)
        case .rp, .rt:
            if inScope(.ruby) { generateImpliedEndTags(except: .rtc) }
            insertElement(tag, id)
        case .math, .svg:
            reconstructFormatting()
            insertForeignElement(tag, namespace: id == .math ? .mathML : .svg)
        case .caption, .col, .colgroup, .frame, .head, .tbody, .td, .tfoot, .th, .thead, .tr:
            break
        default:
            reconstructFormatting()
            insertElement(tag, id)
        }
    }

    static func isHiddenInput(_ tag: HTMLToken.Tag) -> Bool {
        tag.value(of: "type").map { $0.map(HTMLTokenizer.lower).elementsEqual("hidden".utf8) } ?? false
    }

    private mutating func endTagInBody(_ tag: HTMLToken.Tag, _ id: TagName, _ token: Token) {
        switch id {
        case .template:
            inHead(token)
        case .body, .html:
            guard inScope(.body) else { return }
            mode = .afterBody
            if id == .html { process(token, in: mode) }
        case .address, .article, .aside, .blockquote, .button, .center, .details, .dialog, .dir, .div, .dl,
             .fieldset, .figcaption, .figure, .footer, .header, .hgroup, .listing, .main, .menu, .nav, .ol, .pre,
             .search, .section, .select, .summary, .ul:
            guard inScope(id) else { return }
            generateImpliedEndTags()
            popUntil(id)
        case .form:
            if hasTemplate {
                guard inScope(.form) else { return }
                generateImpliedEndTags()
                popUntil(.form)
            } else {
                let node = form
                form = nil
                guard let node, inScope(node: node) else { return }
                generateImpliedEndTags()
                remove(fromStack: node)
            }
        case .p:
            if !inScope(.p, .button) { insertElement(.p) }
            closeParagraph()
        case .li:
            guard inScope(.li, .listItem) else { return }
            generateImpliedEndTags(except: .li)
            popUntil(.li)
        case .dd, .dt:
            guard inScope(id) else { return }
            generateImpliedEndTags(except: id)
            popUntil(id)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            guard inScope(where: \.isHeading) else { return }
            generateImpliedEndTags()
            popUntil { $0.namespace == .html && $0.tag.isHeading }
        case .a, .b, .big, .code, .em, .font, .i, .nobr, .s, .small, .strike, .strong, .tt, .u:
            if !runAdoptionAgency(for: tag, id) { anyOtherEndTag(tag) }
        case .applet, .marquee, .object:
            guard inScope(id) else { return }
            generateImpliedEndTags()
            popUntil(id)
            clearFormattingToLastMarker()
        case .br:
            startTagInBody(HTMLToken.Tag(name: tag.name), .br, .start(HTMLToken.Tag(name: tag.name), .br))
        default:
            anyOtherEndTag(tag)
        }
    }

    /// An end tag closes the nearest open element of its name, unless a special element comes first.
    mutating func anyOtherEndTag(_ tag: HTMLToken.Tag) {
        for index in open.indices.reversed() {
            let node = open[index]
            let element = element(node)
            if element.namespace == .html && document.nodes[node].name == tag.name {
                generateImpliedEndTags(except: element.tag == .unknown ? nil : element.tag)
                if index > 0 && index < open.count { open.removeSubrange(index...) }
                return
            }
            if isSpecial(node) { return }
        }
    }
}
