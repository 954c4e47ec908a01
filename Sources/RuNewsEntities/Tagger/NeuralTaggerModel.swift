#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The convolutional network of the entity tagger (`Tools/train_neural_tagger.py`, layout there),
/// memory-mapped read-only: navec's words through a learned projection as int8 rows, each CRF attribute's
/// contribution to the first convolution, the second convolution and the output layer. Its scores are added
/// to the CRF's (`EntityTagger`); the file carries the ensemble's weighting.
final class NeuralTaggerModel: @unchecked Sendable {  // immutable after init; the mapping lives as long as self
    static let magic: [UInt8] = Array("RUNEURL1".utf8)
    static let version: UInt32 = 1

    private let base: UnsafeRawPointer
    private let size: Int

    /// The convolutions' width (a multiple of 32) and the word projection's.
    let width: Int
    let projection: Int
    /// (key, row | scale bits << 32) by open addressing over mix(key).
    let words: UnsafeBufferPointer<UInt64>
    let wordRows: UnsafePointer<Int8>
    let unknownWord: UnsafePointer<Float>
    /// [projection][3 × width]
    let wordMatrix: UnsafePointer<Float>
    /// (attribute hash, row) by open addressing over mix(key); rows of 3 × width floats.
    let attributes: UnsafeBufferPointer<UInt64>
    let attributeRows: UnsafePointer<Float>
    let firstBias: UnsafePointer<Float>
    /// [3][width in][width out]
    let second: UnsafePointer<Float>
    let secondBias: UnsafePointer<Float>
    /// [width][8]
    let output: UnsafePointer<Float>
    let outputBias: SIMD8<Float>
    let start: SIMD8<Float>
    /// 8 × 8, from (row) → to (column).
    let transitions: UnsafeBufferPointer<Float>

    /// Default rows of `attributeRows`: a shape, s2 or s3 not in the table, a word too short for s2 or s3,
    /// an unknown part of speech, no case.
    enum Default: Int { case shape = 0, suffix2, shortSuffix2, suffix3, shortSuffix3, partOfSpeech, noCase }

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
            let sections = try TaggerModel.sections(UnsafeRawBufferPointer(start: base, count: size), path: path, magic: Self.magic,
                                                    version: Self.version, verifyingChecksum: verifyingChecksum)
            func array<Element>(_ name: String, _ type: Element.Type, count: Int? = nil) throws(TaggerError) -> UnsafeBufferPointer<Element> {
                guard let raw = sections[name] else { throw .corrupt(path: path, reason: "no section \(name)") }
                guard raw.count % MemoryLayout<Element>.stride == 0,
                      Int(bitPattern: raw.baseAddress) % MemoryLayout<Element>.alignment == 0 else {
                    throw .corrupt(path: path, reason: "section \(name) is misaligned or has a partial element")
                }
                let buffer = raw.bindMemory(to: Element.self)
                if let count, buffer.count != count { throw .corrupt(path: path, reason: "section \(name) has \(buffer.count) values, not \(count)") }
                return buffer
            }
            let conf = try array("conf", UInt32.self, count: 5)
            let width = Int(conf[0].littleEndian), projection = Int(conf[1].littleEndian), rows = Int(conf[3].littleEndian)
            guard width > 0, width % 32 == 0, width <= 1024, projection > 0, projection <= 1024, conf[2].littleEndian == 7 else {
                throw .corrupt(path: path, reason: "bad configuration")
            }
            self.width = width
            self.projection = projection
            let words = try array("wtab", UInt64.self)
            guard words.count % 2 == 0, (words.count / 2).nonzeroBitCount == 1 else { throw .corrupt(path: path, reason: "bad word table") }
            var empty = false
            for slot in 0..<(words.count / 2) {
                if words[2 * slot] == 0 { empty = true } else if Int(truncatingIfNeeded: words[2 * slot + 1] & 0xFFFF_FFFF) >= rows {
                    throw .corrupt(path: path, reason: "word table out of range")
                }
            }
            guard empty else { throw .corrupt(path: path, reason: "word table full") }
            self.words = words
            wordRows = try array("wvec", Int8.self, count: rows * projection).baseAddress!
            unknownWord = try array("woov", Float.self, count: projection).baseAddress!
            wordMatrix = try array("wmat", Float.self, count: projection * 3 * width).baseAddress!
            let attributes = try array("atab", UInt64.self)
            let attributeRows = try array("avec", Float.self)
            guard attributes.count % 2 == 0, (attributes.count / 2).nonzeroBitCount == 1,
                  attributeRows.count % (3 * width) == 0, attributeRows.count / (3 * width) >= 7 else {
                throw .corrupt(path: path, reason: "bad attribute table")
            }
            empty = false
            for slot in 0..<(attributes.count / 2) {
                if attributes[2 * slot] == 0 { empty = true } else if attributes[2 * slot + 1] >= UInt64(attributeRows.count / (3 * width)) {
                    throw .corrupt(path: path, reason: "attribute table out of range")
                }
            }
            guard empty else { throw .corrupt(path: path, reason: "attribute table full") }
            self.attributes = attributes
            self.attributeRows = attributeRows.baseAddress!
            firstBias = try array("bia1", Float.self, count: width).baseAddress!
            second = try array("cnv2", Float.self, count: 3 * width * width).baseAddress!
            secondBias = try array("bia2", Float.self, count: width).baseAddress!
            output = try array("wout", Float.self, count: 8 * width).baseAddress!
            let outputBias = try array("bout", Float.self, count: 8)
            self.outputBias = SIMD8(outputBias)
            start = SIMD8(try array("strt", Float.self, count: 8))
            transitions = try array("tran", Float.self, count: 64)
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

    /// The row of an attribute hash, or -1.
    @inline(__always)
    func attributeRow(_ key: UInt64) -> Int {
        let mask = attributes.count / 2 - 1
        var slot = Int(truncatingIfNeeded: TaggerHash.mix(key)) & mask
        while true {
            let stored = attributes[2 * slot]
            if stored == key { return Int(truncatingIfNeeded: attributes[2 * slot + 1]) }
            if stored == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// The projected vector of a folded word (fnv key, 0 → 1) into `out` (`projection` floats).
    @inline(__always)
    func word(_ key: UInt64, into out: UnsafeMutablePointer<Float>) {
        let mask = words.count / 2 - 1
        var slot = Int(truncatingIfNeeded: TaggerHash.mix(key)) & mask
        while true {
            let stored = words[2 * slot]
            if stored == key {
                let value = words[2 * slot + 1]
                let row = wordRows + Int(truncatingIfNeeded: value & 0xFFFF_FFFF) * projection
                let scale = Float(bitPattern: UInt32(truncatingIfNeeded: value >> 32))
                for index in 0..<projection { out[index] = Float(row[index]) * scale }
                return
            }
            if stored == 0 {
                out.update(from: unknownWord, count: projection)
                return
            }
            slot = (slot + 1) & mask
        }
    }
}

extension SIMD8<Float> {
    init(_ buffer: UnsafeBufferPointer<Float>) {
        self.init()
        for index in 0..<8 { self[index] = buffer[index] }
    }
}
