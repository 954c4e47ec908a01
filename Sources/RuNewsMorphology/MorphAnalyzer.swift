/// Russian morphology from the OpenCorpora dictionary: every reading of a word with its lemma and
/// tag, and any other form of it.
///
/// The analysis follows pymorphy's pipeline so that the two agree: dictionary lookup (ё restored
/// where the text wrote е), initials, numbers, punctuation, Roman numerals, Latin words, known
/// prefixes, unknown prefixes and word-ending analogy for words the dictionary lacks, then P(tag | word)
/// from the OpenCorpora corpus to order the readings.
public final class MorphAnalyzer: Sendable {
    let file: MorphologyFile
    let dictionary: ReadingIndex
    let predictions: [DAWG]
    let probabilities: DAWG
    let paradigms: ParadigmTable
    let suffixes: StringTable
    let paradigmPrefixes: [[UInt8]]
    let tags: [Tag]
    /// The tags as the corpus probabilities spell them.
    let tagNames: StringTable
    let maxSuffixLength: Int
    /// Words analysed already, by any text.
    private let known: KnownWords
    /// Words kept across texts by default: a few readings each, ≈ 1 KB, so at most ≈ 16 MB.
    public static let defaultKeptWords = 16_384

    /// Loads the morphology file at `path` (memory-mapped; the file must stay in place). The readings of up to
    /// `keptWords` words are kept for the texts that follow (0: every word is analysed afresh).
    public init(path: String, verifyingChecksum: Bool = true, keptWords: Int = defaultKeptWords) throws(MorphologyError) {
        known = KnownWords(capacity: keptWords)
        let file = try MorphologyFile(path: path, verifyingChecksum: verifyingChecksum)
        self.file = file
        dictionary = ReadingIndex(spellings: try file.array("WIDX", of: UInt32.self, path: path),
                                  readings: try file.array("RSET", of: ReadingIndex.StoredReading.self, path: path))
        let prefixes = try StringTable(try file.section("PRFX", path: path), name: "PRFX", path: path)
        paradigmPrefixes = (0..<prefixes.count).map { Array(prefixes[$0]) }
        var predictions: [DAWG] = []
        for index in paradigmPrefixes.indices {
            predictions.append(DAWG(units: try file.array("PDI\(index)", of: UInt32.self, path: path),
                                    guide: try file.array("PGD\(index)", of: UInt8.self, path: path)))
        }
        self.predictions = predictions
        probabilities = DAWG(units: try file.array("PROB", of: UInt32.self, path: path), guide: .init(start: nil, count: 0))
        paradigms = try ParadigmTable(try file.section("PARA", path: path), path: path)
        suffixes = try StringTable(try file.section("SUFX", path: path), name: "SUFX", path: path)
        let tagNames = try StringTable(try file.section("TAGS", path: path), name: "TAGS", path: path)
        self.tagNames = tagNames
        tags = Tag.interning((0..<tagNames.count).map { tagNames.string(at: $0) })
        let meta = String(decoding: try file.section("META", path: path), as: UTF8.self)
        maxSuffixLength = Self.integer(after: "\"max_suffix_length\": ", in: meta) ?? 5
    }

    private static func integer(after key: String, in text: String) -> Int? {
        guard let range = text.range(of: key) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    // MARK: - Analysis

    /// Every reading of `word`, the likeliest first. Lookup ignores case; `word` and `lemma` of each
    /// reading come back in the capitalisation of the input.
    public func analyse(_ word: String) -> [Parse] {
        var work = 0
        return analyse(word, work: &work)
    }

    /// Every reading of `word`, and in `work` how many parses it took: one for a dictionary word, one
    /// for each part guessing tried for another (never more than the word's length allows).
    public func analyse(_ word: String, work: inout Int) -> [Parse] {
        var spelling = word
        return spelling.withUTF8 { bytes in
            let hash = SpellingIndex.hash(bytes)
            if let known = known.analysis(of: bytes, hash: hash) {
                work += known.work
                return known.readings
            }
            var cost = 0
            let readings = analyseUnknown(word, work: &cost)
            known.keep(KnownWords.Analysis(readings: readings, work: cost), of: bytes, hash: hash)
            work += cost
            return readings
        }
    }

    private func analyseUnknown(_ word: String, work: inout Int) -> [Parse] {
        work += 1
        guard !word.isEmpty else { return [] }
        // The lowercase word lives on the stack: dictionary readings keep no copy of it.
        let dictionaryReadings = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.utf8.count) { buffer -> [Parse]? in
            _ = buffer.initialize(fromContentsOf: word.utf8)
            defer { buffer.deinitialize() }
            guard let capitalization = Capitalization.lowercase(buffer) else { return nil }
            return dictionaryParses(of: word, lower: UnsafeBufferPointer(buffer), capitalization: capitalization)
        }
        if let dictionaryReadings { return dictionaryReadings }
        var memo = GuessingMemo()
        defer { work += memo.parses }
        return analyseThroughCandidates(word, capitalization: Capitalization(of: word), memo: &memo)
    }

