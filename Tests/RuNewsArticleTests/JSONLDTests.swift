import Testing
@testable import RuNewsArticle

@Suite struct JSONLDTests {
    static let authorCases: [(script: String, names: [String])] = [
        (#"{"@type": "NewsArticle", "author": "Иван Петров"}"#, ["Иван Петров"]),
        (#"{"author": {"@type": "Person", "name": "Иван Петров", "worksFor": {"@type": "Organization", "name": "Вести"}}}"#, ["Иван Петров"]),
        (#"{"author": [{"@type": "Person", "name": "Ярослав Кузишин", "image": {"caption": "Портрет", "name": "фото"}}, {"@type": "Person", "name": "Карина Гасимова"}], "publisher": {"name": "Правда"}}"#,
         ["Ярослав Кузишин", "Карина Гасимова"]),
        (#"{"author": ["Иван Петров", "Анна \"Аня\" Смирнова"]}"#, ["Иван Петров", "Анна \"Аня\" Смирнова"]),
        (#"{"headline": "Без автора", "publisher": {"name": "Правда"}}"#, []),
        // Pretty-printed, brackets inside a string, escapes as PHP writes Cyrillic, an emoji's surrogate pair.
        ("{\"author\":\n\t[{\"name\": " + #""\u0418\u0432\u0430\u043d [ред.] \ud83d\ude00"}, {"name": "Анна"}]}"#, ["Иван [ред.] 😀", "Анна"]),
        // Not closed, or nested past any sense: nothing read, nothing invented.
        (#"{"author": [{"name": "Иван"#, []),
        (#"{"author": "# + String(repeating: "[", count: 100) + #""Иван""# + String(repeating: "]", count: 100) + "}", []),
    ]

    /// Each author's own name, in every form the scripts write it; not the organisation it works for,
    /// nor an image's caption.
    @Test func authorNames() {
        for (script, names) in Self.authorCases {
            #expect(JSONLD.authorNames(in: script) == names, "\(script)")
        }
    }

    /// A string value's escapes are read; a value that is no string is none.
    @Test func stringValues() {
        #expect(JSONLD.value("headline", in: #"{"headline":"Строка\nвторая \u0410"}"#) == "Строка\nвторая А")
        #expect(JSONLD.value("wordCount", in: #"{"wordCount": 1601}"#) == nil)
    }
}
