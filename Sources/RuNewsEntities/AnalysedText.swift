import RuNewsMorphology
import RuNewsText

/// A text's tokens with what the extractors ask of each: its folded form, its capitalisation and its
/// morphological readings (computed once per word token).
public struct AnalysedText: Sendable {
    public let segmentation: Segmentation
    /// Token texts as written (normalised).
    let texts: [String]
    /// Folded token texts (lowercase, ё → е), compared by bytes.
    let folded: [Word]
    /// Folded lemmas of each token's noun readings, and whether the reading is plural.
    let nouns: [[(lemma: Word, plural: Bool)]]
    private let capitalized: [Bool]
    private let uppercase: [Bool]
    /// Capitalised, not in capitals, without digits: the shape of a name's word, asked several times of
    /// every token by the name rules.
    private let nameShaped: [Bool]
    /// Readings of word tokens; empty for other tokens.
    let readings: [[Parse]]
    /// Index of the sentence each token belongs to, and whether the token opens it.
    let sentenceStarts: Set<Int>
    /// Abbreviations the text defines for things, which name no organisation ("отсека (ПАО)").
    private(set) var terms: Set<Word> = []

    /// The least share of a word's readings (by score) that must be nouns for its noun readings to count.
    static let minimumNounWeight = 0.01

    public init(segmentation: Segmentation, morphology: MorphAnalyzer) {
        var budget = WorkBudget(limit: .max)
        self.init(segmentation: segmentation, morphology: morphology, budget: &budget)!
    }

    /// The analysed text, its work charged to `budget`: a token a step, a parse a step. Nil when the
    /// budget runs out on the way (analysis stops there).
    public init?(segmentation: Segmentation, morphology: MorphAnalyzer, budget: inout WorkBudget) {
        self.segmentation = segmentation
        let text = segmentation.text
        guard budget.charge(segmentation.tokens.count) else { return nil }
        texts = segmentation.tokens.map { text.string(in: $0.range) }
        folded = texts.map { Word(Folding.fold($0)) }
        // Words repeat within a text: each distinct spelling is analysed once.
        var seen: [Word: (readings: [Parse], nouns: [(lemma: Word, plural: Bool)])] = [:]
        var readings: [[Parse]] = []
        var nouns: [[(lemma: Word, plural: Bool)]] = []
        readings.reserveCapacity(texts.count)
        nouns.reserveCapacity(texts.count)
        for (token, text) in zip(segmentation.tokens, texts) {
            guard token.kind == .word || token.kind == .initial else {
                readings.append([])
                nouns.append([])
                continue
            }
            let key = Word(text)
            if let known = seen[key] {
                readings.append(known.readings)
                nouns.append(known.nouns)
                continue
            }
            var work = 0
            let parses = morphology.analyse(text, work: &work)
            guard budget.charge(work) else { return nil }
            let lemmas = Self.nouns(of: parses)
            seen[key] = (parses, lemmas)
            readings.append(parses)
            nouns.append(lemmas)
        }
        self.readings = readings
        self.nouns = nouns
        capitalized = zip(segmentation.tokens, texts).map { token, text in
            token.kind == .word && (text.unicodeScalars.first?.hasUppercaseProperty ?? false)
        }
        uppercase = zip(segmentation.tokens, texts).map { token, text in
            guard token.kind == .word else { return false }
            var letters = 0
            for scalar in text.unicodeScalars where scalar.hasAlphabeticProperty {
                guard scalar.hasUppercaseProperty else { return false }
                letters += 1
            }
            return letters >= 2
        }
        nameShaped = zip(zip(capitalized, uppercase), texts).map { shape, text in
            let (capital, inCapitals) = shape
            return capital && !inCapitals && !text.utf8.contains { (0x30...0x39).contains($0) }
        }
        var starts = Set(segmentation.sentences.map(\.tokens.lowerBound))
        // A token after an opening quote or a dash at the start of a sentence opens it too.
        for start in Array(starts) where start + 1 < segmentation.tokens.count
            && [.quote, .dash, .bracket].contains(segmentation.tokens[start].kind) {
            starts.insert(start + 1)
        }
        sentenceStarts = starts
        terms = termAbbreviations()
    }

    var count: Int { texts.count }

    /// The folded lemmas of a word's noun readings, and whether each is plural.
    private static func nouns(of parses: [Parse]) -> [(lemma: Word, plural: Bool)] {
        // A word hardly ever a noun is none: "после" is a preposition, not the locative of "посол".
        // Read in place by index: a word has a few readings, each a struct of strings not worth copying.
        var nounWeight = 0.0
        for index in parses.indices where parses[index].tag.partOfSpeech == .noun { nounWeight += parses[index].score }
        guard nounWeight >= minimumNounWeight else { return [] }
        var lemmas: [(lemma: Word, plural: Bool)] = []
        for index in parses.indices where parses[index].tag.partOfSpeech == .noun {
            let lemma = Word(Folding.fold(parses[index].lemma))
            let tag = parses[index].tag
            // A lemma once, unless in another singular reading.
            if tag.contains(.singular) || !lemmas.contains(where: { $0.lemma == lemma }) { lemmas.append((lemma, tag.contains(.plural))) }
        }
        return lemmas
    }

    func kind(_ index: Int) -> Token.Kind? {
        index >= 0 && index < count ? segmentation.tokens[index].kind : nil
    }

