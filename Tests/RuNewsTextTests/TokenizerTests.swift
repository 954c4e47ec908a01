import Testing
@testable import RuNewsText

/// Renders tokens as `text/kind` for readable expectations.
func render(_ input: String) -> [String] {
    let text = Normalizer().normalize(input)
    return Tokenizer().tokenize(text).map { "\(text.string(in: $0.range))/\($0.kind)" }
}

@Suite struct TokenizerTests {
    /// (input, expected tokens): one row per rule, with real examples from Russian news.
    static let cases: [(String, [String])] = [
        ("Северо-Кавказский федеральный", ["Северо-Кавказский/word", "федеральный/word"]),
        ("из-за дождя", ["из-за/word", "дождя/word"]),
        ("рок-н-ролла", ["рок-н-ролла/word"]),
        ("ТМА-12 и STS-124", ["ТМА-12/word", "и/word", "STS-124/word"]),
        ("90-х годах, 22-летний", ["90-х/word", "годах/word", ",/punctuation", "22-летний/word"]),
        ("в 2007-2008 годах", ["в/word", "2007/number", "-/dash", "2008/number", "годах/word"]),
        ("О’Рейли и O'Brien", ["О’Рейли/word", "и/word", "O'Brien/word"]),
        ("теле- и радиоканалы", ["теле-/word", "и/word", "радиоканалы/word"]),
        ("около 1 500 человек", ["около/word", "1 500/number", "человек/word"]),
        ("140 000 000 рублей", ["140 000 000/number", "рублей/word"]),
        ("в 2010 100 домов", ["в/word", "2010/number", "100/number", "домов/word"]),
        ("рост 3,5 %", ["рост/word", "3,5/number", "%/punctuation"]),
        ("в 06.00 утра", ["в/word", "06.00/number", "утра/word"]),
        ("25.08.2023 и 28.08.23", ["25.08.2023/date", "и/word", "28.08.23/date"]),
        ("в 07:27 и 7:05:30", ["в/word", "07:27/time", "и/word", "7:05:30/time"]),
        ("В.В. Путин", ["В./initial", "В./initial", "Путин/word"]),
        ("С. В. Умеренко", ["С./initial", "В./initial", "Умеренко/word"]),
        ("г. Антрацита", ["г./abbreviation", "Антрацита/word"]),
        ("ул. Ленина, им. Пушкина", ["ул./abbreviation", "Ленина/word", ",/punctuation", "им./abbreviation",
                                    "Пушкина/word"]),
        ("т.е. нечем", ["т.е./abbreviation", "нечем/word"]),
        ("и т.д.", ["и/word", "т.д./abbreviation"]),
        // Typeset with a space, the second half of "т. е." is an abbreviation too; "е." alone is no word's.
        ("т. е. нечем", ["т./abbreviation", "е./abbreviation", "нечем/word"]),
        ("к.п.н. Иванов", ["к.п.н./abbreviation", "Иванов/word"]),
        ("5 тыс. руб.", ["5/number", "тыс./abbreviation", "руб./abbreviation"]),
        ("в США.", ["в/word", "США/word", "./terminal"]),
        ("NEWSru.com и Лента.ру", ["NEWSru.com/word", "и/word", "Лента.ру/word"]),
        ("пишет Gzt.Ru,", ["пишет/word", "Gzt.Ru/word", ",/punctuation"]),
        ("в зоне .РФ", ["в/word", "зоне/word", ".РФ/word"]),
        // A capitalised domain zone ends the site's name, not a sentence; other capitals after a period do.
        ("издания Право.Ru, Коммерсантъ.РФ", ["издания/word", "Право.Ru/word", ",/punctuation", "Коммерсантъ.РФ/word"]),
        ("он ушёл.Потом", ["он/word", "ушёл/word", "./terminal", "Потом/word"]),
        ("Bloomberg.The", ["Bloomberg/word", "./terminal", "The/word"]),
        // Section numbers and addresses are one number; a date stays a date.
        ("пункту 4.1.7, статья 13.15.9.", ["пункту/word", "4.1.7/number", ",/punctuation", "статья/word",
                                           "13.15.9/number", "./terminal"]),
        ("IP 54.231.19.48", ["IP/word", "54.231.19.48/number"]),
        // Two-letter initials are initials; a Latin initialism keeps its periods.
        ("Дж. Буш и Вл.Соловьёв", ["Дж./initial", "Буш/word", "и/word", "Вл./initial", "Соловьёв/word"]),
        ("в U.S. Open, I.S.P.A.-Engineering", ["в/word", "U.S./abbreviation", "Open/word", ",/punctuation",
                                               "I.S.P.A./abbreviation", "-/dash", "Engineering/word"]),
        ("J.Smith", ["J./initial", "Smith/word"]),
        ("см. https://example.ru/a?b=1.", ["см./abbreviation", "https://example.ru/a?b=1/url", "./terminal"]),
        ("(www.kremlin.ru)", ["(/bracket", "www.kremlin.ru/url", ")/bracket"]),
        ("пишите на press@mchs.gov.ru", ["пишите/word", "на/word", "press@mchs.gov.ru/email"]),
        ("#выборы2024 @runews", ["#выборы2024/hashtag", "@runews/mention"]),
        ("«От сердца к сердцу»", ["«/quote", "От/word", "сердца/word", "к/word", "сердцу/word", "»/quote"]),
        ("Да... Нет?! Ну…", ["Да/word", ".../terminal", "Нет/word", "?!/terminal", "Ну/word", "…/terminal"]),
        ("онлайн — встреча -- да", ["онлайн/word", "—/dash", "встреча/word", "--/dash", "да/word"]),
        ("№ 5, $10", ["№/symbol", "5/number", ",/punctuation", "$/symbol", "10/number"]),
        ("Ура 👍🏽 👨‍👩‍👧 🇷🇺", ["Ура/word", "👍🏽/symbol", "👨‍👩‍👧/symbol", "🇷🇺/symbol"]),
        ("Мо\u{0301}сква", ["Мо\u{0301}сква/word"]),
    ]

