import RuNewsMorphology

extension Tag {
    /// Whether the two readings are in one case.
    func sharesCase(with other: Tag) -> Bool {
        Grammeme.mainCases.contains { contains($0) && other.contains($0) }
    }

    /// Whether the reading is in `grammaticalCase`, a second locative or genitive counting as the first ("в
    /// Крыму", "чаю"): an adjective before such a noun is in the first ("в Южном Крыму").
    func isIn(_ grammaticalCase: Grammeme) -> Bool {
        if contains(grammaticalCase) { return true }
        // Compared, not looked up: the phrase normaliser asks this of every reading in every case.
        if grammaticalCase == .prepositional { return contains(Self.secondLocative) }
        return grammaticalCase == .genitive && contains(Self.secondGenitive)
    }

    private static let secondLocative: Grammeme = "loc2", secondGenitive: Grammeme = "gen2"

    /// Same case and number, and in the singular the same gender: how an adjective agrees with its noun,
    /// and a surname with the first name beside it.
    func agrees(with other: Tag) -> Bool {
        guard let grammaticalCase = Grammeme.mainCases.first(where: contains), other.contains(grammaticalCase),
              let number = [Grammeme.singular, .plural].first(where: contains), other.contains(number) else { return false }
        guard number == .singular else { return true }
        return [Grammeme.masculine, .feminine, .neuter].contains { contains($0) && other.contains($0) }
    }
}

extension Array where Element == Parse {
    /// Whether a reading here and one in `other` are in one case.
    func shareACase(with other: [Parse]) -> Bool {
        contains { one in other.contains { one.tag.sharesCase(with: $0.tag) } }
    }
}
