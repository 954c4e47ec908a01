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

    /// Loads the morphology file at `path` (memory-mapped; the file must stay in place).
    public init(path: String, verifyingChecksum: Bool = true) throws(MorphologyError) {
        let file = try MorphologyFile(path: path, verifyingChecksum: verifyingChecksum)
        self.file = file
        dictionary = try ReadingIndex(spellings: try file.array("WIDX", of: UInt32.self, path: path),
                                      sets: try file.section("RSET", path: path), path: path)
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
        tags = (0..<tagNames.count).map { Tag(tagNames.string(at: $0)) }
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
        guard !word.isEmpty else { return [] }
        if let (lower, capitalization) = Capitalization.lowercased(word),
           let parses = dictionaryParses(of: word, lower: lower, capitalization: capitalization) {
            return parses
        }
        return analyseThroughCandidates(word, capitalization: Capitalization(of: word))
    }

    /// Every reading through the whole pipeline: dictionary, initials, shapes and guessing.
    func analyseThroughCandidates(_ word: String, capitalization: Capitalization) -> [Parse] {
        let lower = word.lowercased()
        // A form spelt as the input keeps the input's own spelling ("iPhone").
        func restore(_ form: String) -> String { form == lower ? word : capitalization.apply(to: form) }
        return parse(word, lower: lower).map { candidate in
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

    /// Readings that guessing has already produced, as pymorphy dedups them: (word, tag, paradigm),
    /// compared as code points as Python does, so hashing skips Unicode normalisation.
    private struct SeenReading: Hashable {
        let word: String
        let tag: String
        let paradigm: Int?

        static func == (a: SeenReading, b: SeenReading) -> Bool {
            a.paradigm == b.paradigm && sameBytes(a.word, b.word) && sameBytes(a.tag, b.tag)
        }

        private static func sameBytes(_ a: String, _ b: String) -> Bool {
            var a = a, b = b
            return a.withUTF8 { a in b.withUTF8 { b in a.elementsEqual(b) } }
        }

        func hash(into hasher: inout Hasher) {
            Self.combine(word, into: &hasher)
            Self.combine(tag, into: &hasher)
            hasher.combine(paradigm)
        }

        private static func combine(_ text: String, into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(0xFF as UInt8)  // no UTF-8 byte: ends the text
        }
    }

    func parse(_ word: String, lower: String) -> [Candidate] {
        var results: [Candidate] = []
        var seen: Set<SeenReading> = []
        seen.reserveCapacity(32)
        let lowerBytes = Array(lower.utf8)

        // Each group ends when it found something.
        results += dictionaryCandidates(lowerBytes)
        results += initials(word)
        if results.isEmpty { results += shape(word, lower: lower) }
        if results.isEmpty { results += particle(lower, seen: &seen) }
        if results.isEmpty { results += hyphenAdverb(lower, seen: &seen) }
        if results.isEmpty { results += hyphenated(lower) }
        if results.isEmpty { results += knownPrefix(lower, seen: &seen) }
        if results.isEmpty {
            results += unknownPrefix(lower, seen: &seen)
            results += knownSuffix(word, lower: lower, seen: &seen)
        }
        if results.isEmpty && seen.isEmpty {
            results.append(Candidate(word: lower, lemma: lower, tag: ShapeTags.unknown, score: 1, method: .unknown))
        }
        return estimate(results, lower: lowerBytes)
    }

    /// Dictionary readings of a lowercase word, ё restored where the word has е.
    private func dictionaryCandidates(_ lower: [UInt8]) -> [Candidate] {
        entries(of: lower).compactMap { entry in
            let key = entry.key(of: lower)
            return reading(of: key, fixedWord: String(decoding: key, as: UTF8.self), paradigmID: entry.paradigm,
                           form: entry.form, score: 1, method: .dictionary)
        }
    }

    /// The reading of `key` as form `form` of paradigm `paradigmID`.
    private func reading(of key: [UInt8], fixedWord: String, paradigmID: Int, form: Int, score: Double,
                         method: Parse.Method) -> Candidate? {
        guard let paradigm = paradigms.paradigm(paradigmID), form < paradigm.count,
              paradigm.tag(form) < tags.count else { return nil }
        let lemma = form == 0 ? fixedWord : String(decoding: normalForm(of: key, paradigm: paradigm, form: form), as: UTF8.self)
        return Candidate(word: fixedWord, lemma: lemma, tag: tags[paradigm.tag(form)], tagID: paradigm.tag(form),
                         score: score, method: method,
                         lexeme: Lexeme(paradigm: UInt16(paradigmID), form: UInt16(form), stemWord: key, addedPrefix: []))
    }

    /// The stem of `word` as form `form` of `paradigm`: the word without that form's prefix and suffix.
    func stem(of word: [UInt8], paradigm: Paradigm, form: Int) -> ArraySlice<UInt8> {
        let prefix = paradigmPrefixes.indices.contains(paradigm.prefix(form)) ? paradigmPrefixes[paradigm.prefix(form)].count : 0
        let suffix = suffixes[paradigm.suffix(form)].count
        guard prefix + suffix <= word.count else { return word[...] }
        return word[prefix..<(word.count - suffix)]
    }

    /// Form `target` of the paradigm, built from `word` standing as form `form`.
    func form(_ target: Int, of word: [UInt8], paradigm: Paradigm, form: Int) -> [UInt8] {
        let prefixID = paradigm.prefix(target)
        let prefix = paradigmPrefixes.indices.contains(prefixID) ? paradigmPrefixes[prefixID] : []
        let stem = stem(of: word, paradigm: paradigm, form: form), suffix = suffixes[paradigm.suffix(target)]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(prefix.count + stem.count + suffix.count)
        bytes += prefix
        bytes += stem
        bytes += suffix
        return bytes
    }

    private func normalForm(of word: [UInt8], paradigm: Paradigm, form: Int) -> [UInt8] {
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

    /// "смотри-ка", "кто-то": the word without its particle, at 0.9.
    private func particle(_ lower: String, seen: inout Set<SeenReading>) -> [Candidate] {
        guard lower.utf8.contains(UInt8(ascii: "-")),
              let particle = WordBuilding.particlesAfterHyphen.first(where: { lower.hasSuffix($0) && lower.count > $0.count })
        else { return [] }
        var results: [Candidate] = []
        let base = String(lower.dropLast(particle.count))
        for candidate in parse(base, lower: base) {
            var suffixed = candidate
            suffixed.word += particle
            suffixed.lemma += particle
            suffixed.score *= 0.9
            suffixed.method = .particle
            suffixed.lexeme?.addedSuffix += Array(particle.utf8)
            suffixed.halves = nil
            add(suffixed, to: &results, seen: &seen)
        }
        return results
    }

    /// "по-русски": "по-" and an adjective's dative singular is an adverb, at 0.7.
    private func hyphenAdverb(_ lower: String, seen: inout Set<SeenReading>) -> [Candidate] {
        guard lower.count >= 5, lower.hasPrefix("по-") else { return [] }
        let rest = String(lower.dropFirst(3))
        let adjectiveDative = GrammemeSet(["ADJF", "sing", "datv"] as [Grammeme])
        guard parse(rest, lower: rest).contains(where: { $0.tag.grammemes.isSuperset(of: adjectiveDative) }) else { return [] }
        seen.insert(SeenReading(word: lower, tag: "ADVB", paradigm: nil))
        return [Candidate(word: lower, lemma: lower, tag: ShapeTags.adverb, score: 0.7, method: .hyphenAdverb)]
    }

    /// Two halves around one hyphen: both inflecting alike ("человек-гора", "мусульмане-сунниты",
    /// at the left half's score × 0.75), or a fixed left half ("интернет-магазин", at the right's × 0.75).
    private func hyphenated(_ lower: String) -> [Candidate] {
        let halves = lower.split(separator: "-", omittingEmptySubsequences: false)
        guard halves.count == 2, !halves[0].isEmpty, !halves[1].isEmpty,
              WordBuilding.knownPrefixes(of: Array(lower.utf8)).isEmpty else { return [] }
        let left = String(halves[0]), right = String(halves[1])
        let leftReadings = parse(left, lower: left), rightReadings = parse(right, lower: right)
        let rightFeatures = rightReadings.map { Self.agreementFeatures($0.tag) }
        var results: [Candidate] = []
        for leftReading in leftReadings where leftReading.tag.partOfSpeech != nil {
            let features = Self.agreementFeatures(leftReading.tag)
            for (index, rightReading) in rightReadings.enumerated() where rightFeatures[index] == features {
                results.append(Candidate(word: leftReading.word + "-" + rightReading.word, lemma: leftReading.lemma + "-" + rightReading.lemma,
                                         tag: leftReading.tag, tagID: leftReading.tagID, score: leftReading.score * 0.75,
                                         method: .hyphenated, lexeme: nil,
                                         halves: HyphenHalves(left: leftReading.parse, right: rightReading.parse)))
            }
        }
        for rightReading in rightReadings where rightReading.tag.partOfSpeech != nil {
            var fixedLeft = rightReading
            fixedLeft.word = left + "-" + rightReading.word
            fixedLeft.lemma = left + "-" + rightReading.lemma
            fixedLeft.score = rightReading.score * 0.75
            fixedLeft.method = .hyphenated
            fixedLeft.lexeme?.addedPrefix = Array((left + "-").utf8) + (rightReading.lexeme?.addedPrefix ?? [])
            results.append(fixedLeft)
        }
        return results
    }

    /// What two halves must share to inflect together: part of speech, number, case, person, tense.
    private static func agreementFeatures(_ tag: Tag) -> GrammemeSet {
        var features = tag.grammemes.intersection(agreementGrammemes)
        for (rare, common) in [("gen1", "gent"), ("loc1", "loct")] where features.contains(Grammeme(rare)) {
            features = features.subtracting(GrammemeSet([Grammeme(rare)])).union(GrammemeSet([Grammeme(common)]))
        }
        return features
    }

    private static let agreementGrammemes = GrammemeInventory.partsOfSpeech.union(GrammemeSet([
        "sing", "plur", "nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen1", "gen2", "acc2", "loc1", "loc2",
        "1per", "2per", "3per", "pres", "past", "futr",
    ] as [Grammeme]))

    /// "псевдокошка": a known prefix and a word the analyser reads, at 0.75 of its score.
    private func knownPrefix(_ lower: String, seen: inout Set<SeenReading>) -> [Candidate] {
        var results: [Candidate] = []
        for prefix in WordBuilding.knownPrefixes(of: Array(lower.utf8)) {
            let remainder = String(lower.dropFirst(prefix.count))
            guard remainder.count >= 3 else { continue }
            for candidate in parse(remainder, lower: remainder) where candidate.tag.isProductive {
                var prefixed = candidate
                prefixed.word = prefix + candidate.word
                prefixed.lemma = prefix + candidate.lemma
                prefixed.score = candidate.score * 0.75
                prefixed.method = .knownPrefix
                prefixed.lexeme = candidate.lexeme.map {
                    Lexeme(paradigm: $0.paradigm, form: $0.form, stemWord: $0.stemWord, addedPrefix: Array(prefix.utf8) + $0.addedPrefix)
                }
                add(prefixed, to: &results, seen: &seen)
            }
        }
        return results
    }

    /// "байткод": up to five letters of anything before a dictionary word of three or more, at 0.5.
    private func unknownPrefix(_ lower: String, seen: inout Set<SeenReading>) -> [Candidate] {
        var results: [Candidate] = []
        let bytes = Array(lower.utf8), offsets = Self.characterOffsets(lower)
        let longest = min(5, offsets.count - 1 - 3)
        guard longest >= 1 else { return [] }
        for length in 1...longest {
            let prefix = bytes[..<offsets[length]], remainder = Array(bytes[offsets[length]...])
            for entry in entries(of: remainder) where tags[entry.tagID].isProductive {
                let key = entry.key(of: remainder)
                let word = String(decoding: prefix + key, as: UTF8.self)
                guard seen.insert(SeenReading(word: word, tag: tags[entry.tagID].description, paradigm: entry.paradigm)).inserted,
                      let paradigm = paradigms.paradigm(entry.paradigm) else { continue }
                let lemma = entry.form == 0 ? word : String(decoding: prefix + normalForm(of: key, paradigm: paradigm, form: entry.form), as: UTF8.self)
                results.append(Candidate(word: word, lemma: lemma, tag: tags[entry.tagID], tagID: entry.tagID, score: 0.5, method: .unknownPrefix,
                                         lexeme: Lexeme(paradigm: UInt16(entry.paradigm), form: UInt16(entry.form), stemWord: key,
                                                        addedPrefix: Array(prefix))))
            }
        }
        return results
    }

    /// Where each character of `text` starts in its UTF-8, and where it ends.
    private static func characterOffsets(_ text: String) -> [Int] {
        var offsets = [0]
        for character in text { offsets.append(offsets[offsets.count - 1] + character.utf8.count) }
        return offsets
    }

    private func add(_ candidate: Candidate, to results: inout [Candidate], seen: inout Set<SeenReading>) {
        let reading = SeenReading(word: candidate.word, tag: candidate.tag.description,
                                  paradigm: candidate.lexeme.map { Int($0.paradigm) })
        guard seen.insert(reading).inserted else { return }
        results.append(candidate)
    }

    /// Guessing by the ending: words of the dictionary that end the same way, longest ending first,
    /// scored by how many dictionary words share the reading.
    private func knownSuffix(_ word: String, lower: String, seen: inout Set<SeenReading>) -> [Candidate] {
        guard word.count >= 4 else { return [] }
        let bytes = Array(lower.utf8), offsets = Self.characterOffsets(lower)
        var totals = [Int](repeating: 1, count: paradigmPrefixes.count)
        var found: [(count: Int, candidate: Candidate, prefixID: Int)] = []
        for prefixID in paradigmPrefixes.indices.reversed() {
            guard lower.hasPrefix(String(decoding: paradigmPrefixes[prefixID], as: UTF8.self)) else { continue }
            let dawg = predictions[prefixID]
            for length in stride(from: maxSuffixLength, through: 1, by: -1) {
                let split = offsets[max(0, offsets.count - 1 - length)]
                for (suffixKey, node) in dawg.similarKeys(Array(bytes[split...]), substituting: Self.ye, with: Self.yo) {
                    let fixedBytes = Array(bytes[..<split]) + suffixKey
                    let fixedWord = String(decoding: fixedBytes, as: UTF8.self)
                    dawg.payloads(at: node) { payload, bytes in
                        guard bytes == 8 else { return }
                        let count = Int(payload >> 32), paradigmID = Int(payload >> 16 & 0xFFFF), form = Int(payload & 0xFFFF)
                        guard let paradigm = paradigms.paradigm(paradigmID), form < paradigm.count,
                              paradigm.tag(form) < tags.count else { return }
                        let tag = tags[paradigm.tag(form)]
                        guard tag.isProductive else { return }
                        totals[prefixID] += count
                        guard seen.insert(SeenReading(word: fixedWord, tag: tag.description, paradigm: paradigmID)).inserted,
                              let candidate = reading(of: fixedBytes, fixedWord: fixedWord, paradigmID: paradigmID,
                                                      form: form, score: 0, method: .suffix) else { return }
                        found.append((count, candidate, prefixID))
                    }
                }
                if totals[prefixID] > 1 { break }
            }
        }
        let results = found.map { item -> Candidate in
            var candidate = item.candidate
            candidate.score = Double(item.count) / Double(totals[item.prefixID]) * 0.5
            return candidate
        }
        return results.stableSorted { $0.score > $1.score }
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
