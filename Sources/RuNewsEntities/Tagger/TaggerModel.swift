#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

/// The tagger's weights and word clusters, memory-mapped read-only (layout in `Tools/train_tagger.py`):
/// feature keys → rows of emission weights by open addressing, transitions, and navec's words → their
/// k-means clusters.
final class TaggerModel: @unchecked Sendable {  // immutable after init; the mapping lives as long as self
    static let magic: [UInt8] = Array("RUTAGGR1".utf8)
    static let version: UInt32 = 3
    /// The features `TaggerFeatures` computes; the file says which set it was trained with.
    static let featureSet: UInt32 = 1
    static let labels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]

    private let base: UnsafeRawPointer
    private let size: Int

    /// Transitions from (row) → to (column), 8 × 8.
    let transitions: UnsafeBufferPointer<Float>
    /// (key, row) pairs by open addressing.
    let features: UnsafeBufferPointer<UInt64>
    /// 8 floats a row.
    let weights: UnsafeBufferPointer<Float>
    /// (key, 4 cluster ids of 16 bits) pairs of navec's words by open addressing.
    let words: UnsafeBufferPointer<UInt64>
    /// The k of each cluster level.
    let granularities: [Int]

    init(path: String, verifyingChecksum: Bool = true) throws(TaggerError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .missing(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        let size = Int(status.st_size)
        guard size >= 24 else { throw size >= 8 ? .truncated(path: path) : .notATaggerFile(path: path) }
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let base = UnsafeRawPointer(mapping)
        do throws(TaggerError) {
            let sections = try Self.sections(UnsafeRawBufferPointer(start: base, count: size), path: path, magic: Self.magic,
                                             version: Self.version, verifyingChecksum: verifyingChecksum)
            func section(_ name: String) throws(TaggerError) -> UnsafeRawBufferPointer {
                guard let section = sections[name] else { throw .corrupt(path: path, reason: "no section \(name)") }
                return section
            }
            func array<Element>(_ name: String, _ type: Element.Type) throws(TaggerError) -> UnsafeBufferPointer<Element> {
                let raw = try section(name)
                guard raw.count % MemoryLayout<Element>.stride == 0,
                      Int(bitPattern: raw.baseAddress) % MemoryLayout<Element>.alignment == 0 else {
                    throw .corrupt(path: path, reason: "section \(name) is misaligned or has a partial element")
                }
                return raw.bindMemory(to: Element.self)
            }
            let conf = try array("conf", UInt32.self)
            guard conf.count >= 3, conf.count == 3 + Int(conf[2].littleEndian), conf[2].littleEndian <= 4 else {
                throw .corrupt(path: path, reason: "bad configuration")
            }
            guard conf[0].littleEndian == Self.featureSet else {
                throw .corrupt(path: path, reason: "feature set \(conf[0].littleEndian); this build computes \(Self.featureSet)")
            }
            guard Int(conf[1].littleEndian) == Self.labels.count,
                  String(decoding: try section("labl"), as: UTF8.self) == Self.labels.joined(separator: "\n") else {
                throw .corrupt(path: path, reason: "unexpected labels")
            }
            let granularities = conf[3...].map { Int($0.littleEndian) }
            self.granularities = granularities
            transitions = try array("tran", Float.self)
            let features = try array("ftab", UInt64.self)
            let weights = try array("fwgt", Float.self)
            self.features = features
            self.weights = weights
            guard transitions.count == 64, (features.count / 2).nonzeroBitCount == 1, features.count % 2 == 0,
                  weights.count % 8 == 0 else {
                throw .corrupt(path: path, reason: "bad table sizes")
            }
            // Every stored row must be inside the weights; a probe must find an empty slot.
            let rowCount = UInt64(weights.count / 8)
            var empty = false
            for slot in 0..<(features.count / 2) {
                if features[2 * slot] == 0 { empty = true } else if features[2 * slot + 1] >= rowCount {
                    throw .corrupt(path: path, reason: "feature table out of range")
                }
            }
            guard empty else { throw .corrupt(path: path, reason: "feature table full") }
            if granularities.isEmpty {
                words = UnsafeBufferPointer(start: nil, count: 0)
            } else {
                let words = try array("vtab", UInt64.self)
                guard (words.count / 2).nonzeroBitCount == 1, words.count % 2 == 0,
                      stride(from: 0, to: words.count, by: 2).contains(where: { words[$0] == 0 }) else {
                    throw .corrupt(path: path, reason: "bad word table")
                }
                self.words = words
                // A cluster id beyond its level's k reads as none (`EntityTagger`), so the table is not scanned here.
                guard granularities.allSatisfy({ $0 > 0 && $0 < 0xFFFF }) else { throw .corrupt(path: path, reason: "bad cluster levels") }
            }
        } catch {
            munmap(mapping, size)
            throw error
        }
        self.base = base
        self.size = size
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), size)
    }

    /// The sections of a tagger file (`ru.tagger`, `ru.neural`): magic, version, checksum, section table.
    static func sections(_ bytes: UnsafeRawBufferPointer, path: String, magic: [UInt8], version expected: UInt32,
                         verifyingChecksum: Bool) throws(TaggerError) -> [String: UnsafeRawBufferPointer] {
        guard Array(bytes[0..<8]) == magic else { throw .notATaggerFile(path: path) }
        let version = bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian
        guard version == expected else { throw .unsupportedVersion(path: path, version: version) }
        let count = Int(bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian)
        let checksum = bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian
        let tableEnd = 24 + 12 * count
        guard count < 100, tableEnd <= bytes.count else { throw .truncated(path: path) }
        var sections: [String: UnsafeRawBufferPointer] = [:]
        for index in 0..<count {
            let entry = 24 + 12 * index
            let name = String(decoding: bytes[entry..<(entry + 4)], as: UTF8.self)
            let offset = Int(bytes.loadUnaligned(fromByteOffset: entry + 4, as: UInt32.self).littleEndian)
            let length = Int(bytes.loadUnaligned(fromByteOffset: entry + 8, as: UInt32.self).littleEndian)
            guard offset % 16 == 0, offset >= tableEnd else { throw .corrupt(path: path, reason: "section \(name) misplaced") }
            guard offset + length <= bytes.count else { throw .truncated(path: path) }
            sections[name] = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)])
        }
        if verifyingChecksum, checksumOf(UnsafeRawBufferPointer(rebasing: bytes[tableEnd...])) != checksum {
            throw .corrupt(path: path, reason: "checksum mismatch")
        }
        return sections
    }

    /// FNV-1a over little-endian 8-byte words, zero-padded: the tool's checksum (as the morphology file's).
    static func checksumOf(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let words = bytes.count / 8
        for index in 0..<words {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self).littleEndian) &* 0x100_0000_01b3
        }
        if bytes.count % 8 != 0 {
            var last: UInt64 = 0
            for (shift, byte) in bytes[(words * 8)...].enumerated() { last |= UInt64(byte) << (8 * UInt64(shift)) }
            hash = (hash ^ last) &* 0x100_0000_01b3
        }
        return hash
    }

    /// The weight row of a feature key, or -1.
    @inline(__always)
    func row(_ key: UInt64) -> Int {
        let mask = features.count / 2 - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = features[2 * slot]
            if stored == key { return Int(truncatingIfNeeded: features[2 * slot + 1]) }
            if stored == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// The word's 4 cluster ids, 16 bits each (0xFFFF = none), all none when navec does not know it.
    @inline(__always)
    func clusters(_ key: UInt64) -> UInt64 {
        guard !words.isEmpty else { return ~0 }
        let mask = words.count / 2 - 1
        var slot = Int(truncatingIfNeeded: TaggerHash.mix(key)) & mask
        while true {
            let stored = words[2 * slot]
            if stored == key { return words[2 * slot + 1] }
            if stored == 0 { return ~0 }
            slot = (slot + 1) & mask
        }
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
