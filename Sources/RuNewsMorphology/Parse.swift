/// One reading of a word: its lemma, its tag and how likely it is.
public struct Parse: Hashable, Sendable {
    /// The word as read (ё restored where the dictionary has it), in the input's capitalisation.
    public let word: String
    /// The normal form (nominative singular, infinitive …), in the input's capitalisation.
    public let lemma: String
    public let tag: Tag
    /// P(tag | word) where the corpus knows the word, else a share of the readings found.
    public let score: Double
    /// How the reading was found.
    public let method: Method
    /// Where the word sits in its paradigm, for inflection; nil for shapes (numbers, Latin …).
    let lexeme: Lexeme?
    /// Both halves of a hyphenated word whose halves inflect together ("женщина-космонавт").
    let halves: HyphenHalves?

    init(word: String, lemma: String, tag: Tag, score: Double, method: Method, lexeme: Lexeme?, halves: HyphenHalves? = nil) {
        self.word = word
        self.lemma = lemma
        self.tag = tag
        self.score = score
        self.method = method
        self.lexeme = lexeme
        self.halves = halves
    }

    public enum Method: String, Sendable {
        case dictionary, initial, number, punctuation, romanNumeral, latin
        case particle, hyphenAdverb, hyphenated, knownPrefix, unknownPrefix, suffix, unknown
    }
}

/// The readings of the two halves of a hyphenated word that inflect together.
final class HyphenHalves: Hashable, Sendable {
    let left: Parse
    let right: Parse

    init(left: Parse, right: Parse) {
        self.left = left
        self.right = right
    }

    static func == (a: HyphenHalves, b: HyphenHalves) -> Bool { a.left == b.left && a.right == b.right }
    func hash(into hasher: inout Hasher) { hasher.combine(left); hasher.combine(right) }
}

/// A word's place in a paradigm: enough to build every other form of it.
struct Lexeme: Hashable, Sendable {
    let paradigm: UInt16
    let form: UInt16
    /// The lowercase word (UTF-8) the forms are built from, without an added prefix; nil when it is the
    /// reading's own word lowercased, as for every dictionary reading (a reference fewer to count).
    private(set) var stemWord: [UInt8]?
    /// Affixes only guessed words have; nil keeps a dictionary reading one reference lighter.
    private var affixes: Affixes?

    init(paradigm: UInt16, form: UInt16, stemWord: [UInt8]? = nil, addedPrefix: [UInt8] = [], addedSuffix: [UInt8] = []) {
        self.paradigm = paradigm
        self.form = form
        self.stemWord = stemWord
        affixes = addedPrefix.isEmpty && addedSuffix.isEmpty ? nil : Affixes(prefix: addedPrefix, suffix: addedSuffix)
    }

    /// The word the forms are built from, for a reading of `word`.
    func stem(forReadingOf word: String) -> [UInt8] {
        stemWord ?? Capitalization.lowercaseBytes(word) ?? Array(word.lowercased().utf8)
    }

    /// This lexeme with its stem written out, before the word of its reading changes ("кто" → "кто-то").
    func spelledOut(forReadingOf word: String) -> Lexeme {
        var lexeme = self
        lexeme.stemWord = stem(forReadingOf: word)
        return lexeme
    }

    /// A prefix put back on every form ("псевдо" + "кошка", "интернет-" + "магазин").
    var addedPrefix: [UInt8] {
        get { affixes?.prefix ?? [] }
        set { affixes = Affixes(prefix: newValue, suffix: addedSuffix) }
    }

    /// A particle put back on every form ("смотри" + "-ка").
    var addedSuffix: [UInt8] {
        get { affixes?.suffix ?? [] }
        set { affixes = Affixes(prefix: addedPrefix, suffix: newValue) }
    }

    private final class Affixes: Hashable, Sendable {
        let prefix: [UInt8]
        let suffix: [UInt8]

        init(prefix: [UInt8], suffix: [UInt8]) {
            self.prefix = prefix
            self.suffix = suffix
        }

        static func == (a: Affixes, b: Affixes) -> Bool { a.prefix == b.prefix && a.suffix == b.suffix }
        func hash(into hasher: inout Hasher) { hasher.combine(prefix); hasher.combine(suffix) }
    }
}
