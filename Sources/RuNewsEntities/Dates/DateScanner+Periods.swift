import RuNewsText

/// Months, years and longer: "в конце сентября 2010-го", "в 2007-2008 годах", "в начале 90-х",
/// "осенью 2004 года", "первое полугодие 2009 года", "XXI век".
extension DateScanner {
    /// "сентября 2010 года", "в ноябре", "в конце июля", "в марте этого года", "в конце сентября 2010-го".
    func monthExpression(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        var next = index
        let hasPart = DateVocabulary.parts.contains(words[index])
        if hasPart { next += 1 }
        guard let month = DateVocabulary.months[words[safe: next] ?? ""] else { return nil }
        next += 1
        if let (year, end) = yearNumber(at: next, requireWord: false) {
            return DateMatch(end: end, kind: .month, value: "\(CalendarNumbers.padded(year, 4))-\(CalendarNumbers.padded(month, 2))")
        }
        if let (offset, end) = deicticYear(at: next) {
            let value = reference.map { "\(CalendarNumbers.padded($0.year + offset, 4))-\(CalendarNumbers.padded(month, 2))" }
                ?? "--\(CalendarNumbers.padded(month, 2))"
            return DateMatch(end: end, kind: .month, value: value)
        }
        if words[safe: next] == "того", words[safe: next + 1] == "же", words[safe: next + 2] == "года" {
            return DateMatch(end: next + 3, kind: .month, value: "--\(CalendarNumbers.padded(month, 2))")
        }
        // A month name alone: after "в" or a part word, or written lowercase ("Август" may be a name).
        let lowercase = text.scalars[Int(tokens[next - 1].start)].properties.isLowercase
        guard hasPart || lowercase || ["в", "во"].contains(words[safe: index - 1] ?? "") else { return nil }
        return DateMatch(end: next, kind: .month, value: monthValue(month))
    }

    /// "2005 году", "2010-го [года]", "в конце 2005 года", "2007-2008 годах".
    func yearExpression(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        var start = index
        if DateVocabulary.parts.contains(words[index]) { start += 1 }
        guard start < tokens.count else { return nil }
        if tokens[start].kind == .number, let first = Int(words[start].text), Self.years.contains(first),
           DateVocabulary.dashes.contains(words[safe: start + 1] ?? ""), start + 2 < tokens.count {
            if let second = Int(words[start + 2].text), Self.years.contains(second), second > first,
               let yearWord = words[safe: start + 3], DateVocabulary.yearWords.contains(yearWord) {
                return DateMatch(end: start + 4, kind: .range, value: "\(first)/\(second)")
            }
            // "2005-2008гг."
            if let second = gluedYear(at: start + 2), second.year > first {
                return DateMatch(end: second.end, kind: .range, value: "\(first)/\(second.year)")
            }
        }
        if let (year, end) = yearNumber(at: start, requireWord: true) {
            return DateMatch(end: end, kind: .year, value: CalendarNumbers.padded(year, 4))
        }
        // "в 1995": a bare year after "в", when no noun it could count follows.
        guard start == index, ["в", "во"].contains(words[safe: index - 1] ?? ""), tokens[index].kind == .number,
              words[index].text.count == 4, let year = Int(words[index].text), (1800...2100).contains(year),
              !(words[safe: index + 1].map { $0.text.first?.isLetter ?? false } ?? false) else { return nil }
        return DateMatch(end: index + 1, kind: .year, value: String(year))
    }

    /// "80-х [годов] [прошлого века]", "90-е", "2000-х".
    func decade(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        var next = index
        if DateVocabulary.parts.contains(words[index]) { next += 1 }
        guard let word = words[safe: next]?.text, Self.opensWithNumber(word), let dash = word.firstIndex(of: "-"),
              DateVocabulary.decadeEndings.contains(String(word[word.index(after: dash)...])),
              let number = Int(word[..<dash]), number % 10 == 0 else { return nil }
        next += 1
        if let word = words[safe: next], DateVocabulary.decadeWords.contains(word) { next += 1 }
        if words[safe: next] == "прошлого", words[safe: next + 1] == "века" { next += 2 }
        let decade: Int
        switch number {
        case 10...90: decade = 1900 + number
        case 1000...2990: decade = number
        default: return nil
        }
        return DateMatch(end: next, kind: .decade, value: String(decade / 10) + "X")
    }

