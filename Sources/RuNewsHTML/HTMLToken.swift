/// A token of the WHATWG HTML tokenizer. Text is UTF-8 bytes, as the tokenizer reads it.
public enum HTMLToken: Sendable, Equatable {
    case doctype(Doctype)
    case startTag(Tag)
    case endTag(Tag)
    case comment([UInt8])
    /// A run of text; consecutive runs may be split anywhere.
    case characters([UInt8])

    public struct Tag: Sendable, Equatable {
        /// Lowercase ASCII.
        public var name: [UInt8] = []
        /// In source order; a repeated name keeps its first value only, as the spec says.
        public var attributes: [Attribute] = []
        public var selfClosing = false

        public init(name: [UInt8] = [], attributes: [Attribute] = [], selfClosing: Bool = false) {
            self.name = name
            self.attributes = attributes
            self.selfClosing = selfClosing
        }

        public func value(of attribute: String) -> [UInt8]? { attributes.value(of: attribute) }
    }

    public struct Attribute: Sendable, Equatable {
        public var name: [UInt8]
        public var value: [UInt8]

        public init(name: [UInt8], value: [UInt8]) {
            self.name = name
            self.value = value
        }

    }

    public struct Doctype: Sendable, Equatable {
        public var name: [UInt8]?
        public var publicIdentifier: [UInt8]?
        public var systemIdentifier: [UInt8]?
        public var forceQuirks = false

        public init(name: [UInt8]? = nil, publicIdentifier: [UInt8]? = nil, systemIdentifier: [UInt8]? = nil,
                    forceQuirks: Bool = false) {
            self.name = name
            self.publicIdentifier = publicIdentifier
            self.systemIdentifier = systemIdentifier
            self.forceQuirks = forceQuirks
        }
    }
}

extension Array where Element == HTMLToken.Attribute {
    /// The value of the first attribute named `name`, the names compared over both byte buffers: a byte
    /// array against a string's `utf8` view is compared a byte at a time through its iterator.
    func value(of name: String) -> [UInt8]? {
        var name = name
        return name.withUTF8 { key in
            first { attribute in attribute.name.count == key.count && attribute.name.withUnsafeBufferPointer { $0.elementsEqual(key) } }?.value
        }
    }
}
