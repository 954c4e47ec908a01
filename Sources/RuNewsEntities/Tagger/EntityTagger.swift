import CVectorKernels
import Foundation
import RuNewsMorphology
import RuNewsText

/// A learned sequence tagger for people, organisations and places: a linear-chain CRF over hashed features
/// of each token and its neighbours (the folded word, suffixes, prefix, shape, the top reading's part of
/// speech, case and name grammemes, and the word's navec clusters), trained on NEREL by
/// `Tools/train_tagger.py`, and, when its file is there, a convolutional network over navec's vectors and
/// the same attributes (`Tools/train_neural_tagger.py`, `NeuralTaggerModel`) whose scores are added to the
/// CRF's; decoded by Viterbi with BIO constraints.
///
/// Features are hashed over UTF-8 bytes, emissions are sums of 8-float rows of a memory-mapped table, the
/// network's first layer is computed once per spelling of a text, and nothing is allocated per token: a few
/// buffers per text.
public struct EntityTagger: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case person = "PER", organisation = "ORG", location = "LOC"
    }

    /// A run of tokens the tagger names as one entity.
    public struct Span: Sendable, Hashable {
        public let kind: Kind
        /// Token indices into the `AnalysedText`.
        public let tokens: Range<Int>
    }

    let model: TaggerModel
    let neural: NeuralTaggerModel?
    /// The CRF's transitions, plus the network's when there is one; 8 × 8, from (row) → to (column), with
    /// `impossible` where a label may not follow another (`allowed`) and in row and column 7 (no label), so
    /// that Viterbi reads one table.
    private let transitions: [Float]
    private static let impossible: Float = -1e30
    private let clusterAttributes: [[UInt64]]
    /// Each spelling's row (`label`), shared by the texts a tagger reads.
    private let known: SpellingRows
    /// A row's CRF part: the sums at the five window offsets; the network's three taps follow.
    private static let crfRowLength = 5 * 8
    /// Spellings kept across texts by default: ≈ 1 KB each with the network, so at most ≈ 16 MB.
    public static let defaultKeptSpellings = 16_384

    /// A spelling and whether the token has readings (a word or an initial): what its attributes are read from.
    private struct Spelling: Hashable {
        let word: Word
        let analysed: Bool
    }

    /// Loads a tagger file and, if given, the network's (`ru.neural`); a missing, damaged or foreign file is a
    /// `TaggerError`. The rows of up to `keptSpellings` spellings are kept for the texts that follow (0: every
    /// spelling is computed afresh).
    public init(path: String, neuralPath: String? = nil, verifyingChecksum: Bool = true,
                keptSpellings: Int = defaultKeptSpellings) throws(TaggerError) {
        let model = try TaggerModel(path: path, verifyingChecksum: verifyingChecksum)
        self.model = model
        var neural: NeuralTaggerModel?
        if let neuralPath { neural = try NeuralTaggerModel(path: neuralPath, verifyingChecksum: verifyingChecksum) }
        self.neural = neural
        known = SpellingRows(stride: Self.crfRowLength + 3 * (neural?.width ?? 0), capacity: keptSpellings)
        transitions = (0..<64).map { index in
            let (from, to) = index.quotientAndRemainder(dividingBy: 8)
            guard from < 7, to < 7, Self.allowed[from][to] else { return Self.impossible }
            return model.transitions[index] + (neural?.transitions[index] ?? 0)
        }
        // "c512=17": each level's cluster attributes, hashed once; the last is "none".
        clusterAttributes = model.granularities.map { k in
            let prefix = TaggerHash.fnv(Array("c\(k)=".utf8))
            return (0...k).map { id in TaggerHash.fnv(Array((id == k ? "none" : String(id)).utf8), prefix) }
        }
    }

    /// Where the bundled tagger (`Resources/ru.tagger`) is, if it is anywhere (`BundledResource`).
    public static var bundledModelPath: String? {
        BundledResource.path(of: "ru.tagger", bundle: "RuNews_RuNewsEntities") { .module }
    }

    /// Where the bundled network (`Resources/ru.neural`) is, if it is anywhere.
    public static var bundledNeuralPath: String? {
        BundledResource.path(of: "ru.neural", bundle: "RuNews_RuNewsEntities") { .module }
    }

    /// Loads the bundled tagger: the CRF and the network. As with the bundled dictionary, the test suite checks
    /// their checksums, which a start would otherwise read through (README: 10 of a one-text run's 40 ms).
    public init(keptSpellings: Int = defaultKeptSpellings) throws(TaggerError) {
        guard let path = Self.bundledModelPath else { throw .missing(path: "ru.tagger in RuNews_RuNewsEntities.resources, beside the executable or in RUNEWS_RESOURCES") }
        guard let neural = Self.bundledNeuralPath else { throw .missing(path: "ru.neural in RuNews_RuNewsEntities.resources, beside the executable or in RUNEWS_RESOURCES") }
        try self.init(path: path, neuralPath: neural, verifyingChecksum: false, keptSpellings: keptSpellings)
    }

    /// One tagger per process: the file is mapped once and shared by every caller.
    public static let shared: Result<EntityTagger, TaggerError> = {
        do throws(TaggerError) { return .success(try EntityTagger()) } catch { return .failure(error) }
    }()

    /// The BIO label of every token ("O", "B-PER", "I-ORG" …), sentence by sentence, as the network and the CRF
    /// decode them: `spans(in:)` then ends a span at a list's separator and closes its quotes.
    public func labels(in text: AnalysedText) -> [String] {
        label(text).map { TaggerModel.labels[Int($0)] }
    }

    /// The entities the tagger finds, in text order. A quote a span opens it closes: "АО «Макфа" takes the
    /// "»" after it.
    public func spans(in text: AnalysedText) -> [Span] {
        Self.closingQuotes(labelledSpans(in: text), in: text)
    }

    /// Each span that opens a quote without closing it, taking the closing mark that touches its end.
    static func closingQuotes(_ spans: [Span], in text: AnalysedText) -> [Span] {
        var spans = spans
        for index in spans.indices {
            let end = spans[index].tokens.upperBound
            guard let next = text.texts[safe: end], text.touch(end - 1, end),
                  index + 1 == spans.count || spans[index + 1].tokens.lowerBound > end else { continue }
            // The marks of the pair `next` closes, counted in the span (a straight quote closes what it opened).
            var opened = 0
            if next == "\"" {
                opened = spans[index].tokens.count(where: { text.texts[$0] == "\"" }) % 2
            } else if let pair = PunctuationMarks.quotePairs.first(where: { $0.closing == next }) {
                for token in spans[index].tokens {
                    if text.texts[token] == pair.opening { opened += 1 } else if text.texts[token] == pair.closing { opened -= 1 }
                }
            }
            if opened > 0 { spans[index] = Span(kind: spans[index].kind, tokens: spans[index].tokens.lowerBound..<(end + 1)) }
        }
        return spans
    }

    /// The spans the labels give. A list's separator is never inside one: the names of "Барбадос • Бермуды •
    /// Чили" are three places, however the labels run.
    private func labelledSpans(in text: AnalysedText) -> [Span] {
        let labels = label(text)
        var spans: [Span] = []
        var open: (kind: Int, start: Int)?
        for (index, label) in labels.enumerated() {
            let isMark = text.kind(index) == .punctuation || text.kind(index) == .symbol
            let label = isMark && PunctuationMarks.isSeparator(text.texts[index]) ? 0 : Int(label)
            let kind = (label + 1) / 2  // 0 for O, 1 PER, 2 ORG, 3 LOC
            if let current = open, label == 0 || label % 2 == 1 || kind != current.kind {
                spans.append(Span(kind: Self.kinds[current.kind - 1], tokens: current.start..<index))
                open = nil
            }
            if label != 0, open == nil { open = (kind, index) }
        }
        if let current = open { spans.append(Span(kind: Self.kinds[current.kind - 1], tokens: current.start..<labels.count)) }
        return spans
    }

    private static let kinds: [Kind] = [.person, .organisation, .location]

    // MARK: - Features

    /// Attribute slots of a token, in the order the tool adds them: w, s2, s3, s4, p3, sh, pos, cs, the
    /// top reading's name grammemes (8), the name grammemes of any reading (5), the cluster levels (≤ 4).
    static let slots = 25
    static let topGrammemes: [Grammeme] = ["Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init", "Fixd"]
    static let anyGrammemes: [Grammeme] = [.firstName, .surname, .patronymic, .geography, .organisation]
    /// A tag has one case at most.
    static let cases: [Grammeme] = ["nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"]

    private static func prefix(_ string: String) -> UInt64 { TaggerHash.fnv(Array(string.utf8)) }
    private static let wordPrefix = prefix("w="), suffixPrefixes = [prefix("s2="), prefix("s3="), prefix("s4=")]
    private static let prefixPrefix = prefix("p3="), shapePrefix = prefix("sh="), posPrefix = prefix("pos=")
    private static let posNone = TaggerHash.fnv(Array("none".utf8), posPrefix)
    private static let topAttributes: [UInt64] = topGrammemes.map { prefix("g=" + $0.name) }
    private static let caseAttributes: [UInt64] = cases.map { prefix("cs=" + $0.name) }
    private static let anyAttributes: [UInt64] = ["Name", "Surn", "Patr", "Geox", "Orgn"].map { prefix("a=" + $0) }
    private static let bias = TaggerHash.key(prefix("bias"), offset: 0)
    private static let sentenceStart = TaggerHash.key(prefix("bos"), offset: 0)
    private static let sentenceEnd = TaggerHash.key(prefix("eos"), offset: 0)

    /// Which slots count at each window offset: all at 0; at ±1 the word, s3, shape, part of speech,
    /// case, grammemes and clusters; at ±2 the word, shape, part of speech, top grammemes and the
    /// clusters of k 128 and 256.
    private var slotMask: (near: UInt32, far: UInt32) {
        var near: UInt32 = 1 << 0 | 1 << 2 | 1 << 5 | 1 << 6 | 1 << 7
        var far: UInt32 = 1 << 0 | 1 << 5 | 1 << 6
        for slot in 8..<21 { near |= 1 << UInt32(slot) }
        for slot in 8..<16 { far |= 1 << UInt32(slot) }
        for (level, k) in model.granularities.enumerated() {
            near |= 1 << UInt32(21 + level)
            if k == 128 || k == 256 { far |= 1 << UInt32(21 + level) }
        }
        return (near, far)
    }

    /// The attribute hashes of token `index` into `out` (`slots` entries, 0 = absent).
    private func attributes(of index: Int, in text: AnalysedText, into out: UnsafeMutablePointer<UInt64>) {
        for slot in 0..<Self.slots { out[slot] = 0 }
        let folded = text.folded[index].text.utf8
        let done: Void? = folded.withContiguousStorageIfAvailable { bytes in
            foldedAttributes(UnsafeBufferPointer(rebasing: bytes[...]), out)
        }
        if done == nil { Array(folded).withUnsafeBufferPointer { foldedAttributes($0, out) } }
        let token = text.texts[index]
        out[5] = shape(of: token)
        let readings = text.readings[index]
        if !readings.isEmpty, Self.isWordLike(token) {
            let tag = readings[0].tag
            // The part of speech, or the shape tag ("LATN", "UNKN") that stands first when there is none.
            if let partOfSpeech = tag.partOfSpeech {
                out[6] = TaggerHash.fnv(partOfSpeech.name.utf8, Self.posPrefix)
            } else {
                let description = tag.description.utf8
                out[6] = TaggerHash.fnv(description.prefix { $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: " ") }, Self.posPrefix)
            }
            if let grammaticalCase = Self.cases.firstIndex(where: tag.contains) { out[7] = Self.caseAttributes[grammaticalCase] }
            for (offset, grammeme) in Self.topGrammemes.enumerated() where tag.contains(grammeme) {
                out[8 + offset] = Self.topAttributes[offset]
            }
            // The readings' grammemes in one set: asking each reading copies it, strings and all.
            var anyReading = GrammemeSet()
            for reading in readings.indices { anyReading = anyReading.union(readings[reading].tag.grammemes) }
            for (offset, grammeme) in Self.anyGrammemes.enumerated() where anyReading.contains(grammeme) {
                out[16 + offset] = Self.anyAttributes[offset]
            }
        } else {
            out[6] = Self.posNone
        }
    }

    private func foldedAttributes(_ bytes: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutablePointer<UInt64>) {
        out[0] = TaggerHash.fnv(bytes, Self.wordPrefix)
        // Scalar boundaries from the end: suffixes of 2, 3, 4 scalars when the word is longer.
        var scalars = 0
        for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
        var cut = bytes.count
        var taken = 0
        var starts = (0, 0, 0)
        while cut > 0, taken < 4 {
            cut -= 1
            if bytes[cut] & 0xC0 != 0x80 {
                taken += 1
                if taken == 2 { starts.0 = cut } else if taken == 3 { starts.1 = cut } else if taken == 4 { starts.2 = cut }
            }
        }
        for k in 2...4 where scalars > k {
            let start = k == 2 ? starts.0 : k == 3 ? starts.1 : starts.2
            out[k - 1] = TaggerHash.fnv(UnsafeBufferPointer(rebasing: bytes[start...]), Self.suffixPrefixes[k - 2])
        }
        if scalars > 3 {
            var end = 0, seen = 0
            while end < bytes.count {
                if bytes[end] & 0xC0 != 0x80 {
                    if seen == 3 { break }
                    seen += 1
                }
                end += 1
            }
            out[4] = TaggerHash.fnv(UnsafeBufferPointer(rebasing: bytes[..<end]), Self.prefixPrefix)
        }
        let wordKey = max(TaggerHash.fnv(bytes), 1)
        out[Self.slots] = wordKey  // not an attribute: the network's word
        let clusters = model.clusters(wordKey)
        for (level, table) in clusterAttributes.enumerated() {
            let id = Int(truncatingIfNeeded: clusters >> UInt64(16 * level) & 0xFFFF)
            out[21 + level] = table[min(id, table.count - 1)]
        }
    }

    /// Letters as X/x (Cyrillic), L/l (Latin), other letters a, digits d, other scalars as themselves
    /// (ASCII and the usual quotes and dashes) or "?"; runs cut at two; at most six symbols.
    private func shape(of token: String) -> UInt64 {
        var hash = Self.shapePrefix
        var last: UInt32 = 0, beforeLast: UInt32 = 0
        var count = 0
        for scalar in token.unicodeScalars {
            let value = scalar.value
            let symbol: UInt32
            if (0x400...0x4FF).contains(value) {
                symbol = scalar.hasUppercaseProperty ? 0x58 : 0x78
            } else if (0x41...0x5A).contains(value) {
                symbol = 0x4C
            } else if (0x61...0x7A).contains(value) {
                symbol = 0x6C
            } else if (0x30...0x39).contains(value) {
                symbol = 0x64
            } else if scalar.hasAlphabeticProperty {
                symbol = 0x61
            } else if value < 0x80 || Self.keptPunctuation.contains(value) {
                symbol = value
            } else {
                symbol = 0x3F
            }
            if count >= 2, symbol == last, symbol == beforeLast { continue }
            // The symbol's UTF-8 bytes.
            if symbol < 0x80 {
                hash = TaggerHash.fnv(UInt8(symbol), hash)
            } else if symbol < 0x800 {
                hash = TaggerHash.fnv(UInt8(0xC0 | symbol >> 6), hash)
                hash = TaggerHash.fnv(UInt8(0x80 | symbol & 0x3F), hash)
            } else if symbol < 0x10000 {
                hash = TaggerHash.fnv(UInt8(0xE0 | symbol >> 12), hash)
                hash = TaggerHash.fnv(UInt8(0x80 | symbol >> 6 & 0x3F), hash)
                hash = TaggerHash.fnv(UInt8(0x80 | symbol & 0x3F), hash)
            } else {
                hash = TaggerHash.fnv(UInt8(0xF0 | symbol >> 18), hash)
                hash = TaggerHash.fnv(UInt8(0x80 | symbol >> 12 & 0x3F), hash)
                hash = TaggerHash.fnv(UInt8(0x80 | symbol >> 6 & 0x3F), hash)
                hash = TaggerHash.fnv(UInt8(0x80 | symbol & 0x3F), hash)
            }
            beforeLast = last
            last = symbol
            count += 1
            if count == 6 { break }
        }
        return hash
    }

    private static let keptPunctuation: Set<UInt32> = Set("«»“”„—–…".unicodeScalars.map(\.value))

    /// Letters and inner hyphens, or an initial ("В."): the tokens whose readings the features use.
    static func isWordLike(_ token: String) -> Bool {
        let scalars = token.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return false }
        if let second = iterator.next(), second == ".", iterator.next() == nil { return first.hasUppercaseProperty }
        guard first.hasAlphabeticProperty, let last = scalars.last, last.hasAlphabeticProperty else { return false }
        return scalars.allSatisfy { $0.hasAlphabeticProperty || $0 == "-" }
    }

    // MARK: - Decoding

    /// Label indices of every token.
    func label(_ text: AnalysedText) -> [UInt8] {
        let count = text.count
        var labels = [UInt8](repeating: 0, count: count)
        guard count > 0 else { return labels }
        let slots = Self.slots
        let (near, far) = slotMask
        let weights = model.weights.baseAddress!
        @inline(__always) func add(_ key: UInt64, _ sum: inout SIMD8<Float>) {
            let row = model.row(key)
            if row >= 0 { sum += UnsafeRawPointer(weights + 8 * row).loadUnaligned(as: SIMD8<Float>.self) }
        }
        // A token's attributes depend on its spelling alone: each spelling of the text gets its row (the sums of
        // its weights at each window offset, then the network's first-layer taps) once, from `known` when an
        // earlier text had it.
        let attributes = UnsafeMutablePointer<UInt64>.allocate(capacity: slots + 1)
        defer { attributes.deallocate() }
        let stride = known.stride, tapsAt = Self.crfRowLength
        let table = UnsafeMutablePointer<Float>.allocate(capacity: count * stride)
        defer { table.deallocate() }
        let buffers = NetworkBuffers(tokens: count, width: neural?.width ?? 0, projection: neural?.projection ?? 0)
        defer { buffers.deallocate() }
        let scratch = buffers.scratch
        let found = UnsafeMutablePointer<Int>.allocate(capacity: 18)
        defer { found.deallocate() }
        var spellingOf = [Int32](repeating: 0, count: count)
        var spellings: [Spelling: Int32] = [:]
        spellings.reserveCapacity(count)
        for index in 0..<count {
            let analysed = !text.readings[index].isEmpty
            let spelling = Spelling(word: Word(text.texts[index]), analysed: analysed)
            if let seen = spellings[spelling] {
                spellingOf[index] = seen
                continue
            }
            let number = Int32(spellings.count)
            spellings[spelling] = number
            spellingOf[index] = number
            let row = table + Int(number) * stride
            var utf8 = text.texts[index]
            utf8.withUTF8 { bytes in
                let hash = SpellingIndex.hash(bytes, flag: analysed)
                if known.copy(bytes, analysed: analysed, hash: hash, into: row) { return }
                self.attributes(of: index, in: text, into: attributes)
                for step in 0..<5 {
                    let offset = Self.offsets[step]
                    let mask: UInt32 = offset == 0 ? ~0 : abs(offset) == 1 ? near : far
                    var sum = SIMD8<Float>.zero
                    for slot in 0..<slots where mask & (1 << UInt32(slot)) != 0 && attributes[slot] != 0 {
                        add(TaggerHash.key(attributes[slot], offset: offset), &sum)
                    }
                    UnsafeMutableRawPointer(row + 8 * step).storeBytes(of: sum, as: SIMD8<Float>.self)
                }
                if let neural { firstLayer(neural, attributes, row + tapsAt, scratch, found) }
                known.keep(bytes, analysed: analysed, hash: hash, row)
            }
        }
        @inline(__always) func crfSum(_ index: Int, _ step: Int) -> SIMD8<Float> {
            UnsafeRawPointer(table + Int(spellingOf[index]) * stride + 8 * step).loadUnaligned(as: SIMD8<Float>.self)
        }
        var emissions = [SIMD8<Float>](repeating: .zero, count: count)
        var back = [UInt8](repeating: 0, count: count * 8)
        var bias = SIMD8<Float>.zero, start = SIMD8<Float>.zero, end = SIMD8<Float>.zero
        add(Self.bias, &bias)
        add(Self.sentenceStart, &start)
        add(Self.sentenceEnd, &end)
        for sentence in text.segmentation.sentences {
            let range = sentence.tokens
            guard !range.isEmpty else { continue }
            for index in range {
                // In the tool's order, so that sums round alike: bias, start, end, then offsets 0, -1, 1, -2, 2.
                var sum = SIMD8<Float>.zero + bias
                if index == range.lowerBound { sum += start }
                if index == range.upperBound - 1 { sum += end }
                for step in 0..<5 {
                    let other = index + Self.offsets[step]
                    if range.contains(other) { sum += crfSum(other, step) }
                }
                emissions[index] = sum
            }
            if let neural { addNetwork(neural, range, spellingOf, table + tapsAt, stride, buffers, &emissions) }
            viterbi(range, emissions, &back, &labels)
        }
        return labels
    }

    private static let offsets = [0, -1, 1, -2, 2]

    // MARK: - The network

    /// y[0..<n] += x[0..<n], n a multiple of 8.
    @inline(__always)
    private static func add(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        var index = 0
        while index < n {
            let sum = UnsafeRawPointer(y + index).loadUnaligned(as: SIMD8<Float>.self)
                + UnsafeRawPointer(x + index).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(y + index).storeBytes(of: sum, as: SIMD8<Float>.self)
            index += 8
        }
    }

    /// A spelling's contribution to the first convolution at its three taps (3 × width floats into `out`): its
    /// projected navec vector through the word part, plus the rows of its shape, suffixes, part of speech,
    /// case and name grammemes (the CRF's attribute hashes, `attributes`).
    private func firstLayer(_ neural: NeuralTaggerModel, _ attributes: UnsafePointer<UInt64>, _ out: UnsafeMutablePointer<Float>,
                            _ scratch: UnsafeMutablePointer<Float>, _ rows: UnsafeMutablePointer<Int>) {
        let n = 3 * neural.width
        neural.word(attributes[Self.slots], into: scratch)
        func row(_ key: UInt64, _ fallback: NeuralTaggerModel.Default) -> Int {
            let row = key == 0 ? -1 : neural.attributeRow(key)
            return row >= 0 ? row : fallback.rawValue
        }
        rows[0] = row(attributes[5], .shape)
        rows[1] = attributes[1] == 0 ? NeuralTaggerModel.Default.shortSuffix2.rawValue : row(attributes[1], .suffix2)
        rows[2] = attributes[2] == 0 ? NeuralTaggerModel.Default.shortSuffix3.rawValue : row(attributes[2], .suffix3)
        rows[3] = row(attributes[6], .partOfSpeech)
        rows[4] = row(attributes[7], .noCase)
        var count = 5
        for slot in 8..<21 where attributes[slot] != 0 {
            let found = neural.attributeRow(attributes[slot])
            if found >= 0 { rows[count] = found; count += 1 }
        }
        // The word part in input order, then the attribute rows: the tool's order of sums.
        out.update(repeating: 0, count: n)
        runews_add_scaled_rows(out, n, scratch, nil, neural.projection, neural.wordMatrix, n)
        for found in 0..<count { Self.add(neural.attributeRows + rows[found] * n, out, n) }
    }

    /// The network's working memory for a text, allocated once: each token's first layer and the units of
    /// it that ReLU left non-zero, a row of scratch and its non-zero units.
    private struct NetworkBuffers {
        let hidden: UnsafeMutablePointer<Float>
        let active: UnsafeMutablePointer<UInt16>
        let activeCount: UnsafeMutablePointer<Int>
        let scratch: UnsafeMutablePointer<Float>
        let scratchUnits: UnsafeMutablePointer<UInt16>

        init(tokens: Int, width: Int, projection: Int) {
            hidden = .allocate(capacity: max(1, tokens * width))
            active = .allocate(capacity: max(1, tokens * width))
            activeCount = .allocate(capacity: max(1, tokens))
            scratch = .allocate(capacity: max(8, width, projection))
            scratchUnits = .allocate(capacity: max(1, width))
        }

        func deallocate() {
            hidden.deallocate()
            active.deallocate()
            activeCount.deallocate()
            scratch.deallocate()
            scratchUnits.deallocate()
        }
    }

    /// x[0..<n] = max(x, 0) (NaN kept), n a multiple of 8.
    @inline(__always)
    private static func rectify(_ x: UnsafeMutablePointer<Float>, _ n: Int) {
        var index = 0
        while index < n {
            let raw = UnsafeMutableRawPointer(x + index)
            let value = raw.loadUnaligned(as: SIMD8<Float>.self)
            raw.storeBytes(of: value.replacing(with: 0, where: value .< 0), as: SIMD8<Float>.self)
            index += 8
        }
    }

    /// The indices of the values that are non-zero (`positiveOnly`: above zero) into `units`, in order, and
    /// their number (`runews_active_units`: the layers after ReLU loop over them, not branch on each value).
    @inline(__always)
    private static func activeUnits(_ values: UnsafePointer<Float>, _ count: Int, into units: UnsafeMutablePointer<UInt16>,
                                    positiveOnly: Bool = false) -> Int {
        runews_active_units(values, count, units, positiveOnly ? 1 : 0)
    }

    /// The network's scores of a sentence added to `emissions`: first layer from the spellings' taps, ReLU,
    /// the second convolution, ReLU, the output layer, and the sentence start's scores at its first token.
    private func addNetwork(_ neural: NeuralTaggerModel, _ range: Range<Int>, _ spellingOf: [Int32], _ first: UnsafePointer<Float>,
                            _ stride: Int, _ buffers: NetworkBuffers, _ emissions: inout [SIMD8<Float>]) {
        let width = neural.width, hidden = buffers.hidden, scratch = buffers.scratch
        @inline(__always) func tap(_ index: Int, _ k: Int) -> UnsafePointer<Float> {
            first + Int(spellingOf[index]) * stride + k * width
        }
        for index in range {
            let out = hidden + index * width
            out.update(from: neural.firstBias, count: width)
            Self.add(tap(index, 1), out, width)
            if index > range.lowerBound { Self.add(tap(index - 1, 0), out, width) }
            if index + 1 < range.upperBound { Self.add(tap(index + 1, 2), out, width) }
            Self.rectify(out, width)
            buffers.activeCount[index] = Self.activeUnits(out, width, into: buffers.active + index * width)
        }
        for index in range {
            // Over the inputs that ReLU left non-zero, tap by tap.
            scratch.update(from: neural.secondBias, count: width)
            for k in 0..<3 where range.contains(index + k - 1) {
                let other = index + k - 1
                runews_add_scaled_rows(scratch, width, hidden + other * width, buffers.active + other * width,
                                       buffers.activeCount[other], neural.second + k * width * width, width)
            }
            var score = SIMD8<Float>.zero
            let units = buffers.scratchUnits
            for position in 0..<Self.activeUnits(scratch, width, into: units, positiveOnly: true) {
                let unit = Int(units[position])
                score += scratch[unit] * UnsafeRawPointer(neural.output + 8 * unit).loadUnaligned(as: SIMD8<Float>.self)
            }
            score += neural.outputBias
            if index == range.lowerBound { score += neural.start }
            emissions[index] += score
        }
    }
    /// Whether label `to` may follow `from`: I-X only after B-X or I-X (read once, into `transitions`).
    private static let allowed: [[Bool]] = (0..<7).map { from in
        (0..<7).map { to in to == 0 || to % 2 == 1 || (to + 1) / 2 == (from + 1) / 2 }
    }

    private func viterbi(_ range: Range<Int>, _ emissions: [SIMD8<Float>], _ back: inout [UInt8], _ labels: inout [UInt8]) {
        let impossible = Self.impossible
        var score = SIMD8<Float>(repeating: impossible)
        for to in 0..<7 { score[to] = to != 0 && to % 2 == 0 ? impossible : emissions[range.lowerBound][to] }
        transitions.withUnsafeBufferPointer { transitions in
            back.withUnsafeMutableBufferPointer { back in
                for index in (range.lowerBound + 1)..<range.upperBound where range.count > 1 {
                    var next = SIMD8<Float>(repeating: impossible)
                    for to in 0..<7 {
                        var best = 0
                        var bestScore = score[0] + transitions[to]
                        for from in 1..<7 {
                            let candidate = score[from] + transitions[8 * from + to]
                            if candidate > bestScore { bestScore = candidate; best = from }
                        }
                        back[8 * index + to] = UInt8(best)
                        next[to] = bestScore + emissions[index][to]
                    }
                    score = next
                }
            }
        }
        var best = 0
        for label in 1..<7 where score[label] > score[best] { best = label }
        var index = range.upperBound - 1
        labels[index] = UInt8(best)
        while index > range.lowerBound {
            best = Int(back[8 * index + best])
            index -= 1
            labels[index] = UInt8(best)
        }
    }
}
