import Testing
@testable import RuNewsEntities

/// A role's generic organisation ("района") is the one entity of that kind the text names.
@Suite struct RoleOrganisationTests {
    func roles(_ text: String) -> [String: [String?]] {
        let entities = EntityExtraction(morphology: morphology, tagger: nil).extract(from: analysed(text))
        return Dictionary(entities.people.map { ($0.name, $0.roles.map(\.organisation)) }, uniquingKeysWith: +)
    }

    @Test(arguments: [
        ("В Антрацитовском районе открыли школу. Глава района Иван Петров поздравил учеников.",
         "Иван Петров", "Антрацитовский район"),
        ("Представители партии «Яблоко» пришли на митинг. Лидер партии Сергей Иванов выступил первым.",
         "Сергей Иванов", "партия «Яблоко»"),
        // Not generic: a named place stays, even where a name holds its word ("Единая Россия").
        ("Президент России Владимир Путин встретился с членами партии «Единая Россия».",
         "Владимир Путин", "Россия"),
        // Two districts: no telling which.
        ("Антрацитовский район граничит со Свердловским районом. Глава района Иван Петров открыл мост.",
         "Иван Петров", "район"),
    ])
    func resolvesAGenericOrganisationWhenOneEntityFits(_ text: String, _ person: String, _ organisation: String) {
        #expect(roles(text)[person] == [organisation], "\(roles(text))")
    }

    @Test func aResolvedRoleStillTakesLaterBareMentions() throws {
        let text = "В Ленинском районе открыли школу. Глава района Иван Петров поздравил учеников. "
            + "Глава Ленинского района пообещал отремонтировать спортзал."
        let entities = EntityExtraction(morphology: morphology, tagger: nil).extract(from: analysed(text))
        let role = try #require(entities.people.first { $0.last == "Петров" }?.roles.first)
        #expect(role.organisation == "Ленинский район")
        #expect(role.mentions.map(\.text) == ["Глава района", "Глава Ленинского района"])
    }
}

extension RoleOrganisationTests {
    /// The place in a position's chain stays a place, and is the role's organisation.
    @Test func anUnknownPlaceAdjectiveAfterAPositionIsThePlace() throws {
        let text = "Глава Антрацитовского района Иван Петров открыл школу."
        #expect(roles(text) == ["Иван Петров": ["Антрацитовский район"]])
    }
}
