import RuNewsMorphology

/// Why a tagger file could not be used.
public enum TaggerError: Error, Sendable, Equatable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case notATaggerFile(path: String)
    case unsupportedVersion(path: String, version: UInt32)
    case truncated(path: String)
    case corrupt(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path): "tagger file not found: \(path)"
        case .unreadable(let path, let reason): "cannot read tagger file \(path): \(reason)"
        case .notATaggerFile(let path): "\(path) is not a RuNews tagger file"
        case .unsupportedVersion(let path, let version): "\(path) has format version \(version), which this build does not read (rebuild it with Tools/train_tagger.py or Tools/train_neural_tagger.py)"
        case .truncated(let path): "tagger file \(path) is truncated"
        case .corrupt(let path, let reason): "tagger file \(path) is corrupt: \(reason)"
        }
    }
}

extension TaggerError {
    init(_ failure: SectionedFile.Failure, path: String) {
        switch failure {
        case .missing: self = .missing(path: path)
        case .unreadable(let reason): self = .unreadable(path: path, reason: reason)
        case .foreign: self = .notATaggerFile(path: path)
        case .unsupportedVersion(let version): self = .unsupportedVersion(path: path, version: version)
        case .truncated: self = .truncated(path: path)
        case .corrupt(let reason): self = .corrupt(path: path, reason: reason)
        }
    }
}

/// The tagger's weights and word clusters, memory-mapped read-only (layout in `Tools/train_tagger.py`):
/// feature keys → rows of emission weights by open addressing, transitions, and navec's words → their
/// k-means clusters.
final class TaggerModel: @unchecked Sendable {  // immutable after init; the mapping lives as long as self
    static let magic: [UInt8] = Array("RUTAGGR1".utf8)
    static let version: UInt32 = 3
    /// The features `TaggerFeatures` computes; the file says which set it was trained with.
    static let featureSet: UInt32 = 1
    static let labels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]

    /// Holds the mapping the buffers below point into.
    private let file: SectionedFile

    /// Transitions from (row) → to (column), 8 × 8.
    let transitions: UnsafeBufferPointer<Float>
    /// (key, row) pairs by open addressing.
    let features: UnsafeBufferPointer<UInt64>
    /// 8 floats a row.
    let weights: UnsafeBufferPointer<Float>
    /// The rows of `weights`.
    let rows: Int
    /// (key, 4 cluster ids of 16 bits) pairs of navec's words by open addressing.
    let words: UnsafeBufferPointer<UInt64>
    /// The k of each cluster level.
    let granularities: [Int]

    init(path: String, verifyingChecksum: Bool = true) throws(TaggerError) {
        do throws(SectionedFile.Failure) {
            let file = try SectionedFile(path: path, magic: Self.magic, version: Self.version, alignment: 16,
                                         verifyingChecksum: verifyingChecksum)
            self.file = file
            let conf = try file.array("conf", of: UInt32.self)
            guard conf.count >= 3, conf.count == 3 + Int(conf[2].littleEndian), conf[2].littleEndian <= 4 else {
                throw .corrupt(reason: "bad configuration")
            }
            guard conf[0].littleEndian == Self.featureSet else {
                throw .corrupt(reason: "feature set \(conf[0].littleEndian); this build computes \(Self.featureSet)")
            }
            guard Int(conf[1].littleEndian) == Self.labels.count,
                  String(decoding: try file.section("labl"), as: UTF8.self) == Self.labels.joined(separator: "\n") else {
                throw .corrupt(reason: "unexpected labels")
            }
            let granularities = conf[3...].map { Int($0.littleEndian) }
            self.granularities = granularities
            transitions = try file.array("tran", of: Float.self)
            let features = try file.array("ftab", of: UInt64.self)
            let weights = try file.array("fwgt", of: Float.self)
            self.features = features
            self.weights = weights
            rows = weights.count / 8
            guard transitions.count == 64, weights.count % 8 == 0 else { throw .corrupt(reason: "bad table sizes") }
            try Self.checkTable(features, name: "feature")
            if granularities.isEmpty {
                words = UnsafeBufferPointer(start: nil, count: 0)
            } else {
                words = try file.array("vtab", of: UInt64.self)
                try Self.checkTable(words, name: "word")
                // No level reaches 0xFFFF, the id that reads as none; an id beyond its level's k reads so too (`EntityTagger`).
                guard granularities.allSatisfy({ $0 > 0 && $0 < 0xFFFF }) else { throw .corrupt(reason: "bad cluster levels") }
            }
        } catch {
            throw TaggerError(error, path: path)
        }
    }

    /// An open-addressing table of (key, value) pairs as the tools write them: a power of two of slots. Its
    /// slots are not read here: a lookup ends after every slot and checks the row it finds (`value(of:…)`),
    /// so a damaged table costs wrong scores at most, and a start does not read megabytes of it.
    static func checkTable(_ table: UnsafeBufferPointer<UInt64>, name: String) throws(SectionedFile.Failure) {
        guard table.count % 2 == 0, (table.count / 2).nonzeroBitCount == 1 else { throw .corrupt(reason: "bad \(name) table") }
    }

    /// The value of `key` in an open-addressing table, probed from `hash`; nil at an empty slot, or once
    /// every slot is read (a damaged table may have none empty).
    @inline(__always)
    static func value(of key: UInt64, hashedAs hash: UInt64, in table: UnsafeBufferPointer<UInt64>) -> UInt64? {
        guard key != 0 else { return nil }  // 0 marks an empty slot
        let mask = table.count / 2 - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        for _ in 0...mask {
            let stored = table[2 * slot]
            if stored == key { return table[2 * slot + 1] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The weight row of a feature key, or -1.
    @inline(__always)
    func row(_ key: UInt64) -> Int {
        guard let row = Self.value(of: key, hashedAs: key, in: features), row < UInt64(rows) else { return -1 }
        return Int(row)
    }

    /// The word's 4 cluster ids, 16 bits each (0xFFFF = none), all none when navec does not know it.
    @inline(__always)
    func clusters(_ key: UInt64) -> UInt64 {
        guard !words.isEmpty else { return ~0 }
        return Self.value(of: key, hashedAs: TaggerHash.mix(key), in: words) ?? ~0
    }
}

/// The hashes features are keyed by, over UTF-8 bytes (as `Tools/train_tagger.py` computes them).
enum TaggerHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func fnv(_ byte: UInt8, _ hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    static func fnv(_ bytes: some Sequence<UInt8>, _ hash: UInt64 = offsetBasis) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = fnv(byte, hash) }
        return hash
    }

    /// splitmix64's finaliser.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var h = value
        h = (h ^ (h >> 30)) &* 0xbf58_476d_1ce4_e5b9
        h = (h ^ (h >> 27)) &* 0x94d0_49bb_1331_11eb
        return h ^ (h >> 31)
    }

    /// The key of an attribute seen at a window offset (-2 … 2); never 0.
    @inline(__always)
    static func key(_ attribute: UInt64, offset: Int) -> UInt64 {
        let key = mix(attribute &+ UInt64(offset + 8) &* 0x9e37_79b9_7f4a_7c15)
        return key == 0 ? 1 : key
    }
}
