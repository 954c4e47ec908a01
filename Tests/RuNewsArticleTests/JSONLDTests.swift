import Testing
@testable import RuNewsArticle

@Suite struct JSONLDTests {
    /// Each author's own name, in every form the scripts write it; not the organisation it works for,
    /// nor an image's caption.
    @Test(arguments: [
        (#"{"@type": "NewsArticle", "author": "Иван Петров"}"#, ["Иван Петров"]),
        (#"{"author": {"@type": "Person", "name": "Иван Петров", "worksFor": {"@type": "Organization", "name": "Вести"}}}"#, ["Иван Петров"]),
        (#"{"author": [{"@type": "Person", "name": "Ярослав Кузишин", "image": {"caption": "Портрет", "name": "фото"}},"#
            + #" {"@type": "Person", "name": "Карина Гасимова"}], "publisher": {"name": "Правда"}}"#, ["Ярослав Кузишин", "Карина Гасимова"]),
        (#"{"author": ["Иван Петров", "Анна \"Аня\" Смирнова"]}"#, ["Иван Петров", "Анна \"Аня\" Смирнова"]),
        (#"{"headline": "Без автора", "publisher": {"name": "Правда"}}"#, []),
    ])
    func authorNames(_ script: String, _ expected: [String]) {
        #expect(JSONLD.authorNames(in: script) == expected)
    }
}
