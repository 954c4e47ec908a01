import Foundation
import Testing
import RuNews

@Suite struct JSONOutputTests {
    @Test func writesValidDeterministicJSON() throws {
        var json = JSONOutput()
        json.beginObject()
        json.key("id"); json.string("a\"b\\c\n\t\u{1}ё👍")
        json.key("tokens"); json.ranges([0..<3, 4..<10])
        json.key("lead"); json.null()
        json.key("count"); json.integer(-5)
        json.key("empty"); json.beginArray(); json.endArray()
        json.endObject()
        let text = String(decoding: json.bytes, as: UTF8.self)
        #expect(text == #"{"id":"a\"b\\c\n\t\u0001ё👍","tokens":[[0,3],[4,10]],"lead":null,"count":-5,"empty":[]}"#)
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any])
        #expect(parsed["id"] as? String == "a\"b\\c\n\t\u{1}ё👍")
    }
}
