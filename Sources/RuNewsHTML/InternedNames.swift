/// Tag and attribute names that pages repeat thousands of times, each kept as one shared array: the
/// tokenizer hands every `<div>` the same `div` and every `class=` the same `class` instead of allocating
/// them anew (an allocation and its release cost more than the rest of reading a short name).
enum InternedNames {
    /// Every tag the parser has a rule for, up to eight bytes long.
    static let tags = table(TagName.allCases.map(\.rawValue))
    /// The attributes pages use most, and those the extraction reads.
    static let attributes = table([
        "class", "id", "href", "src", "style", "type", "name", "content", "rel", "title", "alt", "width", "height",
        "target", "value", "property", "itemprop", "itemtype", "datetime", "lang", "charset", "onclick", "border",
        "align", "valign", "colspan", "rowspan", "action", "method", "for", "role", "srcset", "loading", "async",
        "defer", "media", "sizes", "data-id", "data-src", "data-type", "selected", "checked", "tabindex", "xmlns",
        "bgcolor", "color", "face", "size", "nowrap", "encoding",
    ])

    /// The shared array of a name, lowercased, when `table` has it.
    static func shared(_ name: ArraySlice<UInt8>, in table: [UInt64: [UInt8]]) -> [UInt8]? {
        guard !name.isEmpty, name.count <= 8 else { return nil }
        var key: UInt64 = 0
        for byte in name { key = key << 8 | UInt64(HTMLTokenizer.lower(byte)) }
        return table[key]
    }

    /// Names of up to eight bytes (never holding NUL), keyed by their bytes packed into one integer.
    private static func table(_ names: [String]) -> [UInt64: [UInt8]] {
        Dictionary(uniqueKeysWithValues: names.map { Array($0.utf8) }.filter { !$0.isEmpty && $0.count <= 8 }
            .map { (name: [UInt8]) in (name.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }, name) })
    }
}
