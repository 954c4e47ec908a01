import RuNewsMorphology
import RuNewsText

/// The forms a text writes its capitalised words in, to read a name the dictionary cannot: where the text
/// also writes "Брэд Питт", "Брэда Питта" is his genitive, not a woman's name. A form is another
/// capitalised word's with a masculine consonant stem's ending ("-а", "-у", "-ом", "-е"; "-я", "-ю", "-ем"
/// after "-й" and "-ь"), not of a Russian surname's stem ("Алиева" is a woman's beside "Алиев").
struct NameForms {
    private var counts: [Word: Int] = [:]

    init(_ text: AnalysedText) {
        for index in 0..<text.count where text.isCapitalized(index) { counts[text.folded[index], default: 0] += 1 }
    }

    /// The word the text writes elsewhere of which `part` is an oblique form, as `part` spells it, and the
    /// cases that form may be in.
    func stem(of part: String) -> (form: String, cases: Set<Grammeme>)? {
        let folded = Word(Folding.fold(part))
        for (ending, replaced, cases) in Self.endings where folded.hasSuffix(ending) {
            let stem = Self.dropping(ending, from: folded.text) + replaced
            // A stem of two letters is a syllable of an East Asian name ("Ким Чен Ына" beside "Ким Чен Ын"),
            // no Russian surname's suffix alone.
            guard stem.count >= 2, let final = stem.last, Self.consonantStemFinals.contains(final) || !replaced.isEmpty,
                  !NameVocabulary.masculineSurnameEndings.contains(where: { stem.count > $0.count && stem.hasSuffix($0) }),
                  counts[Word(stem)] != nil else { continue }
            return (String(part.dropLast(ending.count)) + replaced, cases)
        }
        return nil
    }

    /// The nominative in "-а" or "-я" of a surname the text declines so ("Мандела" beside "Манделы",
    /// "Небензю" beside "Небензя", "Одзавой"): the text writes that nominative and a form only a noun in "-а"
    /// has (the genitive "-ы"/"-и", the instrumental "-ой"/"-ей"), and none of a consonant stem's ("Сноудене"
    /// is Сноуден's where the text writes "Сноуденом"; "Мандела" no genitive of "Мандел" where the text never
    /// writes "Мандел"). Not a Russian surname's stem: "Назарбаевой" is a woman's beside "Назарбаева".
    func nominativeInA(of part: String) -> (form: String, cases: Set<Grammeme>)? {
        let folded = Word(Folding.fold(part))
        for (ending, cases) in Self.endingsOfA where folded.hasSuffix(ending) {
            let stem = Self.dropping(ending, from: folded.text)
            guard stem.count >= 2, !NameVocabulary.masculineSurnameEndings.contains(where: stem.hasSuffix),
                  !([""] + Self.consonantInstrumentals).contains(where: { counts[Word(stem + $0)] != nil }),
                  Self.ownFormsOfA.contains(where: { counts[Word(stem + $0)] != nil }) else { continue }
            for final in ["а", "я"] where counts[Word(stem + final)] != nil {
                return (String(part.dropLast(ending.count)) + final, cases)
            }
        }
        return nil
    }

    /// `text` without its `ending`, over the bytes (the suffix tests are the words' bytes too).
    private static func dropping(_ ending: String, from text: String) -> String {
        String(decoding: text.utf8.dropLast(ending.utf8.count), as: UTF8.self)
    }

    /// Whether the text writes `part` so more than once: a part that does not decline ("Кими").
    func isWrittenAgain(_ part: String) -> Bool {
        counts[Word(Folding.fold(part)), default: 0] >= 2
    }

    /// Endings of a masculine consonant stem's oblique cases, what stands for them in the nominative, and
    /// the cases they may be.
    private static let endings: [(String, String, Set<Grammeme>)] = [
        ("ом", "", [.instrumental]), ("а", "", [.genitive, .accusative]), ("у", "", [.dative]), ("е", "", [.prepositional]),
        ("ем", "й", [.instrumental]), ("я", "й", [.genitive, .accusative]), ("ю", "й", [.dative]), ("е", "й", [.prepositional]),
        ("ем", "ь", [.instrumental]), ("я", "ь", [.genitive, .accusative]), ("ю", "ь", [.dative]), ("е", "ь", [.prepositional]),
    ]
    private static let consonantStemFinals = Set("бвгджзклмнпрстфхцчшщ")
    /// Endings of a noun in "-а" or "-я", the nominative's and the oblique ones, longest first, with their
    /// cases; and those only such a noun has.
    private static let endingsOfA: [(String, Set<Grammeme>)] = [
        ("ою", [.instrumental]), ("ой", [.instrumental]), ("ей", [.instrumental]), ("ы", [.genitive]), ("и", [.genitive]),
        ("е", [.dative, .prepositional]), ("у", [.accusative]), ("ю", [.accusative]), ("а", [.nominative]), ("я", [.nominative]),
    ]
    private static let ownFormsOfA = ["ы", "и", "ой", "ей", "ою"]
    private static let consonantInstrumentals = ["ом", "ем"]
}
