import Foundation
import RuNews
import Testing

/// The examples of the DocC catalog (`Sources/RuNews/RuNews.docc`), as written there, kept compiling and
/// true: each test is one article's code with its printed results asserted.
@Suite struct DocumentationExampleTests {
    static let fixtures = UserCodeTests.fixtures

    // MARK: GettingStarted.md

    @Test func aPage() throws {
        let page = Array("""
            <html><head><meta charset="utf-8"><title>Паводок в Тверской области | Новости</title></head>
            <body><nav><a href="/">Главная</a></nav><h1>Паводок в Тверской области</h1>
            <p>12 марта 2016 года уровень воды в Волге поднялся на два метра, сообщило ГУ МЧС России по Тверской области.</p>
            <p>Губернатор Игорь Руденя поручил подготовить пункты временного размещения.</p></body></html>
            """.utf8)
        let record = Pipeline().record(bytes: page, id: "flood", format: .html)
        #expect(record.title == "Паводок в Тверской области")
        #expect(record.published == "2016-03-12")
        #expect(record.people.map(\.name) == ["Игорь Руденя"])
        #expect(record.people[0].roles.map(\.title) == ["губернатор"])

        let decoded = try JSONDecoder().decode(Record.self, from: Data(record.json))
        #expect(decoded.json == record.json)
    }

    @Test func aText() {
        let raw = Pipeline(options: .init(raw: true, referenceDate: CalendarDate(year: 2023, month: 8, day: 28)))
        let text = raw.record(text: "Губернатор Ставропольского края Владимир Владимиров 25 августа открыл школу.",
                              id: "seed", source: Record.Source(format: .text, bytes: 0))
        #expect(text.dates.map(\.value) == ["2023-08-25"])
        #expect(text.people.map(\.name) == ["Владимир Владимиров"])
    }

    // MARK: StreamingAnArchive.md

    @Test func streamingAnArchiveAndAFolder() async {
        let archive = Self.fixtures.appendingPathComponent("pages/archive.warc.gz").path
        var records: [Record] = []
        for await record in RecordStream(DocumentSource([archive])) { records.append(record) }
        let golden = (try? String(contentsOf: Self.fixtures.appendingPathComponent("golden/archive.warc.gz.jsonl"), encoding: .utf8)) ?? ""
        #expect(records.map { String(decoding: $0.json + [0x0A], as: UTF8.self) }.joined() == golden)
        #expect(records.filter { $0.duplicateOf != nil }.count == 1)
    }

    @Test func nothingIsLost() async {
        var failures: [Record.Failure.Kind: Int] = [:]
        for await record in RecordStream(DocumentSource(jsonLines: Self.fixtures.appendingPathComponent("pages/documents.jsonl").path)) {
            if let failure = record.failure { failures[failure.kind, default: 0] += 1 }
        }
        #expect(failures == [.invalidInput: 2])
    }

    @Test func limits() async {
        let careful = Pipeline(options: .init(maximumBytes: 1 << 20))
        let stream = RecordStream(DocumentSource([Self.fixtures.appendingPathComponent("pages/seed.txt").path]), pipeline: careful, parallelism: 2)
        var count = 0
        for await record in stream { count += 1; #expect(record.warnings.allSatisfy { !$0.contains("larger") }) }
        #expect(count == 1)
    }

    // MARK: RecordFields.md

    @Test func theRecordsFields() {
        let record = Pipeline().record(bytes: Array("Глава района Сергей Саенко открыл форум.".utf8), id: "a", format: .text)
        let person = record.people.first
        #expect(person?.name == "Сергей Саенко" && person?.first == "Сергей" && person?.last == "Саенко")
        #expect(person?.mentions.map(\.text) == ["Сергей Саенко"])
    }
}
