/// Russian abbreviations written with a period, and whether one can end a sentence.
///
/// The tokenizer keeps an abbreviation and its periods as one token ("т.е.", "ул."); the sentence
/// splitter asks `ending` whether a capital after it starts a new sentence.
public enum Abbreviations {
    /// When an abbreviation may close a sentence.
    public enum Ending: Sendable {
        /// It always introduces something: "им. Пушкина", "ул. Ленина", "проф. Иванов", "т.е.".
        case never
        /// It may close a sentence: "и т.д.", "и др.".
        case always
        /// It closes a sentence only after a number: "в 2010 г." vs "г. Москва", "5 тыс." vs "тыс. лет".
        case afterNumber
    }

    /// Lowercase, as written, without the final period; inner periods kept ("т.е").
    public static let table: [String: Ending] = {
        var table: [String: Ending] = [:]
        for word in never { table[word] = .never }
        for word in always { table[word] = .always }
        for word in afterNumber { table[word] = .afterNumber }
        return table
    }()

    /// Titles, address parts, references: followed by what they qualify.
    static let never = [
        "им", "ул", "просп", "пр-т", "пер", "пл", "наб", "ш", "д", "корп", "стр", "обл", "пос", "пгт",
        "дер", "с", "ст", "гор", "респ", "мкр", "мкрн", "туп", "бул", "проф", "акад", "доц", "канд", "зав",
        "зам", "ген", "полк", "подп", "мл", "тов", "гр", "св", "кн", "ред", "изд", "гл", "п", "пп",
        "рис", "табл", "прим", "ср", "напр", "т.е", "т.к", "т.н", "т.о", "и.о", "вр.и.о", "англ",
        "лат", "нем", "фр", "франц", "греч", "рус", "укр", "итал", "исп", "кит", "яп", "араб", "тел", "тт",
        "вып", "чл", "засл", "сокр", "ж.д", "пр", "т.ч", "род", "ок", "прибл", "оз",
        // Checked against razdel's lists (MIT, see NOTICE): "сообщил корр. ИТАР-ТАСС", "букв. «запрещено»",
        // "обр. 1936 г.", "юр. адрес", "гос. экзамены", "сб. «Киноварь»", "нач. XX века"; not those that are
        // words ending sentences too ("острый ум.", "целый час.", "этот куб.").
        "корр", "букв", "трад", "венг", "евр", "слав", "русск", "латв", "хорв", "арх", "нач", "абз",
        "эт", "пом", "ауд", "комн", "каб", "лит", "рп", "обр", "доп", "юр", "физ", "сб", "гос", "яз",
        // Languages a name is given in ("в переводе на русс. «Голос»"), those that are no words.
        "русс", "белор", "каз", "норв", "фин", "чеш", "ивр",
        // Latin titles and "Saint" in names quoted from English: "St. Louis", "Mr. Smith".
        "mr", "mrs", "dr", "st", "vs",
    ] + degrees

    /// Scientific degrees, written before a name: "к.п.н. И. П. Карташов" (кандидат, доктор … наук).
    static let degrees = ["к", "д"].flatMap { rank in
        ["т", "э", "м", "ю", "и", "ф", "б", "х", "г", "п", "с", "филол", "ист", "пед", "техн", "экон", "мед", "юрид"]
            .map { "\(rank).\($0).н" }
    }

    /// Endings of lists and enumerations.
    static let always = [
        "т.д", "т.п", "др", "проч", "с.г", "н.э", "и.т.д",
        // "до Р. Х.", coordinates: "50°13′ с. ш.", "12°48′ з. д.".
        "р.х", "с.ш", "ю.ш", "з.д", "в.д",
    ]

    /// Words that multiply a number, written with or without a period: "5 тыс. руб.", "1,5 млрд руб.".
    public static let multipliers: Set<String> = ["тыс", "млн", "млрд", "трлн"]

    /// Units and eras, which follow a number.
    static let afterNumber = Array(multipliers) + [
        "г", "гг", "в", "вв", "руб", "коп", "долл", "км", "кг", "мм", "см",
        "мин", "сек", "ч", "чел", "шт", "экз", "ед", "га", "л", "т", "м", "р",
        // "кв. 5" (a flat) introduces, "в I кв." (a quarter) and "5 кв. м" follow a number.
        "кв", "проц", "барр", "дес", "у.е", "л.с",
    ]

    /// The ending rule for `word` (any case, without the final period), or nil when it is no abbreviation.
    public static func ending(of word: some StringProtocol) -> Ending? {
        table[word.lowercased()]
    }

    /// The rule of an abbreviation typeset with a space inside, from its halves without their periods:
    /// "т" and "е" of "т. е." are "т.е".
    public static func ending(ofHalves first: some StringProtocol, _ second: some StringProtocol) -> Ending? {
        ending(of: first + "." + second)
    }
}
