import Testing
@testable import RuNewsEntities

/// An abbreviation links to the one full name of the text whose initials spell it, wherever each stands.
@Suite struct OrganisationAbbreviationTests {
    let extractor = OrganisationExtractor(morphology: morphology)

    @Test(arguments: [
        ("Организация по безопасности и сотрудничеству в Европе", "ОБСЕ"),  // prepositions and conjunctions left out
        ("Министерство внутренних дел", "МВД"),
        ("Христианско-демократический союз Германии", "ХДС"),  // a letter a part, the place left out
        ("Hewlett-Packard", "HP"),
        ("Radio Corporation of America", "RCA"),
        ("ОАО «Российские железные дороги»", "РЖД"),  // the legal form gives no letters
        ("Главное управление МВД России по Москве", "ГУ"),  // the phrase, the place and the abbreviation left out
    ])
    func spellsAbbreviationsFromInitials(_ name: String, _ abbreviation: String) {
        #expect(extractor.abbreviations(of: name).contains(abbreviation), "\(extractor.abbreviations(of: name))")
    }

    @Test func aSingleWordAbbreviatesNothing() {
        #expect(extractor.abbreviations(of: "Газпром").isEmpty)
    }

    @Test(arguments: [
        ("Министерство внутренних дел сообщило о задержании. Позже в МВД уточнили детали.",
         "Министерство внутренних дел", "МВД"),
        // The abbreviation first, the full name later.
        ("ФАС возбудила дело против оператора. Федеральная антимонопольная служба требует снизить тарифы.",
         "Федеральная антимонопольная служба", "ФАС"),
    ])
    func linksAnAbbreviationAnywhere(_ text: String, _ name: String, _ abbreviation: String) throws {
        let organisations = extractor.extract(from: analysed(text))
        let full = try #require(organisations.first { $0.name == name }, "\(organisations.map(\.name))")
        #expect(full.abbreviation == abbreviation)
        #expect(full.mentions.count == 2)
        #expect(!organisations.contains { $0.name == abbreviation })
    }

    @Test func prefersTheFullNameThatLeavesTheFewestWordsOut() {
        let text = "Совет Федерации одобрил закон. Его изучил и представитель Совета Федерации по информационной политике. СФ собрался в среду."
        let organisations = extractor.extract(from: analysed(text))
        // Both spell "СФ" once the phrase is left out; the first leaves nothing out.
        let council = organisations.first { $0.name == "Совет Федерации" }
        #expect(council?.abbreviation == "СФ", "\(organisations.map(\.name))")
    }

    @Test func anAbbreviationTakesThePlaceItServes() {
        let organisations = extractor.extract(from: analysed("Об этом сообщили в Главном управлении МВД России по Нижегородской области."))
        #expect(organisations.map(\.name) == ["Главное управление МВД России по Нижегородской области"])
    }

    @Test func linksNothingWhenTwoFullNamesSpellIt() {
        let text = "Российский союз молодёжи и Российская служба мониторинга выступили вместе. РСМ обещает продолжить."
        let organisations = extractor.extract(from: analysed(text))
        #expect(organisations.map(\.name) == ["Российский союз молодёжи", "Российская служба мониторинга", "РСМ"])
        #expect(organisations.allSatisfy { $0.abbreviation == nil })
    }
}
