/// The grammatical description of one word form: "NOUN,anim,masc,Name sing,ablt".
public struct Tag: Hashable, Sendable, CustomStringConvertible {
    /// The tag in OpenCorpora's notation, as pymorphy writes it.
    public let description: String
    public let grammemes: GrammemeSet
    /// The part of speech ("NOUN", "ADJF", …), or nil for shape tags such as "NUMB" and "LATN".
    public let partOfSpeech: Grammeme?

    public init(_ description: String) {
        self.description = description
        var set = GrammemeSet()
        for name in description.split(whereSeparator: { $0 == "," || $0 == " " }) {
            if let index = GrammemeInventory.index[String(name)] { set.insert(index) }
        }
        grammemes = set
        let pos = set.intersection(GrammemeInventory.partsOfSpeech)
        partOfSpeech = pos.isEmpty ? nil : pos.grammemes.first
    }

    public func contains(_ grammeme: Grammeme) -> Bool { grammemes.contains(grammeme) }

    /// pymorphy's notion of a tag that new words can have (guessing never proposes a pronoun or a preposition).
    var isProductive: Bool { grammemes.intersection(Self.nonProductive).isEmpty }

    private static let nonProductive = GrammemeSet(["NUMR", "NPRO", "PRED", "PREP", "CONJ", "PRCL", "INTJ", "Apro"] as [Grammeme])
}
