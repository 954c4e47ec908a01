import Testing
@testable import RuNewsEntities

/// How the tagger's spans and the rules' mentions make one set of entities.
@Suite struct EntityCombinationTests {
    func organisations(_ text: String, _ policy: EntityExtraction.Policy) -> [String] {
        EntityExtraction(morphology: morphology, tagger: tagger, policy: policy).extract(from: analysed(text)).organisations
            .flatMap(\.mentions).map(\.text).sorted()
    }

    /// A tagged organisation that holds the rules' mentions and goes on past them takes their place.
    @Test func aTaggedNameExtendsTheRules() {
        let text = "Об этом сообщил телеканал NBC News. Бренд Victoria’s Secret закрыл магазины."
        #expect(organisations(text, .rules) == ["NBC", "News", "Secret"])
        #expect(organisations(text, .standard) == ["NBC News", "Victoria’s Secret"])
        var notExtending = EntityExtraction.Policy.standard
        notExtending.extending = false
        #expect(organisations(text, notExtending) == ["NBC", "News", "Secret"])
    }

    /// A Latin name or an abbreviation the tagger does not take stays an organisation only after a kind of
    /// organisation.
    @Test func aNameByLettersNeedsSupport() {
        let text = "Новая версия Windows вышла вчера. Он написал об этом в социальной сети Twitter. Анализ РНК готов."
        #expect(organisations(text, .rules) == ["Twitter", "Windows", "РНК"])
        #expect(organisations(text, .standard) == ["Twitter"])
    }

    /// Words of another script do not join a name, nor do names of two scripts join.
    @Test func anotherScriptDoesNotExtend() {
        let extraction = EntityExtraction(morphology: morphology, tagger: tagger)
        let unesco = analysed("Tribune Internationale des Compositeurs ЮНЕСКО")
        #expect(!extraction.isOneScript(0..<5, [4..<5], unesco))
        let joined = analysed("Facebook Российский фонд DST")
        #expect(!extraction.isOneScript(0..<4, [0..<1, 1..<4], joined))
        let latin = analysed("Corriere della Sera")
        #expect(extraction.isOneScript(0..<3, [0..<1, 2..<3], latin))
        let fund = analysed("Фонда борьбы с коррупцией")
        #expect(extraction.isOneScript(0..<4, [0..<2], fund))
    }
}
