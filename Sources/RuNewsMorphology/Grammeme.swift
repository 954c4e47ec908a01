/// A grammatical feature in OpenCorpora's notation: "NOUN", "nomn", "femn", "Surn" …
public struct Grammeme: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let name: String
    /// Its bit in `GrammemeSet`, looked up once.
    let index: Int?

    public init(_ name: String) {
        self.name = name
        index = GrammemeInventory.index[name]
    }

    public init(stringLiteral name: String) { self.init(name) }
    public var description: String { name }

    public static func == (a: Grammeme, b: Grammeme) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    public static let noun: Grammeme = "NOUN", adjective: Grammeme = "ADJF", verb: Grammeme = "VERB", participle: Grammeme = "PRTF", adverb: Grammeme = "ADVB"
    public static let preposition: Grammeme = "PREP", conjunction: Grammeme = "CONJ", pronoun: Grammeme = "NPRO"
    /// Pronominal ("этот", "наш") and qualitative ("большой") adjectives; relational ones are neither.
    public static let pronominal: Grammeme = "Apro", qualitative: Grammeme = "Qual", passive: Grammeme = "pssv"
    /// The six main cases, the nominative first (OpenCorpora's second genitive, locative and the vocative aside).
    public static let mainCases: [Grammeme] = [.nominative, .genitive, .dative, .accusative, .instrumental, .prepositional]
    public static let nominative: Grammeme = "nomn", genitive: Grammeme = "gent", dative: Grammeme = "datv"
    public static let accusative: Grammeme = "accs", instrumental: Grammeme = "ablt", prepositional: Grammeme = "loct"
    public static let singular: Grammeme = "sing", plural: Grammeme = "plur"
    public static let masculine: Grammeme = "masc", feminine: Grammeme = "femn", neuter: Grammeme = "neut"
    public static let commonGender: Grammeme = "ms-f"
    public static let past: Grammeme = "past"
    public static let animate: Grammeme = "anim", inanimate: Grammeme = "inan"
    public static let firstName: Grammeme = "Name", surname: Grammeme = "Surn", patronymic: Grammeme = "Patr"
    public static let geography: Grammeme = "Geox", organisation: Grammeme = "Orgn"
    public static let abbreviation: Grammeme = "Abbr", initial: Grammeme = "Init", indeclinable: Grammeme = "Fixd"
}

/// A set of grammemes as a bit set over `GrammemeInventory`.
public struct GrammemeSet: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    public init() {}

    init<S: Sequence>(indices: S) where S.Element == Int {
        for index in indices { insert(index) }
    }

    public init(_ grammemes: some Sequence<Grammeme>) {
        for grammeme in grammemes {
            if let index = grammeme.index { insert(index) }
        }
    }

    mutating func insert(_ index: Int) {
        if index < 64 { low |= 1 << UInt64(index) } else { high |= 1 << UInt64(index - 64) }
    }

    func contains(_ index: Int) -> Bool {
        index < 64 ? low & (1 << UInt64(index)) != 0 : high & (1 << UInt64(index - 64)) != 0
    }

    public func contains(_ grammeme: Grammeme) -> Bool {
        grammeme.index.map(contains) ?? false
    }

    public func isSuperset(of other: GrammemeSet) -> Bool { low & other.low == other.low && high & other.high == other.high }
    public func union(_ other: GrammemeSet) -> GrammemeSet { var s = self; s.low |= other.low; s.high |= other.high; return s }
    public func intersection(_ other: GrammemeSet) -> GrammemeSet { var s = self; s.low &= other.low; s.high &= other.high; return s }
    public func subtracting(_ other: GrammemeSet) -> GrammemeSet { var s = self; s.low &= ~other.low; s.high &= ~other.high; return s }
    public func symmetricDifference(_ other: GrammemeSet) -> GrammemeSet { var s = self; s.low ^= other.low; s.high ^= other.high; return s }
    public var count: Int { low.nonzeroBitCount + high.nonzeroBitCount }
    public var isEmpty: Bool { low == 0 && high == 0 }

    public var grammemes: [Grammeme] {
        GrammemeInventory.names.indices.filter(contains).map { Grammeme(GrammemeInventory.names[$0]) }
    }

    /// The grammeme of the lowest bit, without listing the others.
    public var first: Grammeme? {
        let index: Int? = low != 0 ? low.trailingZeroBitCount : high != 0 ? 64 + high.trailingZeroBitCount : nil
        return index.map { GrammemeInventory.grammemes[$0] }
    }
}

