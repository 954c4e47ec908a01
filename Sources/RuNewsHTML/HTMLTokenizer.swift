import Foundation

/// The HTML tokenizer of the WHATWG specification (§13.2.5), over UTF-8 bytes.
///
/// Every state of the specification is a case of `State` and a branch of `step`; the names follow the
/// specification's so the two can be read side by side. Bytes of non-ASCII characters only ever take
/// the "anything else" branches, so they pass through unexamined. Parse errors are not reported: like a
/// browser, the tokenizer always recovers.
public struct HTMLTokenizer {
    public enum State: Sendable {
        case data, rcdata, rawtext, scriptData, plaintext, tagOpen, endTagOpen, tagName
        case rcdataLessThanSign, rcdataEndTagOpen, rcdataEndTagName
        case rawtextLessThanSign, rawtextEndTagOpen, rawtextEndTagName
        case scriptDataLessThanSign, scriptDataEndTagOpen, scriptDataEndTagName, scriptDataEscapeStart
        case scriptDataEscapeStartDash, scriptDataEscaped, scriptDataEscapedDash, scriptDataEscapedDashDash
        case scriptDataEscapedLessThanSign, scriptDataEscapedEndTagOpen, scriptDataEscapedEndTagName
        case scriptDataDoubleEscapeStart, scriptDataDoubleEscaped, scriptDataDoubleEscapedDash
        case scriptDataDoubleEscapedDashDash, scriptDataDoubleEscapedLessThanSign, scriptDataDoubleEscapeEnd
        case beforeAttributeName, attributeName, afterAttributeName, beforeAttributeValue
        case attributeValueDoubleQuoted, attributeValueSingleQuoted, attributeValueUnquoted
        case afterAttributeValueQuoted, selfClosingStartTag, bogusComment, markupDeclarationOpen
        case commentStart, commentStartDash, comment, commentLessThanSign, commentLessThanSignBang
        case commentLessThanSignBangDash, commentLessThanSignBangDashDash, commentEndDash, commentEnd
        case commentEndBang, doctype, beforeDoctypeName, doctypeName, afterDoctypeName
        case afterDoctypePublicKeyword, beforeDoctypePublicIdentifier, doctypePublicIdentifierDoubleQuoted
        case doctypePublicIdentifierSingleQuoted, afterDoctypePublicIdentifier
        case betweenDoctypePublicAndSystemIdentifiers, afterDoctypeSystemKeyword, beforeDoctypeSystemIdentifier
        case doctypeSystemIdentifierDoubleQuoted, doctypeSystemIdentifierSingleQuoted, afterDoctypeSystemIdentifier
        case bogusDoctype, cdataSection, cdataSectionBracket, cdataSectionEnd, characterReference
        case namedCharacterReference, ambiguousAmpersand, numericCharacterReference
        case hexadecimalCharacterReferenceStart, decimalCharacterReferenceStart, hexadecimalCharacterReference
        case decimalCharacterReference, numericCharacterReferenceEnd
    }

    /// The state to start in (the tree builder switches it for `<title>`, `<script>`, `<textarea>` …).
    public var state: State
    /// Whether `<![CDATA[` opens a CDATA section (only in foreign content) or a bogus comment.
    public var allowsCDATA = false

    private let input: [UInt8]
    private var position = 0
    private var returnState: State = .data
    private var lastStartTagName: [UInt8]
    /// Tokens emitted and not yet taken: each is moved out as it is taken, not copied.
    private var tokens: [HTMLToken?] = []
    private var text: [UInt8] = []
    private var tag = HTMLToken.Tag()
    private var isEndTag = false
    private var attributeName: [UInt8] = []
    private var attributeValue: [UInt8] = []
    private var hasAttribute = false
    private var commentData: [UInt8] = []
    private var doctypeToken = HTMLToken.Doctype()
    private var temporaryBuffer: [UInt8] = []
    private var characterReferenceCode: UInt32 = 0

