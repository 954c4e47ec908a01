/// One reading of a word: its lemma, its tag and how likely it is.
public struct Parse: Hashable, Sendable {
    /// The fields in one immutable box: readings are copied wherever a text's words are read, and a copy
    /// of the fields retains up to six references, of the box one.
    private final class Fields: Sendable {
        let word: String
        let lemma: String
        let tag: Tag
        let score: Double
        let method: Method
        let lexeme: Lexeme?
        let halves: HyphenHalves?

        init(word: String, lemma: String, tag: Tag, score: Double, method: Method, lexeme: Lexeme?, halves: HyphenHalves?) {
            self.word = word
            self.lemma = lemma
            self.tag = tag
            self.score = score
            self.method = method
            self.lexeme = lexeme
            self.halves = halves
        }
    }

    private let fields: Fields

    /// The word as read (ё restored where the dictionary has it), in the input's capitalisation.
    public var word: String { fields.word }
    /// The normal form (nominative singular, infinitive …), in the input's capitalisation.
    public var lemma: String { fields.lemma }
    public var tag: Tag { fields.tag }
    /// P(tag | word) where the corpus knows the word, else a share of the readings found.
    public var score: Double { fields.score }
    /// How the reading was found.
    public var method: Method { fields.method }
    /// Where the word sits in its paradigm, for inflection; nil for shapes (numbers, Latin …).
    var lexeme: Lexeme? { fields.lexeme }
    /// Both halves of a hyphenated word whose halves inflect together ("женщина-космонавт").
    var halves: HyphenHalves? { fields.halves }

    init(word: String, lemma: String, tag: Tag, score: Double, method: Method, lexeme: Lexeme?, halves: HyphenHalves? = nil) {
        fields = Fields(word: word, lemma: lemma, tag: tag, score: score, method: method, lexeme: lexeme, halves: halves)
    }

    public static func == (a: Parse, b: Parse) -> Bool {
        a.fields === b.fields || a.word == b.word && a.lemma == b.lemma && a.tag == b.tag && a.score == b.score
            && a.method == b.method && a.lexeme == b.lexeme && a.halves == b.halves
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(word)
        hasher.combine(lemma)
        hasher.combine(tag)
        hasher.combine(score)
        hasher.combine(method)
        hasher.combine(lexeme)
        hasher.combine(halves)
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
