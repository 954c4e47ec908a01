import Foundation
import RuNews
import Testing

/// The examples of the DocC catalog (`Sources/RuNews/RuNews.docc`), as written there, kept compiling and
/// true: each test is one article's code with its printed results asserted.
@Suite struct DocumentationExampleTests {
    static let fixtures = UserCodeTests.fixtures

    // MARK: RuNews.md

    @Test func theOverview() throws {
        let page = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("pages/library.utf-8.html")))
        let pipeline = Pipeline()
        let record = pipeline.record(bytes: page, id: "article", format: .html)
        var lines: [String] = []
        func print(_ items: Any...) { lines.append(items.map { "\($0)" }.joined(separator: " ")) }
        for person in record.people { print(person.name, person.roles.map(\.title)) }
        let golden = try JSONDecoder().decode(Record.self, from: Data(contentsOf: Self.fixtures.appendingPathComponent("golden/library.utf-8.html.json")))
        #expect(!lines.isEmpty && lines == golden.people.map { "\($0.name) \($0.roles.map(\.title))" })
    }

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
        var lines: [String] = []
        func print(_ items: Any...) { lines.append(items.map { "\($0)" }.joined(separator: " ")) }
        for person in record.people {
            print(person.name, person.first ?? "", person.last ?? "", person.mentions.map(\.text))
        }
        #expect(lines == [#"Сергей Саенко Сергей Саенко ["Сергей Саенко"]"#])
    }

    // MARK: The catalog and this file

    /// Every line of the catalog's Swift examples is one of this file's lines, so an example that stops
    /// compiling or changes its results fails here. A line printing a result must have that result
    /// expected in this file; lines that reach outside a test (the user's own files, standard output, the manifest)
    /// are only shown.
    @Test func everyExampleOfTheCatalogIsTestedHere() throws {
        let here = URL(fileURLWithPath: #filePath)
        let tested = try String(contentsOf: here, encoding: .utf8)
        let testedLines = Set(tested.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let catalog = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/RuNews/RuNews.docc")
        let articles = try FileManager.default.contentsOfDirectory(atPath: catalog.path).filter { $0.hasSuffix(".md") }
        #expect(articles.count == 4)
        var checked = 0
        for article in articles {
            let markdown = try String(contentsOf: catalog.appendingPathComponent(article), encoding: .utf8)
            for line in Self.exampleLines(markdown) where !Self.onlyShown(line) {
                checked += 1
                if line.hasPrefix("print(") {
                    guard let comment = line.range(of: "// ") else { continue }
                    let result = String(line[comment.upperBound...])
                    // A truth is expected as it is printed; any other result as a literal.
                    let printed = line[line.index(line.startIndex, offsetBy: 6)..<comment.lowerBound]
                        .trimmingCharacters(in: .whitespaces).dropLast()
                    let expected = result == "true" ? String(printed) : result.hasPrefix("[") ? result : "\"\(result)\""
                    let isExpected = tested.contains(expected)
                    #expect(isExpected, "\(article): \(line)")
                } else {
                    let isTested = testedLines.contains(line)
                    #expect(isTested, "\(article): \(line)")
                }
            }
        }
        #expect(checked >= 25)
    }

    /// The trimmed code lines of a Markdown text's Swift blocks, without blank lines, comments and imports.
    static func exampleLines(_ markdown: String) -> [String] {
        var lines: [String] = []
        var inSwift = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") { inSwift = !inSwift && trimmed == "```swift"; continue }
            guard inSwift, !trimmed.isEmpty, !trimmed.hasPrefix("//"), !trimmed.hasPrefix("import ") else { continue }
            lines.append(trimmed)
        }
        return lines
    }

    /// Lines that name the user's own files, write to standard output or belong to a manifest, or
    /// that elide part of a literal ("…").
    static func onlyShown(_ line: String) -> Bool {
        let outside = [".html\"", ".warc.gz\"", ".jsonl\"", "\"pages/\"", "FileHandle.standardOutput", "dependencies:", "targets:", "…"]
        return outside.contains { line.contains($0) }
    }
}