    /// "осенью 2004 года", "весной", "осени текущего года".
    func season(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        guard let code = DateVocabulary.seasons[words[index]] else { return nil }
        if let (year, end) = yearNumber(at: index + 1, requireWord: true) {
            return DateMatch(end: end, kind: .season, value: "\(year)-\(code)")
        }
        if let (offset, end) = deicticYear(at: index + 1) {
            return DateMatch(end: end, kind: .season, value: reference.map { "\($0.year + offset)-\(code)" })
        }
        guard DateVocabulary.adverbialSeasons.contains(words[index]) else { return nil }
        return DateMatch(end: index + 1, kind: .season, value: nil)
    }

    /// "первое полугодие 2009 года", "второй квартал 2010 года".
    func halfYear(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        guard let number = DateVocabulary.ordinals[words[index]], let unit = words[safe: index + 1] else { return nil }
        guard let letter = DateVocabulary.yearParts[unit] else { return nil }
        let code = letter + String(number)
        guard let (year, end) = yearNumber(at: index + 2, requireWord: true) else { return nil }
        return DateMatch(end: end, kind: .season, value: "\(year)-\(code)")
    }

    /// "XXI век", "XX века": value is the ISO century ("19" for the 20th).
    func century(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        var next = index
        if ["в", "во"].contains(words[index]) { next += 1 }
        guard let roman = words[safe: next], let number = Self.romanValue(roman.text),
              let word = words[safe: next + 1], DateVocabulary.centuryWords.contains(word) else { return nil }
        return DateMatch(end: next + 2, kind: .century, value: CalendarNumbers.padded(number - 1, 2))
    }

    /// A year: "2010" [year word], "2010-го" [year word]; with `requireWord` a year word or the "-го"
    /// suffix must follow.
    func yearNumber(at index: Int, requireWord: Bool) -> (Int, Int)? {
        guard index < tokens.count else { return nil }
        var year: Int?
        var hasSuffix = false
        if tokens[index].kind == .number, let value = Int(words[index].text), Self.years.contains(value) {
            year = value
        } else if tokens[index].kind == .word, Self.opensWithNumber(words[index].text), let dash = words[index].text.firstIndex(of: "-"),
                  DateVocabulary.yearSuffixes.contains(String(words[index].text[words[index].text.index(after: dash)...])),
                  let value = Int(words[index].text[..<dash]) {
            if Self.years.contains(value) { year = value } else if value < 100, words[index].text[..<dash].count == 2 {
                year = CalendarNumbers.twoDigitCentury(value) + value
            }
            hasSuffix = true
        }
        if year == nil, tokens[index].kind == .number, let value = Int(words[index].text), (100...9999).contains(value),
           let word = words[safe: index + 1], DateVocabulary.yearWords.contains(word), word.hasPrefix("год") {
            year = value  // "в 1704 году", "2892 год": any year the text calls one
        }
        if year == nil, let glued = gluedYear(at: index) { return glued }
        guard let year else { return nil }
        var end = index + 1
        if let word = words[safe: end], DateVocabulary.yearWords.contains(word) {
            end += 1
        } else if requireWord && !hasSuffix {
            return nil
        } else if hasSuffix && words[index].text.split(separator: "-")[0].count == 2 {
            return nil  // "40-й" is an ordinal; "67-го года" needs its year word
        }
        return (year, end)
    }

    /// "в 1997г.", "5 мая 1960г.": a year with the year word's abbreviation written onto the number (one
    /// token), and where it ends, its period included.
    func gluedYear(at index: Int) -> (year: Int, end: Int)? {
        guard index < tokens.count, tokens[index].kind == .word, Self.opensWithNumber(words[index].text),
              let letters = words[index].text.firstIndex(where: { !$0.isNumber }), ["г", "гг"].contains(words[index].text[letters...]),
              let value = Int(words[index].text[..<letters]), Self.years.contains(value) else { return nil }
        let period = words[safe: index + 1] == "." && tokens[index].end == tokens[index + 1].start
        return (value, index + (period ? 2 : 1))
    }

    /// "этого года", "прошлого года": the offset from the reference year.
    func deicticYear(at index: Int) -> (Int, Int)? {
        guard let offset = DateVocabulary.yearDeictics[words[safe: index] ?? ""], words[safe: index + 1] == "года" else { return nil }
        return (offset, index + 2)
    }

    /// Roman digits as folded words write them (Cyrillic "х" too).
    /// A folded Roman digit's value (a Cyrillic "х" too), asked of the last letter of every word a date may open.
    static func romanDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "i": 1
        case "v": 5
        case "x", "х": 10
        case "l": 50
        case "c": 100
        default: nil
        }
    }

    static func romanValue(_ text: String) -> Int? {
        var total = 0, previous = 0
        for scalar in text.unicodeScalars.reversed() {
            guard let value = romanDigit(scalar) else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 && total <= 30 ? total : nil
    }
}
