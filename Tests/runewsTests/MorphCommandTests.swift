import Foundation
import Testing

@Suite struct MorphCommandTests {
    @Test func analysesOneWordALine() throws {
        let result = try Runews.run(["morph"], input: "Владимиром\r\n2023\n")
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let first = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["word"] as? String == "Владимиром")
        let parses = try #require(first["parses"] as? [[String: Any]])
        #expect(parses.first?["lemma"] as? String == "Владимир")
        #expect(parses.first?["tags"] as? [String] == ["NOUN", "anim", "masc", "Name", "sing", "ablt"])
        #expect(lines[1] == #"{"word":"2023","parses":[{"lemma":"2023","tags":["NUMB","intg"],"score":1}]}"#)
    }

    @Test func aBrokenDictionaryIsAUsageError() throws {
        let result = try Runews.run(["morph", "--dictionary", "/nonexistent/ru.morph"], input: "слово\n")
        #expect(result.status == 1)
        #expect(result.error.contains("morphology file not found"))
    }
}
