import RuNewsText

/// Ranges: "с 20 апреля по 15 июня", "с ноября по декабрь 2010 года", "с 2001 по 2005 год", "в ночь с 20 на 21 июля".
extension DateScanner {
    /// "с 20 апреля по 15 июня", "с ноября по декабрь 2010 года", "в ночь с 20 на 21 июля", "в ночь на 27 марта".
    func rangeExpression(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        var start = index
        if words[index] == "в", words[safe: index + 1] == "ночь" {
            start += 2
            if words[safe: start] == "на", let date = dayMonth(at: start + 1), date.kind == .date {
                return DateMatch(end: date.end, kind: .date, value: date.value)
            }
        }
        guard ["с", "со"].contains(words[safe: start] ?? "") else { return nil }
        let from = start + 1
        guard from < tokens.count else { return nil }
        // "с 8 часов утра до 20 часов", "с 23:00 до 5:00 утра"
        if let first = time(at: from), words[safe: first.end] == "до", let second = time(at: first.end + 1),
           let a = first.value, let b = second.value {
            return DateMatch(end: second.end, kind: .range, value: "\(a)/\(b)")
        }
        // "с 20 [апреля] по|до|на 15 июня [2010 года]"
        if let firstDay = dayNumber(at: from) {
            var next = from + 1
            let firstMonth = DateVocabulary.months[words[safe: next] ?? ""]
            if firstMonth != nil { next += 1 }
            guard ["по", "до", "на"].contains(words[safe: next] ?? ""), let second = dayMonth(at: next + 1),
                  second.kind == .date, let secondValue = second.value else { return nil }
            let parts = secondValue.split(separator: "-", omittingEmptySubsequences: false)
            let month = firstMonth ?? Int(parts[parts.count - 2]) ?? 1
            let year = secondValue.hasPrefix("--") ? nil : Int(parts[0])
            return DateMatch(end: second.end, kind: .range, value: "\(dayValue(year, month, firstDay))/\(secondValue)")
        }
        // "с 2001 по 2005 год", "с 1999 года по 2003 год": the second year says it is one.
        if let (first, next) = yearNumber(at: from, requireWord: false), ["по", "до"].contains(words[safe: next] ?? ""),
           let (second, end) = yearNumber(at: next + 1, requireWord: true), second > first {
            return DateMatch(end: end, kind: .range, value: "\(first)/\(second)")
        }
        // "с ноября по декабрь 2010 года"
        if let firstMonth = DateVocabulary.months[words[from]], ["по", "до"].contains(words[safe: from + 1] ?? ""),
           let secondMonth = DateVocabulary.months[words[safe: from + 2] ?? ""] {
            var end = from + 3
            var year: Int?
            if let (found, after) = yearNumber(at: end, requireWord: false) { year = found; end = after }
            let value = year.map { "\($0)-\(CalendarNumbers.padded(firstMonth, 2))/\($0)-\(CalendarNumbers.padded(secondMonth, 2))" }
                ?? "\(monthValue(firstMonth) ?? "")/\(monthValue(secondMonth) ?? "")"
            return DateMatch(end: end, kind: .range, value: value)
        }
        return nil
    }
}