    /// Every reading through the whole pipeline: dictionary, initials, shapes and guessing.
    func analyseThroughCandidates(_ word: String, capitalization: Capitalization) -> [Parse] {
        var memo = GuessingMemo()
        return analyseThroughCandidates(word, capitalization: capitalization, memo: &memo)
    }

    private func analyseThroughCandidates(_ word: String, capitalization: Capitalization, memo: inout GuessingMemo) -> [Parse] {
        let lower = word.lowercased()
        // A form spelt as the input keeps the input's own spelling ("iPhone").
        func restore(_ form: String) -> String { form == lower ? word : capitalization.apply(to: form) }
        return parse(word, lower: lower, memo: &memo).map { candidate in
            Parse(word: restore(candidate.word), lemma: restore(candidate.lemma), tag: candidate.tag,
                  score: candidate.score, method: candidate.method, lexeme: candidate.lexeme, halves: candidate.halves)
        }
    }

    /// The lemma of the likeliest reading.
    public func lemma(_ word: String) -> String {
        analyse(word).first?.lemma ?? word
    }

    /// A reading in the making: lowercase word and lemma.
    struct Candidate {
        var word: String
        var lemma: String
        var tag: Tag
        var tagID: Int?
        var score: Double
        var method: Parse.Method
        var lexeme: Lexeme?
        var halves: HyphenHalves?

        var parse: Parse {
            Parse(word: word, lemma: lemma, tag: tag, score: score, method: method, lexeme: lexeme, halves: halves)
        }
    }

    func parse(_ word: String, lower: String) -> [Candidate] {
        var memo = GuessingMemo()
        return parse(word, lower: lower, memo: &memo)
    }

    /// The readings of `word` (`lower` is it lowercased); the parts that guessing parses on the way
    /// (a remainder after a prefix, a half, a base before a particle) are parsed once each, in `memo`.
    func parse(_ word: String, lower: String, memo: inout GuessingMemo) -> [Candidate] {
        var results: [Candidate] = []
        var seen: Set<SeenReading> = []
        seen.reserveCapacity(32)
        let lowerBytes = Array(lower.utf8)
        memo.parses += 1

        // Each group ends when it found something.
        results += dictionaryCandidates(lowerBytes)
        results += initials(word)
        if results.isEmpty { results += shape(word, lower: lower) }
        if results.isEmpty && GuessingMemo.isGuessable(lower) {
            results += particle(lower, seen: &seen, memo: &memo)
            if results.isEmpty { results += hyphenAdverb(lower, seen: &seen, memo: &memo) }
            if results.isEmpty { results += hyphenated(lower, memo: &memo) }
            if results.isEmpty { results += knownPrefix(lower, seen: &seen, memo: &memo) }
            if results.isEmpty {
                results += unknownPrefix(lower, seen: &seen)
                results += knownSuffix(word, lower: lower, seen: &seen)
            }
        }
        if results.isEmpty && seen.isEmpty {
            results.append(Candidate(word: lower, lemma: lower, tag: ShapeTags.unknown, score: 1, method: .unknown))
        }
        return estimate(results, lower: lowerBytes)
    }

    /// A lowercase part of the word being guessed, parsed once whatever number of splits reach it.
    func parsePart(_ part: String, memo: inout GuessingMemo) -> [Candidate] {
        if let known = memo.readings[part] { return known }
        let readings = parse(part, lower: part, memo: &memo)
        memo.readings[part] = readings
        return readings
    }

    /// Dictionary readings of a lowercase word, ё restored where the word has е.
    func dictionaryCandidates(_ lower: [UInt8]) -> [Candidate] {
        entries(of: lower).compactMap { entry in
            let key = entry.key(of: lower)
            return reading(of: key, fixedWord: String(decoding: key, as: UTF8.self), paradigmID: entry.paradigm,
                           form: entry.form, score: 1, method: .dictionary, stemWord: nil)
        }
    }

    /// The reading of `key` as form `form` of paradigm `paradigmID`; `stemWord` as `Lexeme` keeps it.
    func reading(of key: [UInt8], fixedWord: String, paradigmID: Int, form: Int, score: Double,
                 method: Parse.Method, stemWord: [UInt8]?) -> Candidate? {
        guard let paradigm = paradigms.paradigm(paradigmID), form < paradigm.count,
              paradigm.tag(form) < tags.count else { return nil }
        let lemma = form == 0 ? fixedWord : String(decoding: normalForm(of: key, paradigm: paradigm, form: form), as: UTF8.self)
        return Candidate(word: fixedWord, lemma: lemma, tag: tags[paradigm.tag(form)], tagID: paradigm.tag(form),
                         score: score, method: method,
                         lexeme: Lexeme(paradigm: UInt16(paradigmID), form: UInt16(form), stemWord: stemWord))
    }

    /// The stem of `word` as form `form` of `paradigm`: the word without that form's prefix and suffix.
    func stem<Bytes: RandomAccessCollection<UInt8>>(of word: Bytes, paradigm: Paradigm, form: Int) -> Bytes.SubSequence
    where Bytes.Index == Int {
        let prefix = paradigmPrefixes.indices.contains(paradigm.prefix(form)) ? paradigmPrefixes[paradigm.prefix(form)].count : 0
        let suffix = suffixes[paradigm.suffix(form)].count
        guard prefix + suffix <= word.count else { return word[...] }
        return word[prefix..<(word.count - suffix)]
    }

