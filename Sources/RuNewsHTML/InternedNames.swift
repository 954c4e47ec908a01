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
    static func shared(_ name: ArraySlice<UInt8>, in table: Table) -> [UInt8]? {
        guard !name.isEmpty, name.count <= 8 else { return nil }
        var key: UInt64 = 0
        for byte in name { key = key << 8 | UInt64(HTMLTokenizer.lower(byte)) }
        return table[key]
    }

    private static func table(_ names: [String]) -> Table {
        Table(names.map { Array($0.utf8) }.filter { !$0.isEmpty && $0.count <= 8 })
    }

    /// Names of up to eight bytes (never holding NUL), keyed by their bytes packed into one integer, in an
    /// open-addressing table a quarter full: a lookup is a multiplication and a compare or two, where a
    /// `Dictionary` hashes the key with SipHash first (it is asked for every tag and attribute name).
    struct Table: Sendable {
        private let keys: [UInt64]  // 0: an empty slot (no name is empty)
        private let names: [[UInt8]]
        private let shift: UInt64

        init(_ list: [[UInt8]]) {
            var bits: UInt64 = 4
            while 1 << bits < list.count * 4 { bits += 1 }
            shift = 64 - bits
            var keys = [UInt64](repeating: 0, count: 1 << bits), names = [[UInt8]](repeating: [], count: 1 << bits)
            for name in list {
                let key = name.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                var slot = Self.slot(of: key, shift)
                while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
                keys[slot] = key
                names[slot] = name
            }
            self.keys = keys
            self.names = names
        }

        private static func slot(of key: UInt64, _ shift: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

        subscript(key: UInt64) -> [UInt8]? {
            var slot = Self.slot(of: key, shift)
            while keys[slot] != 0 {
                if keys[slot] == key { return names[slot] }
                slot = (slot + 1) & (keys.count - 1)
            }
            return nil
        }
    }
}
