import RuNewsMorphology

/// Puts the parts of a name in the nominative, choosing the case and gender the parts agree on:
/// "Владимиром Владимировым" → "Владимир Владимиров", "Эльвирой Набиуллиной" → "Эльвира Набиуллина".
struct NameNormalizer {
    let morphology: MorphAnalyzer

    enum Part { case first, middle, last }

    /// What each part can be read as, in order of preference.
    static func grammeme(of part: Part) -> Grammeme {
        switch part {
        case .first: .firstName
        case .middle: .patronymic
        case .last: .surname
        }
    }

    static let cases: [Grammeme] = [.nominative, .genitive, .dative, .accusative, .instrumental, .prepositional]

    /// The nominative forms of `parts` (their readings and roles) and the gender they agree on.
    func normalize(_ parts: [(readings: [Parse], text: String, part: Part)]) -> (forms: [String], gender: Person.Gender?) {
        // The case and gender under which the parts' readings score best together.
        var best: (score: Double, grammaticalCase: Grammeme, gender: Grammeme?) = (-1, .nominative, nil)
        for gender in [Grammeme.masculine, .feminine] {
            for grammaticalCase in Self.cases {
                var score = 0.0
                for part in parts {
                    let fitting = part.readings.filter { fits($0, grammaticalCase, gender) }
                    let named = fitting.filter { $0.tag.contains(Self.grammeme(of: part.part)) }
                    score += (named.map(\.score).max() ?? 0) * 2 + (fitting.map(\.score).max() ?? 0)
                }
                if score > best.score { best = (score, grammaticalCase, gender) }
            }
        }
        let gender: Person.Gender? = best.score <= 0 ? nil : best.gender == .feminine ? .female : .male
        let forms = parts.map { part -> String in
            let fitting = part.readings.filter { fits($0, best.grammaticalCase, best.gender) }
            let reading = fitting.first { $0.tag.contains(Self.grammeme(of: part.part)) }
                ?? fitting.first { $0.tag.partOfSpeech == .noun }
                ?? fitting.first
            guard let reading else { return part.text }
            if reading.tag.contains(.indeclinable) { return part.text }
            return morphology.inflect(reading, to: [.nominative, .singular])?.word
                ?? morphology.inflect(reading, to: [.nominative])?.word ?? part.text
        }
        return (forms, gender)
    }

    /// A reading in `grammaticalCase` whose gender allows `gender` (common-gender and indeclinable
    /// names fit both).
    private func fits(_ reading: Parse, _ grammaticalCase: Grammeme, _ gender: Grammeme?) -> Bool {
        guard reading.tag.contains(grammaticalCase) || reading.tag.contains(.indeclinable) && reading.tag.contains(.nominative) else {
            return false
        }
        guard let gender else { return true }
        if reading.tag.contains(.commonGender) || reading.tag.contains(gender) { return true }
        // Plural and genderless readings say nothing about gender.
        return !reading.tag.contains(.masculine) && !reading.tag.contains(.feminine) && !reading.tag.contains(.neuter)
    }
}