    @Test(arguments: cases)
    func tokenizes(_ input: String, _ expected: [String]) {
        #expect(render(input) == expected)
    }

    @Test func tokensCoverNoWhitespaceAndDoNotOverlap() {
        let text = Normalizer().normalize("Открыла онлайн - встречу начальник управления, С.В. Умеренко (25.08.2023).")
        let tokens = Tokenizer().tokenize(text)
        for (left, right) in zip(tokens, tokens.dropFirst()) { #expect(left.end <= right.start) }
        for token in tokens {
            #expect(!text.scalars[token.range].contains { ScalarClass($0).isWhitespace })
        }
    }
}

@Suite struct AbbreviationTests {
    /// Every entry's ending rule, with the example that motivates it.
    static let cases: [(String, Abbreviations.Ending)] = [
        ("им", .never),      // им. Пушкина
        ("ул", .never),      // ул. Ленина
        ("т.е", .never),     // т.е. нечем питаться
        ("проф", .never),    // проф. Иванов
        ("т.д", .always),    // и т.д.
        ("др", .always),     // и др.
        ("г", .afterNumber), // в 2010 г. / г. Москва
        ("тыс", .afterNumber),
        ("вв", .afterNumber), // XIX–XX вв.
        ("млрд", .afterNumber), // 1,5 млрд руб.
        ("st", .never),       // St. Louis
    ]

    @Test(arguments: cases)
    func endings(_ word: String, _ ending: Abbreviations.Ending) {
        #expect(Abbreviations.ending(of: word) == ending)
        #expect(Abbreviations.ending(of: word.uppercased()) == ending)
    }

    @Test func entriesAreLowercaseWithoutFinalPeriod() {
        for word in Abbreviations.table.keys {
            #expect(word == word.lowercased())
            #expect(!word.hasSuffix("."))
        }
        #expect(Abbreviations.never.count + Abbreviations.always.count + Abbreviations.afterNumber.count
                    == Abbreviations.table.count, "an abbreviation is listed under two endings")
    }
}