    /// Form `target` of the paradigm, built from `word` standing as form `form`.
    func form(_ target: Int, of word: [UInt8], paradigm: Paradigm, form: Int) -> [UInt8] {
        spellForm(target, of: word, paradigm: paradigm, form: form) { Array($0) }
    }

    /// Form `target` spelt into a buffer on the stack, for `body` to read: prefix, stem, suffix.
    func spellForm<Bytes: RandomAccessCollection<UInt8>, Result>(
        _ target: Int, of word: Bytes, paradigm: Paradigm, form: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result where Bytes.Index == Int {
        let prefixID = paradigm.prefix(target)
        let prefix = paradigmPrefixes.indices.contains(prefixID) ? paradigmPrefixes[prefixID] : []
        let stem = stem(of: word, paradigm: paradigm, form: form), suffix = suffixes[paradigm.suffix(target)]
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefix.count + stem.count + suffix.count) { buffer in
            var end = buffer.initialize(fromContentsOf: prefix)
            end = buffer[end...].initialize(fromContentsOf: stem)
            _ = buffer[end...].initialize(fromContentsOf: suffix)
            return body(UnsafeBufferPointer(buffer))
        }
    }

    func normalForm(of word: [UInt8], paradigm: Paradigm, form: Int) -> [UInt8] {
        self.form(0, of: word, paradigm: paradigm, form: form)
    }

    /// "В", "С": a capital letter alone may be an initial of a first name or a patronymic.
    private func initials(_ word: String) -> [Candidate] {
        guard word.utf8.count <= 4, word.unicodeScalars.count == 1, let letter = word.first,
              WordBuilding.initialLetters.contains(letter) else { return [] }
        let lower = word.lowercased()
        return Self.initialTags.map {
            Candidate(word: lower, lemma: lower, tag: $0, score: 0.1, method: .initial)
        }
    }

    static let initialTags: [Tag] = ["Name", "Patr"].flatMap { kind in
        ["masc", "femn"].flatMap { gender in
            ["nomn", "gent", "datv", "accs", "ablt", "loct"].map { grammaticalCase in
                Tag("NOUN,anim,\(gender),Sgtm,\(kind),Fixd,Abbr,Init sing,\(grammaticalCase)")
            }
        }
    }

    /// Numbers, punctuation, Roman numerals and Latin words, which the dictionary does not hold.
    private func shape(_ word: String, lower: String) -> [Candidate] {
        if let numberTag = WordShape.numberTag(word) {
            return [Candidate(word: lower, lemma: lower, tag: numberTag, score: 0.9, method: .number)]
        }
        if WordShape.isPunctuation(word) {
            return [Candidate(word: lower, lemma: lower, tag: ShapeTags.punctuation, score: 0.9, method: .punctuation)]
        }
        var results: [Candidate] = []
        if WordShape.isRomanNumeral(word) {
            results.append(Candidate(word: lower, lemma: lower, tag: ShapeTags.romanNumeral, score: 0.9, method: .romanNumeral))
        }
        if WordShape.isLatin(word) {
            results.append(Candidate(word: lower, lemma: lower, tag: ShapeTags.latin, score: 0.9, method: .latin))
        }
        return results
    }

    /// P(tag | word) from the corpus where it knows the word; else the scores, made to sum to one.
    private func estimate(_ candidates: consuming [Candidate], lower: [UInt8]) -> [Candidate] {
        guard !candidates.isEmpty else { return [] }
        var candidates = candidates
        // Keys are "word:tag": walk "word:" once, then each tag from there.
        let wordNode = self.probabilities.follow(lower, from: DAWG.root).flatMap { self.probabilities.follow(UInt8(ascii: ":"), from: $0) }
        let probabilities = candidates.map { candidate -> Double in
            guard let wordNode else { return 0 }
            let value = candidate.tagID.map { self.probabilities.find(tagNames[$0], from: wordNode) }
                ?? self.probabilities.find(Array(candidate.tag.description.utf8), from: wordNode)
            return Double(value ?? 0) / 1_000_000
        }
        if probabilities.allSatisfy({ $0 == 0 }) {
            let total = candidates.reduce(0) { $0 + $1.score }
            for index in candidates.indices { candidates[index].score /= total }
            return candidates
        }
        for index in candidates.indices { candidates[index].score = probabilities[index] }
        return candidates.stableSorted { $0.score > $1.score }
    }
}

extension Array {
    /// Sorted with equal elements kept in their order, as Python's `sorted` does.
    func stableSorted(by before: (Element, Element) -> Bool) -> [Element] {
        if zip(self, dropFirst()).allSatisfy({ !before($1, $0) }) { return self }
        return enumerated().sorted { left, right in
            if before(left.element, right.element) { return true }
            if before(right.element, left.element) { return false }
            return left.offset < right.offset
        }.map(\.element)
    }
}