/// Every grammeme RuNews knows, with its parent category: OpenCorpora's list, as its dictionary
/// declares it, and the shape tags pymorphy adds (NUMB, LATN, PNCT, ROMN, UNKN).
enum GrammemeInventory {
    static let table: [(name: String, parent: String)] = [
        ("POST", ""), ("NOUN", "POST"), ("ADJF", "POST"), ("ADJS", "POST"), ("COMP", "POST"), ("VERB", "POST"),
        ("INFN", "POST"), ("PRTF", "POST"), ("PRTS", "POST"), ("GRND", "POST"), ("NUMR", "POST"), ("ADVB", "POST"),
        ("NPRO", "POST"), ("PRED", "POST"), ("PREP", "POST"), ("CONJ", "POST"), ("PRCL", "POST"), ("INTJ", "POST"),
        ("ANim", ""), ("anim", "ANim"), ("inan", "ANim"), ("GNdr", ""), ("masc", "ms-f"), ("femn", "ms-f"),
        ("neut", "GNdr"), ("ms-f", "GNdr"), ("NMbr", ""), ("sing", "NMbr"), ("plur", "NMbr"), ("Sgtm", ""),
        ("Pltm", ""), ("Fixd", ""), ("CAse", ""), ("nomn", "CAse"), ("gent", "CAse"), ("datv", "CAse"),
        ("accs", "CAse"), ("ablt", "CAse"), ("loct", "CAse"), ("voct", "nomn"), ("gen1", "gent"), ("gen2", "gent"),
        ("acc2", "accs"), ("loc1", "loct"), ("loc2", "loct"), ("Abbr", ""), ("Name", ""), ("Surn", ""), ("Patr", ""),
        ("Geox", ""), ("Orgn", ""), ("Trad", ""), ("Subx", ""), ("Supr", ""), ("Qual", ""), ("Apro", ""), ("Anum", ""),
        ("Poss", ""), ("V-ey", ""), ("V-oy", ""), ("Cmp2", ""), ("V-ej", ""), ("ASpc", ""), ("perf", "ASpc"),
        ("impf", "ASpc"), ("TRns", ""), ("tran", "TRns"), ("intr", "TRns"), ("Impe", ""), ("Impx", ""), ("Mult", ""),
        ("Refl", ""), ("PErs", ""), ("1per", "PErs"), ("2per", "PErs"), ("3per", "PErs"), ("TEns", ""),
        ("pres", "TEns"), ("past", "TEns"), ("futr", "TEns"), ("MOod", ""), ("indc", "MOod"), ("impr", "MOod"),
        ("INvl", ""), ("incl", "INvl"), ("excl", "INvl"), ("VOic", ""), ("actv", "VOic"), ("pssv", "VOic"),
        ("Infr", ""), ("Slng", ""), ("Arch", ""), ("Litr", ""), ("Erro", ""), ("Dist", ""), ("Ques", ""), ("Dmns", ""),
        ("Prnt", ""), ("V-be", ""), ("V-en", ""), ("V-ie", ""), ("V-bi", ""), ("Fimp", ""), ("Prdx", ""), ("Coun", ""),
        ("Coll", ""), ("V-sh", ""), ("Af-p", ""), ("Inmx", ""), ("Vpre", ""), ("Anph", ""), ("Init", ""), ("Adjx", ""),
        ("Ms-f", ""), ("Hypo", ""),
        ("NUMB", ""), ("intg", ""), ("real", ""), ("LATN", ""), ("PNCT", ""), ("ROMN", ""), ("UNKN", ""),
    ]

    static let names: [String] = table.map(\.name)
    static let index: [String: Int] = Dictionary(uniqueKeysWithValues: table.enumerated().map { ($1.name, $0) })
    /// Each bit's grammeme, made once: a set's first is asked of every tag the dictionary loads.
    static let grammemes: [Grammeme] = names.map { Grammeme($0) }

    /// Every name is four ASCII letters: packed into one integer (the first in the high byte), sorted,
    /// a name is found by halving, without a string made or hashed.
    static let packed: [(name: UInt32, index: Int)] = table.enumerated()
        .map { (name: $1.name.utf8.reduce(0) { $0 << 8 | UInt32($1) }, index: $0) }
        .sorted { $0.name < $1.name }

    static func index(ofPacked name: UInt32) -> Int? {
        packed.withUnsafeBufferPointer { packed in
            var low = 0, high = packed.count
            while low < high {
                let middle = (low + high) / 2
                if packed[middle].name < name { low = middle + 1 } else { high = middle }
            }
            return low < packed.count && packed[low].name == name ? packed[low].index : nil
        }
    }

    /// Parts of speech: the children of POST.
    static let partsOfSpeech: GrammemeSet = GrammemeSet(indices: table.indices.filter { table[$0].parent == "POST" })

    /// What `grammeme` replaces when it is required: its siblings and their children ("nomn" replaces
    /// every other case), and for "plur" every gender, as pymorphy's `updated_grammemes`.
    static let incompatible: [GrammemeSet] = {
        var children: [String: Set<String>] = [:]
        let parents = Dictionary(uniqueKeysWithValues: table.map { ($0.name, $0.parent) })
        for (name, parent) in table where !parent.isEmpty {
            children[parent, default: []].insert(name)
            if let grandparent = parents[parent], !grandparent.isEmpty { children[grandparent, default: []].insert(name) }
        }
        return table.map { name, parent in
            var replaced = parent.isEmpty ? [] : children[parent, default: []]
            if name == "plur" { replaced.formUnion(children["GNdr", default: []]) }
            replaced.remove(name)
            return GrammemeSet(indices: replaced.compactMap { index[$0] })
        }
    }()

    /// Rare cases read as the common ones when no form has them (loc2 → loct …).
    static let rareCases: [String: String] = [
        "gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct", "voct": "nomn",
    ]
}
