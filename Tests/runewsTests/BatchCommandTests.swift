import Foundation
import Testing

/// A temporary folder with files, removed after the test.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("runews-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }
}

func records(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map {
        try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
}

@Suite struct BatchCommandTests {
    @Test func oneLinePerInputInInputOrderWithErrorLines() throws {
        let scratch = try Scratch()
        try scratch.write("folder/b.txt", "Вчера прошёл дождь.")
        try scratch.write("folder/a.txt", "25 августа состоялся телемост.")
        try scratch.write("folder/c.txt", "")
        let jsonl = try scratch.write("docs.jsonl", """
            {"id": "j1", "text": "В 2005 году"}
            not json
            {"id": "j3", "url": "https://example.ru/x"}

            """)
        let result = try Runews.run(["batch", "--raw", scratch.url.appendingPathComponent("folder").path, jsonl,
                                     scratch.url.appendingPathComponent("missing.txt").path])
        #expect(result.status == 0)
        let lines = try records(result.output)
        #expect(lines.map { $0["id"] as? String } == ["a", "b", "c", "j1", "docs:2", "j3", "missing"])
        #expect((lines[0]["dates"] as? [[String: Any]])?.first?["value"] as? String == "--08-25")
        #expect(lines[2]["text"] as? String == "")
        #expect(lines[3]["text"] as? String == "В 2005 году")
        #expect((lines[4]["error"] as? [String: Any])?["kind"] as? String == "input")
        #expect((lines[6]["error"] as? [String: Any])?["kind"] as? String == "unreadable")
    }

    @Test func outputIsTheSameWhateverTheJobs() throws {
        let scratch = try Scratch()
        for index in 0..<40 { try scratch.write("docs/\(index).txt", "Документ \(index) от \(index % 28 + 1) мая 2011 года.") }
        let one = try Runews.run(["batch", "--jobs", "1", scratch.url.appendingPathComponent("docs").path])
        let two = try Runews.run(["batch", "--jobs", "2", scratch.url.appendingPathComponent("docs").path])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.output == two.output)
        #expect(try records(one.output).count == 40)
    }

    @Test func resumeAppendsOnlyWhatIsMissing() throws {
        let scratch = try Scratch()
        for index in 0..<5 { try scratch.write("docs/\(index).txt", "Текст \(index).") }
        let folder = scratch.url.appendingPathComponent("docs").path
        let complete = scratch.url.appendingPathComponent("complete.jsonl").path
        #expect(try Runews.run(["batch", "--output", complete, folder]).status == 0)
        let full = try String(contentsOfFile: complete, encoding: .utf8)
        // A run killed in the middle of its third line.
        let lines = full.split(separator: "\n", omittingEmptySubsequences: false)
        let partial = lines[0..<2].joined(separator: "\n") + "\n" + lines[2].prefix(10)
        let resumed = try scratch.write("resumed.jsonl", partial)
        #expect(try Runews.run(["batch", "--output", resumed, "--resume", folder]).status == 0)
        #expect(try String(contentsOfFile: resumed, encoding: .utf8) == full)
    }

    /// A paragraph that three pages of one site carry is the site's template; one page of another site
    /// with the same paragraph keeps it.
    @Test func aSitesTemplateParagraphsAreTakenOut() throws {
        let template = "Подписывайтесь на наш канал, чтобы первыми узнавать о главных новостях региона и страны."
        func page(_ index: Int) -> String {
            "<html><body><div class=\\\"article\\\"><p>Учёные из университета номер \(index) создали новую жевательную резинку, которая снижает аппетит, сообщают исследователи.</p>"
                + "<p>Жевательная резинка номер \(index) действует за счёт гормона, из-за дефицита которого люди переедают, говорится в статье.</p>"
                + "<p>\(template)</p></div></body></html>"
        }
        let lines = (0..<3).map { #"{"id": "s\#($0)", "url": "https://www.example.ru/news/\#($0)", "html": ""# + page($0) + #""}"# }
            + [#"{"id": "other", "url": "https://other.ru/1", "html": ""# + page(9) + #""}"#]
        let result = try Runews.run(["batch", "-"], input: lines.joined(separator: "\n") + "\n")
        let output = try records(result.output)
        #expect(output.count == 4)
        for record in output.prefix(3) {
            #expect((record["text"] as? String)?.contains("Подписывайтесь") == false)
            #expect((record["removed"] as? [[String: Any]])?.contains { $0["kind"] as? String == "template" } == true)
        }
        #expect((output[3]["text"] as? String)?.contains("Подписывайтесь") == true)
    }

    @Test func standardInputIsJSONLines() throws {
        let result = try Runews.run(["batch", "--raw", "-"], input: #"{"id": "s", "text": "вчера"}"# + "\n")
        #expect(try records(result.output).first?["id"] as? String == "s")
    }

    @Test func usageErrorsExitWithOne() throws {
        #expect(try Runews.run(["batch"]).status == 1)
        #expect(try Runews.run(["batch", "--jobs", "0", "-"]).status == 1)
        #expect(try Runews.run(["batch", "--resume", "-"]).status == 1)
    }
}

@Suite struct ExtractCommandTests {
    @Test func theSeedsDatesResolveAgainstTheReferenceDate() throws {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/pages/seed.txt").path
        let result = try Runews.run(["extract", "--raw", "--reference-date", "2023-08-28", seed])
        #expect(result.status == 0)
        let record = try #require(try records(result.output).first)
        #expect(record["schema"] as? Int == 1)
        #expect(record["id"] as? String == "seed")
        let first = try #require((record["dates"] as? [[String: Any]])?.first)
        #expect(first["text"] as? String == "25 августа")
        #expect(first["value"] as? String == "2023-08-25")
        #expect(first["start"] as? Int == 0 && first["end"] as? Int == 10)

        let people = try #require(record["people"] as? [[String: Any]])
        #expect(people.map { $0["name"] as? String } == ["Владимир Владимиров", "Сергей Саенко", "Светлана Вячеславовна Умеренко"])
        let governor = try #require((people[0]["roles"] as? [[String: Any]])?.first)
        #expect(governor["title"] as? String == "губернатор")
        #expect(governor["organisation"] as? String == "Ставропольский край")
        let head = try #require((people[2]["roles"] as? [[String: Any]])?.first)
        #expect(head["organisation"] as? String == "управление культуры и туризма администрации Георгиевского городского округа")
        #expect(people[2]["gender"] as? String == "female")
        let organisations = try #require(record["organisations"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(organisations.contains("МКУК «МЦБС ГГО»"))
        #expect(organisations.contains("Правительство Ставропольского края"))
        #expect(organisations.contains("Межпоселенческая центральная библиотека Георгиевского городского округа"))
        let locations = try #require(record["locations"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(locations.contains("Ставропольский край") && locations.contains("Луганская Народная Республика"))
    }

    @Test func aBadReferenceDateIsAUsageError() throws {
        #expect(try Runews.run(["extract", "--reference-date", "28.08.2023", "-"], input: "текст").status == 1)
    }
}
