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

    public enum Method: String, Sendable {
        case dictionary, initial, number, punctuation, romanNumeral, latin
        case knownPrefix, unknownPrefix, suffix, unknown
    }
}

/// A word's place in a paradigm: enough to build every other form of it.
struct Lexeme: Hashable, Sendable {
    let paradigm: UInt16
    let form: UInt16
    /// The word (lowercase, UTF-8) this reading was found for, without a known prefix.
    let stemWord: [UInt8]
    /// A prefix put back on every form ("псевдо" + "кошка").
    let addedPrefix: [UInt8]
}