    /// `bytes` is UTF-8; line breaks are normalised to LF first, as the input stream requires.
    public init(_ bytes: [UInt8], state: State = .data, lastStartTag: String? = nil) {
        self.state = state
        lastStartTagName = lastStartTag.map { Array($0.utf8) } ?? []
        guard bytes.withUnsafeBufferPointer({ buffer in buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false }) else {
            input = bytes
            return
        }
        // CR LF and lone CR become LF: the runs between carriage returns are copied whole.
        var normalized: [UInt8] = []
        normalized.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            var start = 0
            while start < buffer.count {
                guard let found = memchr(base + start, 0x0D, buffer.count - start) else {
                    normalized.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
                    break
                }
                let carriageReturn = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                normalized.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<carriageReturn]))
                normalized.append(0x0A)
                start = carriageReturn + 1
                if start < buffer.count, buffer[start] == 0x0A { start += 1 }
            }
        }
        input = normalized
    }

    /// Every token of the input.
    public mutating func run() -> [HTMLToken] {
        var all: [HTMLToken] = []
        while let token = next() { all.append(token) }
        return all
    }

    private var nextIndex = 0
    private var finished = false

    /// The next token, nil at the end. Between two calls the caller may switch `state` (a tree builder
    /// does after `<script>`, `<title>`, `<textarea>`, `<style>` …).
    public mutating func next() -> HTMLToken? {
        while nextIndex >= tokens.count {
            // Most steps emit nothing: the queue is cleared only once it held something.
            if !tokens.isEmpty {
                tokens.removeAll(keepingCapacity: true)
                nextIndex = 0
            }
            if finished { return nil }
            if !step() {
                flushText()
                finished = true
            }
        }
        defer { nextIndex += 1 }
        return tokens[nextIndex].take()
    }

    /// Sets the tag name an end tag must have to close raw text: the start tag's, for a caller that
    /// switches states itself.
    public mutating func setLastStartTag(_ name: [UInt8]) { lastStartTagName = name }

    // MARK: - Input

    private mutating func consume() -> UInt8? {
        guard position < input.count else { position += 1; return nil }
        defer { position += 1 }
        return input[position]
    }

    /// Goes back one character, to consume it again in `state`.
    private mutating func reconsume(in state: State) {
        position -= 1
        self.state = state
    }

    private func lookahead(_ text: String, caseInsensitive: Bool) -> Bool {
        let bytes = Array(text.utf8)
        guard position + bytes.count <= input.count else { return false }
        for (offset, byte) in bytes.enumerated() {
            let actual = input[position + offset]
            if caseInsensitive ? Self.lower(actual) != Self.lower(byte) : actual != byte { return false }
        }
        return true
    }

    /// The bytes from here up to the next `first`, `second` or NUL, if there are any: plain text and
    /// attribute values are copied in runs rather than a byte a step.
    private func run(stoppingAt first: UInt8, _ second: UInt8) -> Range<Int>? {
        let start = position
        var end = start
        input.withUnsafeBufferPointer { bytes in
            while end < bytes.count {
                let byte = bytes[end]
                if byte == first || byte == second || byte == 0 { break }
                end += 1
            }
        }
        return end > start ? start..<end : nil
    }

    /// Appends a run of the input as one copy of its bytes (a slice's generic append costs several
    /// times as much).
    private static func append(_ input: [UInt8], _ run: Range<Int>, to buffer: inout [UInt8]) {
        input.withUnsafeBufferPointer { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: $0[run])) }
    }

    /// The bytes from here up to white space, "/", ">", NUL or (for an attribute's name) "=": a tag's or
    /// attribute's name is copied in one run, lowercased, rather than a byte a step.
    private func nameRun(stoppingAtEquals: Bool) -> Range<Int>? {
        let start = position
        var end = start
        input.withUnsafeBufferPointer { bytes in
            while end < bytes.count {
                switch bytes[end] {
                case 0x09, 0x0A, 0x0C, 0x20, 0x2F, 0x3E, 0x00: return
                case 0x3D where stoppingAtEquals: return
                default: end += 1
                }
            }
        }
        return end > start ? start..<end : nil
    }

    /// Appends bytes of the input to `name`, ASCII capitals lowered: a name read in one run (nearly all)
    /// is a shared array when it is a common one (`InternedNames`), else made in one allocation.
    /// Static, so that writing a field of the tokenizer does not copy it.
    private static func appendLowercased(_ run: ArraySlice<UInt8>, to name: inout [UInt8], interning names: InternedNames.Table) {
        guard name.isEmpty else { name.append(contentsOf: run.lazy.map(lower)); return }
        if let shared = InternedNames.shared(run, in: names) { name = shared; return }
        name = [UInt8](unsafeUninitializedCapacity: run.count) { buffer, initialized in
            for (offset, byte) in run.enumerated() { buffer[offset] = lower(byte) }
            initialized = run.count
        }
    }

    // MARK: - Emitting

    private mutating func emitText(_ byte: UInt8) { text.append(byte) }
    private mutating func emitText(_ bytes: [UInt8]) { text.append(contentsOf: bytes) }
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    private mutating func flushText() {
        guard !text.isEmpty else { return }
        // The token takes the buffer; the next run starts a new one.
        tokens.append(.characters(Self.taken(&text, leaving: [])))
    }

    /// What `value` held, moved out (no copy to retain and release), `empty` left in its place.
    private static func taken<Value>(_ value: inout Value, leaving empty: Value) -> Value {
        var taken = empty
        swap(&taken, &value)
        return taken
    }

    private mutating func emit(_ token: consuming HTMLToken) {
        flushText()
        tokens.append(token)
    }

    private mutating func emitTag() {
        finishAttribute()
        let finished = Self.taken(&tag, leaving: HTMLToken.Tag())
        if isEndTag {
            emit(.endTag(finished))
        } else {
            lastStartTagName = finished.name
            emit(.startTag(finished))
        }
    }

    private mutating func startTag(end: Bool) {
        tag = HTMLToken.Tag()
        attributeNames.removeAll(keepingCapacity: true)
        isEndTag = end
        hasAttribute = false
    }

    /// Names of the tag's attributes once it has many: a tag with a million attributes stays linear,
    /// while the usual few are compared directly, which costs less than hashing them.
    private var attributeNames: Set<[UInt8]> = []
    private static let attributesComparedDirectly = 16
    /// The attributes a tag's first makes room for.
    private static let attributesReserved = 4

    private mutating func startAttribute() {
        finishAttribute()
        attributeName = []
        attributeValue = []
        hasAttribute = true
    }

    /// Adds the attribute being read, unless the tag already has one of that name.
    private mutating func finishAttribute() {
        guard hasAttribute else { return }
        hasAttribute = false
        let isNew: Bool
        if tag.attributes.count < Self.attributesComparedDirectly {
            isNew = !tag.attributes.contains { $0.name == attributeName }
        } else {
            if attributeNames.isEmpty { attributeNames = Set(tag.attributes.map(\.name)) }
            isNew = attributeNames.insert(attributeName).inserted
        }
        if isNew {
            // Room for a few at the first: most tags have one to four, which would reallocate at the first and second.
            if tag.attributes.isEmpty { tag.attributes.reserveCapacity(Self.attributesReserved) }
            tag.attributes.append(HTMLToken.Attribute(name: Self.taken(&attributeName, leaving: []), value: Self.taken(&attributeValue, leaving: [])))
        }
    }

    private var isAppropriateEndTag: Bool { isEndTag && !lastStartTagName.isEmpty && tag.name == lastStartTagName }

    private var consumedAsPartOfAttribute: Bool {
        returnState == .attributeValueDoubleQuoted || returnState == .attributeValueSingleQuoted
            || returnState == .attributeValueUnquoted
    }

    private mutating func flushCodePointsConsumedAsCharacterReference() {
        if consumedAsPartOfAttribute { attributeValue.append(contentsOf: temporaryBuffer) } else { emitText(temporaryBuffer) }
    }

    // MARK: - Characters

    static func isASCIIAlpha(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    static func isASCIIDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool { isASCIIAlpha(byte) || isASCIIDigit(byte) }
    static func isASCIIHexDigit(_ byte: UInt8) -> Bool {
        isASCIIDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x20 }
    static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }

    /// The UTF-8 bytes of a code point.
    static func utf8(_ value: UInt32) -> [UInt8] {
        guard let scalar = Unicode.Scalar(value) else { return replacement }
        return Array(String(Character(scalar)).utf8)
    }

    // MARK: - The state machine

    /// One step; false at the end of the input.
    private mutating func step() -> Bool {
        switch state {
        case .data:
            // Plain text runs to the next "<", "&" or NUL in one copy.
            if let run = run(stoppingAt: 0x3C, 0x26) { Self.append(input, run, to: &text); position = run.upperBound; return true }
            switch consume() {
            case 0x26: returnState = .data; state = .characterReference
            case 0x3C: state = .tagOpen
            case nil: return false
            case let byte?: emitText(byte)
            }
        case .rcdata:
            switch consume() {
            case 0x26: returnState = .rcdata; state = .characterReference
            case 0x3C: state = .rcdataLessThanSign
            case 0x00: emitText(Self.replacement)
            case nil: return false
            case let byte?: emitText(byte)
            }
        case .rawtext:
            if let run = run(stoppingAt: 0x3C, 0x3C) { Self.append(input, run, to: &text); position = run.upperBound; return true }
            switch consume() {
            case 0x3C: state = .rawtextLessThanSign
            case 0x00: emitText(Self.replacement)
            case nil: return false
            case let byte?: emitText(byte)
            }
        case .scriptData:
            if let run = run(stoppingAt: 0x3C, 0x3C) { Self.append(input, run, to: &text); position = run.upperBound; return true }
            switch consume() {
            case 0x3C: state = .scriptDataLessThanSign
            case 0x00: emitText(Self.replacement)
            case nil: return false
            case let byte?: emitText(byte)
            }
        case .plaintext:
            switch consume() {
            case 0x00: emitText(Self.replacement)
            case nil: return false
            case let byte?: emitText(byte)
            }
        case .tagOpen:
            switch consume() {
            case 0x21: state = .markupDeclarationOpen
            case 0x2F: state = .endTagOpen
            case let byte? where Self.isASCIIAlpha(byte): startTag(end: false); reconsume(in: .tagName)
            case 0x3F: commentData = []; reconsume(in: .bogusComment)
            case nil: emitText(0x3C); return false
            default: emitText(0x3C); reconsume(in: .data)
            }
        case .endTagOpen:
            switch consume() {
            case let byte? where Self.isASCIIAlpha(byte): startTag(end: true); reconsume(in: .tagName)
            case 0x3E: state = .data
            case nil: emitText([0x3C, 0x2F]); return false
            default: commentData = []; reconsume(in: .bogusComment)
            }
        case .tagName:
            if let run = nameRun(stoppingAtEquals: false) { Self.appendLowercased(input[run], to: &tag.name, interning: InternedNames.tags); position = run.upperBound; return true }
            switch consume() {
            case let byte? where Self.isWhitespace(byte): state = .beforeAttributeName
            case 0x2F: state = .selfClosingStartTag
            case 0x3E: state = .data; emitTag()
            case 0x00: tag.name.append(contentsOf: Self.replacement)
            case nil: return false
            case let byte?: tag.name.append(Self.lower(byte))
            }
        case .rcdataLessThanSign, .rawtextLessThanSign, .scriptDataLessThanSign:
            let (endTagOpen, back): (State, State) = state == .rcdataLessThanSign ? (.rcdataEndTagOpen, .rcdata)
                : state == .rawtextLessThanSign ? (.rawtextEndTagOpen, .rawtext) : (.scriptDataEndTagOpen, .scriptData)
            switch consume() {
            case 0x2F: temporaryBuffer = []; state = endTagOpen
            case 0x21 where state == .scriptDataLessThanSign:
                state = .scriptDataEscapeStart
                emitText([0x3C, 0x21])
            default: emitText(0x3C); reconsume(in: back)
            }
        case .rcdataEndTagOpen, .rawtextEndTagOpen, .scriptDataEndTagOpen, .scriptDataEscapedEndTagOpen:
            let (name, back): (State, State) = switch state {
            case .rcdataEndTagOpen: (.rcdataEndTagName, .rcdata)
            case .rawtextEndTagOpen: (.rawtextEndTagName, .rawtext)
            case .scriptDataEndTagOpen: (.scriptDataEndTagName, .scriptData)
            default: (.scriptDataEscapedEndTagName, .scriptDataEscaped)
            }
            switch consume() {
            case let byte? where Self.isASCIIAlpha(byte): startTag(end: true); reconsume(in: name)
            default: emitText([0x3C, 0x2F]); reconsume(in: back)
            }
        case .rcdataEndTagName, .rawtextEndTagName, .scriptDataEndTagName, .scriptDataEscapedEndTagName:
            let back: State = switch state {
            case .rcdataEndTagName: .rcdata
            case .rawtextEndTagName: .rawtext
            case .scriptDataEndTagName: .scriptData
            default: .scriptDataEscaped
            }
            let byte = consume()
            if let byte, Self.isWhitespace(byte), isAppropriateEndTag {
                state = .beforeAttributeName
            } else if byte == 0x2F, isAppropriateEndTag {
                state = .selfClosingStartTag
            } else if byte == 0x3E, isAppropriateEndTag {
                state = .data
                emitTag()
            } else if let byte, Self.isASCIIAlpha(byte) {
                tag.name.append(Self.lower(byte))
                temporaryBuffer.append(byte)
            } else {
                emitText([0x3C, 0x2F])
                emitText(temporaryBuffer)
                reconsume(in: back)
            }
        case .scriptDataEscapeStart:
            if consume() == 0x2D { state = .scriptDataEscapeStartDash; emitText(0x2D) } else { reconsume(in: .scriptData) }
        case .scriptDataEscapeStartDash:
            if consume() == 0x2D { state = .scriptDataEscapedDashDash; emitText(0x2D) } else { reconsume(in: .scriptData) }
        case .scriptDataEscaped:
            switch consume() {
            case 0x2D: state = .scriptDataEscapedDash; emitText(0x2D)
            case 0x3C: state = .scriptDataEscapedLessThanSign
            case 0x00: emitText(Self.replacement)
            case nil: return false
            case let byte?: emitText(byte)
            }
        case .scriptDataEscapedDash:
            switch consume() {
            case 0x2D: state = .scriptDataEscapedDashDash; emitText(0x2D)
            case 0x3C: state = .scriptDataEscapedLessThanSign
            case 0x00: state = .scriptDataEscaped; emitText(Self.replacement)
            case nil: return false
            case let byte?: state = .scriptDataEscaped; emitText(byte)
            }
        case .scriptDataEscapedDashDash:
            switch consume() {
            case 0x2D: emitText(0x2D)
            case 0x3C: state = .scriptDataEscapedLessThanSign
            case 0x3E: state = .scriptData; emitText(0x3E)
            case 0x00: state = .scriptDataEscaped; emitText(Self.replacement)
            case nil: return false
            case let byte?: state = .scriptDataEscaped; emitText(byte)
            }
        case .scriptDataEscapedLessThanSign:
            switch consume() {
            case 0x2F: temporaryBuffer = []; state = .scriptDataEscapedEndTagOpen
            case let byte? where Self.isASCIIAlpha(byte):
                temporaryBuffer = []
                emitText(0x3C)
                reconsume(in: .scriptDataDoubleEscapeStart)
            default: emitText(0x3C); reconsume(in: .scriptDataEscaped)
            }
        case .scriptDataDoubleEscapeStart, .scriptDataDoubleEscapeEnd:
            let (matched, other): (State, State) = state == .scriptDataDoubleEscapeStart
                ? (.scriptDataDoubleEscaped, .scriptDataEscaped) : (.scriptDataEscaped, .scriptDataDoubleEscaped)
            switch consume() {
            case let byte? where Self.isWhitespace(byte) || byte == 0x2F || byte == 0x3E:
                state = temporaryBuffer == HTMLVocabulary.script ? matched : other
                emitText(byte)
            case let byte? where Self.isASCIIAlpha(byte):
                temporaryBuffer.append(Self.lower(byte))
                emitText(byte)
            default: reconsume(in: other)
            }
        case .scriptDataDoubleEscaped:
            switch consume() {
            case 0x2D: state = .scriptDataDoubleEscapedDash; emitText(0x2D)
            case 0x3C: state = .scriptDataDoubleEscapedLessThanSign; emitText(0x3C)
            case 0x00: emitText(Self.replacement)
            case nil: return false
            case let byte?: emitText(byte)
            }
        case .scriptDataDoubleEscapedDash:
            switch consume() {
            case 0x2D: state = .scriptDataDoubleEscapedDashDash; emitText(0x2D)
            case 0x3C: state = .scriptDataDoubleEscapedLessThanSign; emitText(0x3C)
            case 0x00: state = .scriptDataDoubleEscaped; emitText(Self.replacement)
            case nil: return false
            case let byte?: state = .scriptDataDoubleEscaped; emitText(byte)
            }
        case .scriptDataDoubleEscapedDashDash:
            switch consume() {
            case 0x2D: emitText(0x2D)
            case 0x3C: state = .scriptDataDoubleEscapedLessThanSign; emitText(0x3C)
            case 0x3E: state = .scriptData; emitText(0x3E)
            case 0x00: state = .scriptDataDoubleEscaped; emitText(Self.replacement)
            case nil: return false
            case let byte?: state = .scriptDataDoubleEscaped; emitText(byte)
            }
        case .scriptDataDoubleEscapedLessThanSign:
            if consume() == 0x2F {
                temporaryBuffer = []
                state = .scriptDataDoubleEscapeEnd
                emitText(0x2F)
            } else {
                reconsume(in: .scriptDataDoubleEscaped)
            }
        case .beforeAttributeName:
            switch consume() {
            case let byte? where Self.isWhitespace(byte): break
            case 0x2F, 0x3E, nil: reconsume(in: .afterAttributeName)
            case 0x3D:
                startAttribute()
                attributeName = [0x3D]
                state = .attributeName
            default: startAttribute(); reconsume(in: .attributeName)
            }
        case .attributeName:
            if let run = nameRun(stoppingAtEquals: true) { Self.appendLowercased(input[run], to: &attributeName, interning: InternedNames.attributes); position = run.upperBound; return true }
            switch consume() {
            case let byte? where Self.isWhitespace(byte) || byte == 0x2F || byte == 0x3E: reconsume(in: .afterAttributeName)
            case nil: reconsume(in: .afterAttributeName)
            case 0x3D: state = .beforeAttributeValue
            case 0x00: attributeName.append(contentsOf: Self.replacement)
            case let byte?: attributeName.append(Self.lower(byte))
            }
        case .afterAttributeName:
            switch consume() {
            case let byte? where Self.isWhitespace(byte): break
            case 0x2F: state = .selfClosingStartTag
            case 0x3D: state = .beforeAttributeValue
            case 0x3E: state = .data; emitTag()
            case nil: return false
            default: startAttribute(); reconsume(in: .attributeName)
            }
        case .beforeAttributeValue:
            switch consume() {
            case let byte? where Self.isWhitespace(byte): break
            case 0x22: state = .attributeValueDoubleQuoted
            case 0x27: state = .attributeValueSingleQuoted
            case 0x3E: state = .data; emitTag()
            default: reconsume(in: .attributeValueUnquoted)
            }
        case .attributeValueDoubleQuoted, .attributeValueSingleQuoted:
            let quote: UInt8 = state == .attributeValueDoubleQuoted ? 0x22 : 0x27
            if let run = run(stoppingAt: quote, 0x26) { Self.append(input, run, to: &attributeValue); position = run.upperBound; return true }
            switch consume() {
            case quote: state = .afterAttributeValueQuoted
            case 0x26: returnState = state; state = .characterReference
            case 0x00: attributeValue.append(contentsOf: Self.replacement)
            case nil: return false
            case let byte?: attributeValue.append(byte)
            }
        case .attributeValueUnquoted:
            switch consume() {
            case let byte? where Self.isWhitespace(byte): state = .beforeAttributeName
            case 0x26: returnState = .attributeValueUnquoted; state = .characterReference
            case 0x3E: state = .data; emitTag()
            case 0x00: attributeValue.append(contentsOf: Self.replacement)
            case nil: return false
            case let byte?: attributeValue.append(byte)
            }
        case .afterAttributeValueQuoted:
            switch consume() {
            case let byte? where Self.isWhitespace(byte): state = .beforeAttributeName
            case 0x2F: state = .selfClosingStartTag
            case 0x3E: state = .data; emitTag()
            case nil: return false
            default: reconsume(in: .beforeAttributeName)
            }
        case .selfClosingStartTag:
            switch consume() {
            case 0x3E: tag.selfClosing = true; state = .data; emitTag()
            case nil: return false
            default: reconsume(in: .beforeAttributeName)
            }
        case .bogusComment:
            switch consume() {
            case 0x3E: state = .data; emit(.comment(commentData))
            case nil: emit(.comment(commentData)); return false
            case 0x00: commentData.append(contentsOf: Self.replacement)
            case let byte?: commentData.append(byte)
            }
        case .markupDeclarationOpen:
            if lookahead("--", caseInsensitive: false) {
                position += 2
                commentData = []
                state = .commentStart
            } else if lookahead("DOCTYPE", caseInsensitive: true) {
                position += 7
                state = .doctype
            } else if lookahead("[CDATA[", caseInsensitive: false) {
                position += 7
                if allowsCDATA {
                    state = .cdataSection
                } else {
                    commentData = Array("[CDATA[".utf8)
                    state = .bogusComment
                }
            } else {
                commentData = []
                state = .bogusComment
            }
        case .commentStart:
            switch consume() {
            case 0x2D: state = .commentStartDash
            case 0x3E: state = .data; emit(.comment(commentData))
            default: reconsume(in: .comment)
            }
        case .commentStartDash:
            switch consume() {
            case 0x2D: state = .commentEnd
            case 0x3E: state = .data; emit(.comment(commentData))
            case nil: emit(.comment(commentData)); return false
            default: commentData.append(0x2D); reconsume(in: .comment)
            }
        case .comment:
            // Comment text runs to the next "<", "-" or NUL in one copy.
            if let run = run(stoppingAt: 0x3C, 0x2D) { Self.append(input, run, to: &commentData); position = run.upperBound; return true }
            switch consume() {
            case 0x3C: commentData.append(0x3C); state = .commentLessThanSign
            case 0x2D: state = .commentEndDash
            case 0x00: commentData.append(contentsOf: Self.replacement)
            case nil: emit(.comment(commentData)); return false
            case let byte?: commentData.append(byte)
            }
        case .commentLessThanSign:
            switch consume() {
            case 0x21: commentData.append(0x21); state = .commentLessThanSignBang
            case 0x3C: commentData.append(0x3C)
            default: reconsume(in: .comment)
            }
        case .commentLessThanSignBang:
            if consume() == 0x2D { state = .commentLessThanSignBangDash } else { reconsume(in: .comment) }
        case .commentLessThanSignBangDash:
            if consume() == 0x2D { state = .commentLessThanSignBangDashDash } else { reconsume(in: .commentEndDash) }
        case .commentLessThanSignBangDashDash:
            // "<!--" inside a comment: a parse error only.
            _ = consume()
            reconsume(in: .commentEnd)
        case .commentEndDash:
            switch consume() {
            case 0x2D: state = .commentEnd
            case nil: emit(.comment(commentData)); return false
            default: commentData.append(0x2D); reconsume(in: .comment)
            }
        case .commentEnd:
            switch consume() {
            case 0x3E: state = .data; emit(.comment(commentData))
            case 0x21: state = .commentEndBang
            case 0x2D: commentData.append(0x2D)
            case nil: emit(.comment(commentData)); return false
            default: commentData.append(contentsOf: [0x2D, 0x2D]); reconsume(in: .comment)
            }
        case .commentEndBang:
            switch consume() {
            case 0x2D: commentData.append(contentsOf: [0x2D, 0x2D, 0x21]); state = .commentEndDash
            case 0x3E: state = .data; emit(.comment(commentData))
            case nil: emit(.comment(commentData)); return false
            default: commentData.append(contentsOf: [0x2D, 0x2D, 0x21]); reconsume(in: .comment)
            }
        case .doctype:
            switch consume() {
            case let byte? where Self.isWhitespace(byte): state = .beforeDoctypeName
            case 0x3E: reconsume(in: .beforeDoctypeName)
            case nil: emit(.doctype(HTMLToken.Doctype(forceQuirks: true))); return false
            default: reconsume(in: .beforeDoctypeName)
            }
        case .beforeDoctypeName:
            switch consume() {
            case let byte? where Self.isWhitespace(byte): break
            case 0x00: doctypeToken = HTMLToken.Doctype(name: Self.replacement); state = .doctypeName
            case 0x3E: state = .data; emit(.doctype(HTMLToken.Doctype(forceQuirks: true)))
            case nil: emit(.doctype(HTMLToken.Doctype(forceQuirks: true))); return false
            case let byte?: doctypeToken = HTMLToken.Doctype(name: [Self.lower(byte)]); state = .doctypeName
            }
        case .doctypeName:
            switch consume() {
            case let byte? where Self.isWhitespace(byte): state = .afterDoctypeName
            case 0x3E: state = .data; emit(.doctype(doctypeToken))
            case 0x00: doctypeToken.name?.append(contentsOf: Self.replacement)
            case nil: doctypeToken.forceQuirks = true; emit(.doctype(doctypeToken)); return false
            case let byte?: doctypeToken.name?.append(Self.lower(byte))
            }
        case .afterDoctypeName:
            if let byte = input[safe: position], Self.isWhitespace(byte) {
                position += 1
            } else if input[safe: position] == 0x3E {
                position += 1
                state = .data
                emit(.doctype(doctypeToken))
            } else if position >= input.count {
                doctypeToken.forceQuirks = true
                emit(.doctype(doctypeToken))
                return false
            } else if lookahead("PUBLIC", caseInsensitive: true) {
                position += 6
                state = .afterDoctypePublicKeyword
            } else if lookahead("SYSTEM", caseInsensitive: true) {
                position += 6
                state = .afterDoctypeSystemKeyword
            } else {
                doctypeToken.forceQuirks = true
                state = .bogusDoctype
            }
        case .afterDoctypePublicKeyword, .afterDoctypeSystemKeyword:
            let isPublic = state == .afterDoctypePublicKeyword
            switch consume() {
            case let byte? where Self.isWhitespace(byte):
                state = isPublic ? .beforeDoctypePublicIdentifier : .beforeDoctypeSystemIdentifier
            case let quote? where quote == 0x22 || quote == 0x27: startIdentifier(isPublic, quote: quote)
            case 0x3E: doctypeToken.forceQuirks = true; state = .data; emit(.doctype(doctypeToken))
            case nil: doctypeToken.forceQuirks = true; emit(.doctype(doctypeToken)); return false
            default: doctypeToken.forceQuirks = true; reconsume(in: .bogusDoctype)
            }
        case .beforeDoctypePublicIdentifier, .beforeDoctypeSystemIdentifier:
            let isPublic = state == .beforeDoctypePublicIdentifier
            switch consume() {
            case let byte? where Self.isWhitespace(byte): break
            case let quote? where quote == 0x22 || quote == 0x27: startIdentifier(isPublic, quote: quote)
            case 0x3E: doctypeToken.forceQuirks = true; state = .data; emit(.doctype(doctypeToken))
            case nil: doctypeToken.forceQuirks = true; emit(.doctype(doctypeToken)); return false
            default: doctypeToken.forceQuirks = true; reconsume(in: .bogusDoctype)
            }
        case .doctypePublicIdentifierDoubleQuoted, .doctypePublicIdentifierSingleQuoted,
             .doctypeSystemIdentifierDoubleQuoted, .doctypeSystemIdentifierSingleQuoted:
            let isPublic = state == .doctypePublicIdentifierDoubleQuoted || state == .doctypePublicIdentifierSingleQuoted
            let quote: UInt8 = state == .doctypePublicIdentifierDoubleQuoted || state == .doctypeSystemIdentifierDoubleQuoted ? 0x22 : 0x27
            switch consume() {
            case quote: state = isPublic ? .afterDoctypePublicIdentifier : .afterDoctypeSystemIdentifier
            case 0x00: appendIdentifier(isPublic, Self.replacement)
            case 0x3E: doctypeToken.forceQuirks = true; state = .data; emit(.doctype(doctypeToken))
            case nil: doctypeToken.forceQuirks = true; emit(.doctype(doctypeToken)); return false
            case let byte?: appendIdentifier(isPublic, [byte])
            }
        case .afterDoctypePublicIdentifier, .betweenDoctypePublicAndSystemIdentifiers:
            switch consume() {
            case let byte? where Self.isWhitespace(byte): state = .betweenDoctypePublicAndSystemIdentifiers
            case 0x3E: state = .data; emit(.doctype(doctypeToken))
            case let quote? where quote == 0x22 || quote == 0x27: startIdentifier(false, quote: quote)
            case nil: doctypeToken.forceQuirks = true; emit(.doctype(doctypeToken)); return false
            default: doctypeToken.forceQuirks = true; reconsume(in: .bogusDoctype)
            }
        case .afterDoctypeSystemIdentifier:
            switch consume() {
            case let byte? where Self.isWhitespace(byte): break
            case 0x3E: state = .data; emit(.doctype(doctypeToken))
            case nil: doctypeToken.forceQuirks = true; emit(.doctype(doctypeToken)); return false
            default: reconsume(in: .bogusDoctype)
            }
        case .bogusDoctype:
            switch consume() {
            case 0x3E: state = .data; emit(.doctype(doctypeToken))
            case nil: emit(.doctype(doctypeToken)); return false
            default: break
            }
        case .cdataSection:
            switch consume() {
            case 0x5D: state = .cdataSectionBracket
            case nil: return false
            case let byte?: emitText(byte)
            }
        case .cdataSectionBracket:
            if consume() == 0x5D { state = .cdataSectionEnd } else { emitText(0x5D); reconsume(in: .cdataSection) }
        case .cdataSectionEnd:
            switch consume() {
            case 0x5D: emitText(0x5D)
            case 0x3E: state = .data
            default: emitText([0x5D, 0x5D]); reconsume(in: .cdataSection)
            }
        case .characterReference:
            temporaryBuffer = [0x26]
            switch consume() {
            case let byte? where Self.isASCIIAlphanumeric(byte): reconsume(in: .namedCharacterReference)
            case 0x23: temporaryBuffer.append(0x23); state = .numericCharacterReference
            default: flushCodePointsConsumedAsCharacterReference(); reconsume(in: returnState)
            }
        case .namedCharacterReference:
            namedCharacterReference()
        case .ambiguousAmpersand:
            switch consume() {
            case let byte? where Self.isASCIIAlphanumeric(byte):
                if consumedAsPartOfAttribute { attributeValue.append(byte) } else { emitText(byte) }
            default: reconsume(in: returnState)
            }
        case .numericCharacterReference:
            characterReferenceCode = 0
            switch consume() {
            case let byte? where byte == 0x78 || byte == 0x58:
                temporaryBuffer.append(byte)
                state = .hexadecimalCharacterReferenceStart
            default: reconsume(in: .decimalCharacterReferenceStart)
            }
        case .hexadecimalCharacterReferenceStart, .decimalCharacterReferenceStart:
            let hexadecimal = state == .hexadecimalCharacterReferenceStart
            let byte = consume()
            if let byte, hexadecimal ? Self.isASCIIHexDigit(byte) : Self.isASCIIDigit(byte) {
                reconsume(in: hexadecimal ? .hexadecimalCharacterReference : .decimalCharacterReference)
            } else {
                flushCodePointsConsumedAsCharacterReference()
                reconsume(in: returnState)
            }
        case .hexadecimalCharacterReference, .decimalCharacterReference:
            let hexadecimal = state == .hexadecimalCharacterReference
            let byte = consume()
            if let byte, let digit = Self.digit(byte, hexadecimal: hexadecimal) {
                characterReferenceCode = min(characterReferenceCode &* (hexadecimal ? 16 : 10) &+ digit, 0x11_0000)
            } else if byte == 0x3B {
                state = .numericCharacterReferenceEnd
            } else {
                reconsume(in: .numericCharacterReferenceEnd)
            }
        case .numericCharacterReferenceEnd:
            let bytes = Self.utf8(Self.numericReferenceValue(characterReferenceCode))
            if consumedAsPartOfAttribute { attributeValue.append(contentsOf: bytes) } else { emitText(bytes) }
            state = returnState
        }
        return true
    }

    private mutating func startIdentifier(_ isPublic: Bool, quote: UInt8) {
        if isPublic {
            doctypeToken.publicIdentifier = []
            state = quote == 0x22 ? .doctypePublicIdentifierDoubleQuoted : .doctypePublicIdentifierSingleQuoted
        } else {
            doctypeToken.systemIdentifier = []
            state = quote == 0x22 ? .doctypeSystemIdentifierDoubleQuoted : .doctypeSystemIdentifierSingleQuoted
        }
    }

    private mutating func appendIdentifier(_ isPublic: Bool, _ bytes: [UInt8]) {
        if isPublic { doctypeToken.publicIdentifier?.append(contentsOf: bytes) } else { doctypeToken.systemIdentifier?.append(contentsOf: bytes) }
    }

    private static func digit(_ byte: UInt8, hexadecimal: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46 where hexadecimal: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66 where hexadecimal: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    /// The longest name of the table the input starts with ("&notit;" reads "&not" then "it;").
    private mutating func namedCharacterReference() {
        var best: (length: Int, value: [UInt8])?
        // Nearly every reference is a name and ";" ("&nbsp;"): no name goes past a ";", so when the whole
        // run is one it is the longest match, found by one lookup instead of one for each of its prefixes.
        var run = 0
        while position + run < input.count, run < NamedReferenceTable.longestName, Self.isASCIIAlphanumeric(input[position + run]) { run += 1 }
        if run + 1 <= NamedReferenceTable.longestName, input[safe: position + run] == 0x3B,
           let value = NamedReferenceTable.shared[Array(input[position...(position + run)])] {
            best = (run + 1, value)
        }
        var length = 0
        while best == nil, position + length < input.count, length < NamedReferenceTable.longestName {
            let byte = input[position + length]
            guard Self.isASCIIAlphanumeric(byte) || byte == 0x3B else { break }
            length += 1
            if let value = NamedReferenceTable.shared[Array(input[position..<(position + length)])] {
                best = (length, value)
            }
            if byte == 0x3B { break }
        }
        guard let best else {
            // No name matches: what was read is text, and an ambiguous ampersand follows.
            flushCodePointsConsumedAsCharacterReference()
            state = .ambiguousAmpersand
            return
        }
        let name = Array(input[position..<(position + best.length)])
        let endsWithSemicolon = name.last == 0x3B
        let next = input[safe: position + best.length]
        if consumedAsPartOfAttribute, !endsWithSemicolon, let next, next == 0x3D || Self.isASCIIAlphanumeric(next) {
            // Legacy "&amp" without ";" inside an attribute value followed by "=" or a letter stays as written.
            temporaryBuffer.append(contentsOf: name)
            position += best.length
            flushCodePointsConsumedAsCharacterReference()
            state = returnState
            return
        }
        position += best.length
        if consumedAsPartOfAttribute { attributeValue.append(contentsOf: best.value) } else { emitText(best.value) }
        state = returnState
    }

    /// The code point a numeric reference stands for, with the specification's replacements.
    static func numericReferenceValue(_ code: UInt32) -> UInt32 {
        switch code {
        case 0, 0x11_0000...: return 0xFFFD
        case 0xD800...0xDFFF: return 0xFFFD
        case 0x80...0x9F: return windows1252[code] ?? code
        default: return code
        }
    }

    /// C1 controls that pages mean as windows-1252 characters.
    static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]
}

/// The named references as UTF-8 keys, built once.
enum NamedReferenceTable {
    static let shared: [[UInt8]: [UInt8]] = Dictionary(
        uniqueKeysWithValues: NamedCharacterReferences.table.map { (Array($0.name.utf8), Array($0.value.utf8)) }
    )
    static let longestName = NamedCharacterReferences.table.map(\.name.utf8.count).max() ?? 32
}

extension Array where Element == UInt8 {
    subscript(safe index: Int) -> UInt8? { index >= 0 && index < count ? self[index] : nil }
}
