import Synchronization

/// The grammatical description of one word form: "NOUN,anim,masc,Name sing,ablt".
public struct Tag: Hashable, Sendable, CustomStringConvertible {
    /// Parsed once and interned: one storage per distinct tag for the life of the process (a few
    /// thousand), so a reading copies a pointer and counts no references.
    private final class Storage: Sendable {
        let description: String
        let grammemes: GrammemeSet
        let partOfSpeech: Grammeme?

        init(_ description: String) {
            self.description = description
            // Over bytes, a name's four packed in one integer: every tag of the dictionary is parsed when
            // it is loaded, and strings to look names up by cost most of the load.
            var bytes = description
            let set = bytes.withUTF8 { bytes in
                var set = GrammemeSet()
                var name: UInt32 = 0, length = 0
                // The end reads as one more separator.
                for position in 0...bytes.count {
                    let byte = position < bytes.count ? bytes[position] : UInt8(ascii: ",")
                    guard byte == UInt8(ascii: ",") || byte == UInt8(ascii: " ") else {
                        name = name << 8 | UInt32(byte)
                        length += 1
                        continue
                    }
                    if length == 4, let index = GrammemeInventory.index(ofPacked: name) { set.insert(index) }
                    name = 0
                    length = 0
                }
                return set
            }
            grammemes = set
            let pos = set.intersection(GrammemeInventory.partsOfSpeech)
            partOfSpeech = pos.first
        }
    }

    private unowned(unsafe) let storage: Storage  // immortal: `interned` holds every storage

    private static let interned = Mutex<[String: Storage]>([:])

    public init(_ description: String) {
        storage = Self.interned.withLock { storages in Self.storage(of: description, in: &storages) }
    }

    private init(_ storage: Storage) { self.storage = storage }

    /// The tags of `descriptions`, interned under one lock, with room made once by the first dictionary loaded.
    static func interning(_ descriptions: [String]) -> [Tag] {
        interned.withLock { storages in
            if storages.isEmpty { storages.reserveCapacity(descriptions.count) }
            return descriptions.map { Tag(storage(of: $0, in: &storages)) }
        }
    }

    private static func storage(of description: String, in storages: inout [String: Storage]) -> Storage {
        if let storage = storages[description] { return storage }
        let storage = Storage(description)
        storages[description] = storage
        return storage
    }

    /// The tag in OpenCorpora's notation, as pymorphy writes it.
    public var description: String { storage.description }
    public var grammemes: GrammemeSet { storage.grammemes }
    /// The part of speech ("NOUN", "ADJF", …), or nil for shape tags such as "NUMB" and "LATN".
    public var partOfSpeech: Grammeme? { storage.partOfSpeech }

    public static func == (a: Tag, b: Tag) -> Bool { a.storage === b.storage }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    public func contains(_ grammeme: Grammeme) -> Bool { grammemes.contains(grammeme) }

    /// An adjective or a participle: a word that agrees with its noun as an adjective does.
    public var isAdjectival: Bool { partOfSpeech == .adjective || partOfSpeech == .participle }

    /// pymorphy's notion of a tag that new words can have (guessing never proposes a pronoun or a preposition).
    var isProductive: Bool { grammemes.intersection(Self.nonProductive).isEmpty }

    private static let nonProductive = GrammemeSet(["NUMR", "NPRO", "PRED", "PREP", "CONJ", "PRCL", "INTJ", "Apro"] as [Grammeme])
}
