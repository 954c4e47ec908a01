import RuNewsMorphology

/// The convolutional network of the entity tagger (`Tools/train_neural_tagger.py`, layout there),
/// memory-mapped read-only: navec's words through a learned projection as int8 rows, each CRF attribute's
/// contribution to the first convolution, the second convolution and the output layer. Its scores are added
/// to the CRF's (`EntityTagger`); the file carries the ensemble's weighting.
final class NeuralTaggerModel: @unchecked Sendable {  // immutable after init; the mapping lives as long as self
    static let magic: [UInt8] = Array("RUNEURL1".utf8)
    static let version: UInt32 = 1

    /// Holds the mapping the buffers below point into.
    private let file: SectionedFile

    /// The convolutions' width (a multiple of 32) and the word projection's.
    let width: Int
    let projection: Int
    /// (key, row | scale bits << 32) by open addressing over mix(key).
    let words: UnsafeBufferPointer<UInt64>
    let wordRows: UnsafePointer<Int8>
    let wordRowCount: Int
    let unknownWord: UnsafePointer<Float>
    /// [projection][3 × width]
    let wordMatrix: UnsafePointer<Float>
    /// (attribute hash, row) by open addressing over mix(key); rows of 3 × width floats.
    let attributes: UnsafeBufferPointer<UInt64>
    let attributeRows: UnsafePointer<Float>
    let attributeRowCount: Int
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
        do throws(SectionedFile.Failure) {
            let file = try SectionedFile(path: path, magic: Self.magic, version: Self.version, alignment: 16,
                                         verifyingChecksum: verifyingChecksum)
            self.file = file
            let conf = try file.array("conf", of: UInt32.self, count: 5)
            let width = Int(conf[0].littleEndian), projection = Int(conf[1].littleEndian), rows = Int(conf[3].littleEndian)
            guard width > 0, width % 32 == 0, width <= 1024, projection > 0, projection <= 1024, conf[2].littleEndian == 7 else {
                throw .corrupt(reason: "bad configuration")
            }
            self.width = width
            self.projection = projection
            let words = try file.array("wtab", of: UInt64.self)
            try TaggerModel.checkTable(words, name: "word")
            self.words = words
            wordRowCount = rows
            wordRows = try file.array("wvec", of: Int8.self, count: rows * projection).baseAddress!
            unknownWord = try file.array("woov", of: Float.self, count: projection).baseAddress!
            wordMatrix = try file.array("wmat", of: Float.self, count: projection * 3 * width).baseAddress!
            let attributes = try file.array("atab", of: UInt64.self)
            let attributeRows = try file.array("avec", of: Float.self)
            guard attributeRows.count % (3 * width) == 0, attributeRows.count / (3 * width) >= 7 else {
                throw .corrupt(reason: "bad attribute rows")
            }
            try TaggerModel.checkTable(attributes, name: "attribute")
            self.attributes = attributes
            attributeRowCount = attributeRows.count / (3 * width)
            self.attributeRows = attributeRows.baseAddress!
            firstBias = try file.array("bia1", of: Float.self, count: width).baseAddress!
            second = try file.array("cnv2", of: Float.self, count: 3 * width * width).baseAddress!
            secondBias = try file.array("bia2", of: Float.self, count: width).baseAddress!
            output = try file.array("wout", of: Float.self, count: 8 * width).baseAddress!
            let outputBias = try file.array("bout", of: Float.self, count: 8)
            self.outputBias = SIMD8(outputBias)
            start = SIMD8(try file.array("strt", of: Float.self, count: 8))
            transitions = try file.array("tran", of: Float.self, count: 64)
        } catch {
            throw TaggerError(error, path: path)
        }
    }

    /// The row of an attribute hash, or -1.
    @inline(__always)
    func attributeRow(_ key: UInt64) -> Int {
        guard let row = TaggerModel.value(of: key, hashedAs: TaggerHash.mix(key), in: attributes), row < UInt64(attributeRowCount) else {
            return -1
        }
        return Int(row)
    }

    /// The projected vector of a folded word (fnv key, 0 → 1) into `out` (`projection` floats).
    @inline(__always)
    func word(_ key: UInt64, into out: UnsafeMutablePointer<Float>) {
        guard let value = TaggerModel.value(of: key, hashedAs: TaggerHash.mix(key), in: words), value & 0xFFFF_FFFF < UInt64(wordRowCount) else {
            out.update(from: unknownWord, count: projection)
            return
        }
        let row = wordRows + Int(truncatingIfNeeded: value & 0xFFFF_FFFF) * projection
        let scale = Float(bitPattern: UInt32(truncatingIfNeeded: value >> 32))
        for index in 0..<projection { out[index] = Float(row[index]) * scale }
    }
}

extension SIMD8<Float> {
    init(_ buffer: UnsafeBufferPointer<Float>) {
        self.init()
        for index in 0..<8 { self[index] = buffer[index] }
    }
}
