import Testing
@testable import RuNewsEntities

/// A bare mention of a position joins the role of the one person the text says holds it — only then.
@Suite struct PositionMentionTests {
    func roleMentions(_ text: String, of surname: String) -> [String] {
        people(text).first { $0.last == surname }?.roles.flatMap { $0.mentions.map(\.text) } ?? []
    }

    @Test func aLaterBarePositionIsTheHoldersRole() throws {
        let text = "Глава района Иван Петров открыл выставку. Глава района также сообщил, что школа откроется в сентябре."
        let petrov = try #require(people(text).first { $0.last == "Петров" })
        #expect(petrov.roles.count == 1)
        #expect(petrov.roles.first?.mentions.map(\.text) == ["Глава района", "Глава района"])
        // The name's mentions stay names.
        #expect(petrov.mentions.map(\.text) == ["Иван Петров"])
    }

    @Test func aBareTitleWithoutOrganisationJoinsToo() {
        let text = "Губернатор Ставропольского края Владимир Владимиров посетил больницу. «Мы построим новый корпус», — сказал губернатор."
        #expect(roleMentions(text, of: "Владимиров") == ["Губернатор Ставропольского края", "губернатор"])
    }

    @Test func mentionOffsetsPointAtTheWords() throws {
        let text = "Министр финансов Ольга Смирнова выступила в понедельник. Министр финансов ответила на вопросы."
        let role = try #require(people(text).first?.roles.first)
        let scalars = Array(text.unicodeScalars)
        for mention in role.mentions {
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
        }
        #expect(role.mentions.count == 2)
    }

    @Test(arguments: [
        // Two people hold the title: no telling which.
        "Губернатор Ставропольского края Владимир Владимиров и губернатор Ростовской области Василий Голубев подписали соглашение. Губернатор отметил его пользу.",
        // Another holder: a former one, the office itself.
        "Губернатор края Владимир Владимиров открыл завод. Бывший губернатор на открытие не приехал.",
        "Губернатор края Владимир Владимиров открыл завод. На пост губернатора претендуют трое.",
        // Another country's president.
        "Президент России Владимир Путин выступил первым. Президент Франции ответил ему.",
        // Named only later: the earlier mention says nothing yet.
        "Губернатор приехал утром. Губернатор края Владимир Владимиров осмотрел завод.",
        // A seat many hold at once names no one.
        "Депутат Государственной думы Иван Петров внёс законопроект. Депутат Государственной думы выступил против.",
    ])
    func noBareMentionJoinsWhenTheTextLeavesItOpen(_ text: String) {
        for person in people(text) {
            for role in person.roles { #expect(role.mentions.count == 1, "\(person.name): \(role.mentions.map(\.text))") }
        }
    }
}
