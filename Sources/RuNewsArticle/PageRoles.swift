import RuNewsHTML

/// What an element is to an article reader, as data over the interned tag.
extension TagName {
    var isPageRoot: Bool { self == .html || self == .body }

    /// Elements that hold the page's frame rather than its article (forms: see `ContentExtractor.Hints`).
    var isFrame: Bool {
        switch self {
        case .nav, .footer, .aside, .menu: true
        default: false
        }
    }
}

extension UInt8 {
    /// The byte with an ASCII capital lowered: class words and attribute values compare case-blind.
    var asciiLowercased: UInt8 { (0x41...0x5A).contains(self) ? self + 0x20 : self }
}