    /// A word written with a capital first letter (and not all in capitals unless short).
    func isCapitalized(_ index: Int) -> Bool {
        index >= 0 && index < count && capitalized[index]
    }

    /// Capitalised, not all in capitals, and without digits: "Иванов", "Ле", "О’Нил".
    func isNameShaped(_ index: Int) -> Bool {
        index >= 0 && index < count && nameShaped[index]
    }

    /// Written all in capitals: "ООН", "МКУК".
    func isUppercaseWord(_ index: Int) -> Bool {
        index >= 0 && index < count && uppercase[index]
    }

    /// Whether one of the token's noun readings has its lemma in `vocabulary` (singular readings only,
    /// with `singular`).
    func hasNoun(in vocabulary: Set<Word>, at index: Int, singular: Bool = false) -> Bool {
        guard index >= 0, index < count else { return false }
        return nouns[index].contains { vocabulary.contains($0.lemma) && !(singular && $0.plural) }
    }

    /// Whether the token's singular readings as a noun of `vocabulary` weigh `minimumWeight` or more: a
    /// form the dictionary hardly ever reads so is the other word ("политику" is policy, not a politician).
    /// Asked of few words (those `hasNoun` finds), so the readings are read again rather than kept.
    func hasSingularNoun(in vocabulary: Set<Word>, at index: Int, minimumWeight: Double) -> Bool {
        guard hasNoun(in: vocabulary, at: index, singular: true) else { return false }
        return readings[index].reduce(0) { weight, reading in
            reading.tag.partOfSpeech == .noun && !reading.tag.contains(.plural)
                && vocabulary.contains(Word(Folding.fold(reading.lemma))) ? weight + reading.score : weight
        } >= minimumWeight
    }

    /// Whether every letter of the token is a Latin one ("Facebook", "Victoria’s"; digits and marks aside).
    func isInLatinLetters(_ index: Int) -> Bool {
        texts[index].unicodeScalars.allSatisfy { $0.value < 0x250 || !$0.properties.isAlphabetic }
    }

    /// Read as a Roman numeral rather than a word ("XXI век", "Елизавета II"; not "MIX").
    func isRomanNumeral(_ index: Int) -> Bool {
        readings[index].first?.tag.description == "ROMN"
    }

    /// A noun naming a kind of organisation: "сети", "телеканал", "компании".
    func isKindOfOrganisation(_ index: Int) -> Bool {
        kind(index) == .word && hasNoun(in: OrganisationVocabulary.kinds, at: index)
    }

    /// A capitalised word the dictionary reads as a geographical name more than a third of the time
    /// ("Москвы", "США"): what places and the organisations governing them both ask.
    func isGeographicalName(_ index: Int) -> Bool {
        guard index >= 0, index < count, isCapitalized(index) || isUppercaseWord(index) else { return false }
        return dictionaryWeight(of: .geography, at: index) >= 0.3
    }

    /// "в Грозном", "во Львове": after "в" a word the dictionary knows as a place, in the locative, is that
    /// place, whatever else it may be (a surname).
    func isPlaceAfterIn(_ index: Int) -> Bool {
        guard index > 0, index < count, folded[index - 1] == "в" || folded[index - 1] == "во" else { return false }
        return readings[index].contains { $0.tag.contains(.geography) && $0.tag.contains(.prepositional) && $0.method == .dictionary }
    }

    /// Nothing but a space between two tokens (no punctuation, no line break).
    func areAdjacent(_ left: Int, _ right: Int) -> Bool {
        guard left >= 0, right < count else { return false }
        let tokens = segmentation.tokens
        let gap = segmentation.text.scalars[Int(tokens[left].end)..<Int(tokens[right].start)]
        return gap.count <= 1 && !gap.contains("\n")
    }

    /// Whether two tokens touch, with nothing between them.
    func touch(_ left: Int, _ right: Int) -> Bool {
        left >= 0 && right < count && segmentation.tokens[left].end == segmentation.tokens[right].start
    }

    /// The share of a token's readings (by score) that carry `grammeme`.
    func weight(of grammeme: Grammeme, at index: Int) -> Double {
        guard index >= 0, index < count else { return 0 }
        return readings[index].reduce(0) { $0 + ($1.tag.contains(grammeme) ? $1.score : 0) }
    }

    /// Indices of the tokens inside any of `mentions` (normalised offsets).
    public func tokens(covering mentions: [Mention]) -> Set<Int> {
        var covered = Set<Int>()
        let tokens = segmentation.tokens
        for mention in mentions {
            // Tokens are in text order: find the first at or after the mention's start, walk to its end.
            var low = 0, high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if Int(tokens[middle].start) < mention.start { low = middle + 1 } else { high = middle }
            }
            var index = low
            while index < tokens.count, Int(tokens[index].end) <= mention.end {
                covered.insert(index)
                index += 1
            }
        }
        return covered
    }

    /// The share of a token's dictionary readings (not guesses) that carry `grammeme`.
    func dictionaryWeight(of grammeme: Grammeme, at index: Int) -> Double {
        guard index >= 0, index < count else { return 0 }
        return readings[index].reduce(0) { $0 + ($1.tag.contains(grammeme) && $1.method == .dictionary ? $1.score : 0) }
    }

    /// The source-independent range of tokens `range` in the normalised text.
    func scalarRange(_ range: Range<Int>) -> Range<Int> {
        Int(segmentation.tokens[range.lowerBound].start)..<Int(segmentation.tokens[range.upperBound - 1].end)
    }
}
