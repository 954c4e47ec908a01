import RuNewsText

/// Days: "25 августа 2023 года", "25.08.2023", "в минувшую среду", "вчера вечером".
extension DateScanner {
    /// "25 августа [2023 [года]]", "3-4 июня 2010 г.", "21-22 октября".
    func dayMonth(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        guard let day = dayNumber(at: index) else { return nil }
        var next = index + 1
        var lastDay: Int?
        if DateVocabulary.dashes.contains(words[safe: next] ?? ""), let second = dayNumber(at: next + 1), second > day {
            lastDay = second
            next += 2
        }
        guard let month = DateVocabulary.months[words[safe: next] ?? ""] else { return nil }
        next += 1
        var year: Int?
        if let (found, end) = yearNumber(at: next, requireWord: false) {
            year = found
            next = end
        } else if let (offset, end) = deicticYear(at: next) {
            year = reference.map { $0.year + offset }
            next = end
        }
        if let lastDay {
            return DateMatch(end: next, kind: .range,
                             value: "\(dayValue(year, month, day))/\(dayValue(year, month, lastDay))")
        }
        return DateMatch(end: next, kind: .date, value: dayValue(year, month, day))
    }

    /// "25.08.2023", "28.08.23".
    func numericDate(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        guard tokens[index].kind == .date else { return nil }
        guard let date = CalendarNumbers.date(words[index].text, years: Self.years) else { return nil }
        return DateMatch(end: index + 1, kind: .date, value: dayValue(date.year, date.month, date.day))
    }

    /// "[в минувшую] среду [, 12 мая] [утром]".
    func weekday(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        var next = index
        if DateVocabulary.weekdayModifiers.contains(words[index]) { next += 1 }
        guard let weekday = DateVocabulary.weekdays[words[safe: next] ?? ""] else { return nil }
        next += 1
        let weekdayEnd = next
        // "в понедельник днем, 24 января", "В воскресенье, рано утром 9 апреля"
        var ahead = next
        if let part = words[safe: ahead], DateVocabulary.dayParts.contains(part) { ahead += 1 }
        if words[safe: ahead] == "," { ahead += 1 }
        if DateVocabulary.earlyLate.contains(words[safe: ahead] ?? "") { ahead += 1 }
        if let part = words[safe: ahead], DateVocabulary.dayParts.contains(part) { ahead += 1 }
        if let date = dayMonth(at: ahead), date.kind == .date {
            return DateMatch(end: date.end, kind: .date, value: date.value)
        }
        next = weekdayEnd
        if let part = words[safe: next], DateVocabulary.dayParts.contains(part) { next += 1 }
        let modifier = DateVocabulary.weekdayModifiers.contains(words[index]) ? words[index].text : nil
        return DateMatch(end: next, kind: .weekday, value: weekdayValue(weekday, modifier: modifier))
    }

    /// "сегодня", "вчера вечером", "накануне".
    func relativeDay(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        guard let offset = DateVocabulary.relativeDays[words[index]] else { return nil }
        var next = index + 1
        if let part = words[safe: next], DateVocabulary.dayParts.contains(part) { next += 1 }
        return DateMatch(end: next, kind: .relative, value: reference.map { $0.adding(days: offset).description })
    }

    /// A day of the month as a number token.
    func dayNumber(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .number, let day = Int(words[index].text), (1...31).contains(day),
              words[index].text.count <= 2 else { return nil }
        return day
    }
}
