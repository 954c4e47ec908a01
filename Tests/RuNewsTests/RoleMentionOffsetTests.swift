import Testing
@testable import RuNews

/// Role mentions, like name mentions, are reported in the source's offsets and words.
@Suite struct RoleMentionOffsetTests {
    @Test func roleMentionsPointIntoTheSource() throws {
        let raw = Pipeline(options: .init(raw: true))
        // Runs of spaces and a soft hyphen are normalised away before extraction.
        let text = "Глава   района Иван Петров открыл выставку.  Гла\u{00AD}ва района  также сообщил о ремонте."
        let record = raw.record(text: text, id: "roles", source: Record.Source(format: .text, bytes: 0))
        let role = try #require(record.people.first?.roles.first)
        let scalars = Array(text.unicodeScalars)
        #expect(role.mentions.count == 2)
        for mention in role.mentions {
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
        }
    }
}
