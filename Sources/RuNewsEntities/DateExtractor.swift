import RuNewsText

/// Finds date and time expressions in Russian text and gives their ISO 8601 values.
///
/// Rules over tokens, longest match first at each position: "25 августа 2023 года", "3-4 июня",
/// "с 20 апреля по 15 июня", "в конце сентября 2010-го", "в 2007-2008 годах", "в начале 90-х",
/// "осенью 2004 года", "в 19:28", "около 7 вечера", "в минувшую среду 12 мая", "вчера вечером",
/// "через два дня", "в этом году". A leading "в"/"во" belongs to the expression ("в 2005 году"), other
/// prepositions do not, except "с … по" of a range, "через" and "около". Year-less and relative
/// expressions are resolved against the reference date (the most recent such day not after it);
/// without one they stay partial ("--08-25") or null. Durations ("в течение трёх лет") are not dates.
public struct DateExtractor: Sendable {
    public init() {}

    /// Date expressions of `segmentation`, ranges in its normalised text.
    public func extract(from segmentation: Segmentation, reference: CalendarDate? = nil) -> [DateMention] {
        var scanner = DateScanner(segmentation: segmentation, reference: reference)
        return scanner.run()
    }

    /// The same over a text already analysed, reusing its folded words.
    public func extract(from text: AnalysedText, reference: CalendarDate? = nil) -> [DateMention] {
        var scanner = DateScanner(segmentation: text.segmentation, reference: reference, words: text.folded)
        return scanner.run()
    }
}

/// One expression found: token range, kind and value.
struct DateMatch {
    var end: Int  // token index after the last token
    var kind: DateMention.Kind
    var value: String?
}

/// The scan over one text's tokens.
struct DateScanner {
    let text: NormalizedText
    let tokens: [Token]
    /// Folded token texts, compared by bytes.
    let words: [Word]
    let reference: CalendarDate?

    init(segmentation: Segmentation, reference: CalendarDate?,
         words: [Word]? = nil) {
        text = segmentation.text
        tokens = segmentation.tokens
        self.words = words ?? segmentation.tokens.map { Word(Folding.fold(segmentation.text.string(in: $0.range))) }
        self.reference = reference
    }

    mutating func run() -> [DateMention] {
        var results: [DateMention] = []
        var index = 0
        while index < tokens.count {
            guard mayStart(at: index), let match = expression(at: index) else { index += 1; continue }
            let range = Int(tokens[index].start)..<Int(tokens[match.end - 1].end)
            results.append(DateMention(mention: Mention(start: range.lowerBound, end: range.upperBound,
                                                        text: text.string(in: range)),
                                       kind: match.kind, value: match.value))
            index = match.end
        }
        return results
    }

    // MARK: - Expressions

    /// The longest expression starting at `index`, with a leading preposition where it belongs.
    func expression(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        var best = core(at: index)
        if let phrase = relativePhrase(at: index), phrase.end > (best?.end ?? 0) { best = phrase }
        if let range = rangeExpression(at: index), range.end > (best?.end ?? 0) { best = range }
        let word = words[index]
        if word == "в" || word == "во", let inner = core(at: index + 1), inner.kind != .relative {
            if inner.end > (best?.end ?? 0) { best = DateMatch(end: inner.end, kind: inner.kind, value: inner.value) }
        }
        if word == "около", let inner = core(at: index + 1), inner.kind == .time || inner.kind == .relative {
            if inner.end > (best?.end ?? 0) { best = inner }
        }
        if word == "через", let relative = quantity(at: index + 1) {
            best = DateMatch(end: relative.end, kind: .relative, value: shifted(relative.amount, relative.unit, sign: 1))
        }
        // "за два дня [до …]": a span back from an event, which the text does not date.
        if word == "за", let relative = quantity(at: index + 1), relative.end > (best?.end ?? 0) {
            best = DateMatch(end: relative.end, kind: .relative, value: nil)
        }
        if let relative = deicticPhrase(at: index), relative.end > (best?.end ?? 0) { best = relative }
        if let century = century(at: index), century.end > (best?.end ?? 0) { best = century }
        return best
    }

    /// Whether an expression can start at `index` at all: numbers, and the words the patterns begin with.
    /// Most tokens are neither, and skipping them saves trying every pattern.
    func mayStart(at index: Int) -> Bool {
        switch tokens[index].kind {
        case .number, .date, .time: return true
        case .word:
            let word = words[index]
            if DateVocabulary.starters.contains(word) { return true }
            if let first = word.text.unicodeScalars.first, first.properties.numericType != nil { return true }
            return DateVocabulary.deicticAdjectives.keys.contains { word.hasPrefix($0) } || Self.romanValue(word.text) != nil
        default: return false
        }
    }

    /// An expression without a leading preposition.
    func core(at index: Int) -> DateMatch? {
        guard index < tokens.count else { return nil }
        let candidates = [
            dayMonth(at: index), numericDate(at: index), weekday(at: index), monthExpression(at: index),
            yearExpression(at: index), decade(at: index), season(at: index), time(at: index),
            relativeDay(at: index), ago(at: index), halfYear(at: index),
        ]
        var best: DateMatch?
        for candidate in candidates.compactMap({ $0 }) where candidate.end > (best?.end ?? 0) { best = candidate }
        // "утром в 06.00 … 21 мая 2011 года", "21 мая в 15:00": a time and a date make a datetime.
        if let first = best, first.kind == .time || first.kind == .date {
            var next = first.end
            // "28 августа 2023, 07:27"
            if first.kind == .date, words[safe: next] == ",", tokens.indices.contains(next + 1), tokens[next + 1].kind == .time {
                next += 1
            }
            if words[safe: next] == "по", words[safe: next + 1] == "московскому", words[safe: next + 2] == "времени" { next += 3 }
            if words[safe: next] == ",", let weekday = weekday(at: next + (words[safe: next + 1] == "в" ? 2 : 1)),
               weekday.kind == .weekday, words[safe: weekday.end] == "," {
                next = weekday.end + 1  // "20 марта, в субботу, в 16:00"
            }
            if words[safe: next] == "в" { next += 1 }
            if !hasLineBreak(before: next), let second = dayMonth(at: next) ?? time(at: next), second.kind != first.kind,
               second.kind == .time || second.kind == .date {
                let (date, clock) = first.kind == .date ? (first.value, second.value) : (second.value, first.value)
                return DateMatch(end: second.end, kind: .datetime, value: date.flatMap { d in clock.map { d + $0 } })
            }
        }
        return best
    }

    /// "25 августа [2023 [года]]", "3-4 июня 2010 г.", "21-22 октября".
    func dayMonth(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        guard let day = dayNumber(at: index) else { return nil }
        var next = index + 1
        var lastDay: Int?
        if Self.dashes.contains(words[safe: next] ?? ""), let second = dayNumber(at: next + 1), second > day {
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
        let parts = words[index].text.split(separator: ".").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[0]) else { return nil }
        let year = parts[2] < 100 ? Self.century(ofTwoDigit: parts[2]) + parts[2] : parts[2]
        return DateMatch(end: index + 1, kind: .date, value: dayValue(year, parts[1], parts[0]))
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
        if ["рано", "поздно"].contains(words[safe: ahead] ?? "") { ahead += 1 }
        if let part = words[safe: ahead], DateVocabulary.dayParts.contains(part) { ahead += 1 }
        if let date = dayMonth(at: ahead), date.kind == .date {
            return DateMatch(end: date.end, kind: .date, value: date.value)
        }
        next = weekdayEnd
        if let part = words[safe: next], DateVocabulary.dayParts.contains(part) { next += 1 }
        let modifier = DateVocabulary.weekdayModifiers.contains(words[index]) ? words[index].text : nil
        return DateMatch(end: next, kind: .weekday, value: weekdayValue(weekday, modifier: modifier))
    }

    /// "сентября 2010 года", "в ноябре", "в конце июля", "в марте этого года", "в конце сентября 2010-го".
    func monthExpression(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        var next = index
        let hasPart = DateVocabulary.parts.contains(words[index])
        if hasPart { next += 1 }
        guard let month = DateVocabulary.months[words[safe: next] ?? ""] else { return nil }
        next += 1
        if let (year, end) = yearNumber(at: next, requireWord: false) {
            return DateMatch(end: end, kind: .month, value: "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))")
        }
        if let (offset, end) = deicticYear(at: next) {
            let value = reference.map { "\(CalendarDate.pad($0.year + offset, 4))-\(CalendarDate.pad(month, 2))" }
                ?? "--\(CalendarDate.pad(month, 2))"
            return DateMatch(end: end, kind: .month, value: value)
        }
        if words[safe: next] == "того", words[safe: next + 1] == "же", words[safe: next + 2] == "года" {
            return DateMatch(end: next + 3, kind: .month, value: "--\(CalendarDate.pad(month, 2))")
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
        if tokens[start].kind == .number, let first = Int(words[start].text), Self.isYear(first),
           Self.dashes.contains(words[safe: start + 1] ?? ""),
           let second = Int(words[safe: start + 2]?.text ?? ""), Self.isYear(second), second > first,
           let yearWord = words[safe: start + 3], DateVocabulary.yearWords.contains(yearWord) {
            return DateMatch(end: start + 4, kind: .range, value: "\(first)/\(second)")
        }
        if let (year, end) = yearNumber(at: start, requireWord: true) {
            return DateMatch(end: end, kind: .year, value: CalendarDate.pad(year, 4))
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
        guard let word = words[safe: next]?.text, let dash = word.firstIndex(of: "-"),
              ["х", "е", "ых"].contains(String(word[word.index(after: dash)...])),
              let number = Int(word[..<dash]), number % 10 == 0 else { return nil }
        next += 1
        if let word = words[safe: next], ["годов", "годах", "годы", "года"].contains(word) { next += 1 }
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
        // Alone, only the adverbial forms are a time: "весной", not "эту весну".
        guard ["весной", "летом", "осенью", "зимой"].contains(words[index]) else { return nil }
        return DateMatch(end: index + 1, kind: .season, value: nil)
    }

    /// "первое полугодие 2009 года", "второй квартал 2010 года".
    func halfYear(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        guard let number = DateVocabulary.ordinals[words[index]], let unit = words[safe: index + 1] else { return nil }
        let code: String
        switch unit {
        case "полугодие", "полугодии": code = "H\(number)"
        case "квартал", "квартале": code = "Q\(number)"
        default: return nil
        }
        guard let (year, end) = yearNumber(at: index + 2, requireWord: true) else { return nil }
        return DateMatch(end: end, kind: .season, value: "\(year)-\(code)")
    }

    /// "19:28", "06.00 [мск]", "19 часов" (after "в"), "7 вечера".
    func time(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        var hour: Int?, minute = 0
        var next = index + 1
        if tokens[index].kind == .time || (tokens[index].kind == .number && words[index].text.contains(".")) {
            let parts = words[index].text.split(whereSeparator: { $0 == ":" || $0 == "." }).compactMap { Int($0) }
            guard parts.count >= 2, (0...23).contains(parts[0]), (0...59).contains(parts[1]) else { return nil }
            if tokens[index].kind == .number, words[index].text.split(separator: ".").last?.count != 2 { return nil }
            hour = parts[0]
            minute = parts[1]
        } else if tokens[index].kind == .number, let value = Int(words[index].text), (0...24).contains(value) {
            if let shift = DateVocabulary.hourShifts[words[safe: next] ?? ""], value <= 12 {
                hour = value + (value == 12 ? 0 : shift)
                next += 1
            } else if ["час", "часа", "часов"].contains(words[safe: next] ?? "") {
                // "в 19 часов", "15 часов дня", "13 часов 30 минут": a clock time, not a duration.
                var clock = value
                var after = next + 1
                var isClock = ["в", "около", "к", "до", "с", "после"].contains(words[safe: index - 1] ?? "")
                if let minutes = Int(words[safe: after]?.text ?? ""), (0...59).contains(minutes),
                   ["минут", "минуты", "минута"].contains(words[safe: after + 1] ?? "") {
                    minute = minutes
                    after += 2
                    isClock = true
                }
                if let shift = DateVocabulary.hourShifts[words[safe: after] ?? ""] {
                    clock = value <= 12 ? value + (value == 12 ? 0 : shift) : value
                    after += 1
                    isClock = true
                }
                if words[safe: after] == "московского", words[safe: after + 1] == "времени" {
                    after += 2
                    isClock = true
                }
                if isClock {
                    hour = clock
                    next = after
                }
            }
        }
        guard let hour, tokens[index].kind != .number || words[index].text.contains(".") || next > index + 1 else { return nil }
        if words[safe: next] == "мск" { next += 1 }
        if words[safe: next] == "по", ["московскому", "местному"].contains(words[safe: next + 1] ?? ""), words[safe: next + 2] == "времени" { next += 3 }
        return DateMatch(end: next, kind: .time, value: "T\(CalendarDate.pad(hour % 24, 2)):\(CalendarDate.pad(minute, 2))")
    }

    /// "сегодня", "вчера вечером", "накануне".
    func relativeDay(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        guard let offset = DateVocabulary.relativeDays[words[index]] else { return nil }
        var next = index + 1
        if let part = words[safe: next], DateVocabulary.dayParts.contains(part) { next += 1 }
        return DateMatch(end: next, kind: .relative, value: reference.map { $0.adding(days: offset).description })
    }

    /// "несколько дней назад", "три года назад".
    func ago(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        guard let quantity = quantity(at: index), words[safe: quantity.end] == "назад" else { return nil }
        return DateMatch(end: quantity.end + 1, kind: .relative, value: shifted(quantity.amount, quantity.unit, sign: -1))
    }

    /// "в этом году", "на прошлой неделе", "на следующий день" …
    func relativePhrase(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        var best: DateMatch?
        for phrase in DateVocabulary.relativePhrases where phrase.count > (best.map { $0.end - index } ?? 0) {
            guard index + phrase.count <= tokens.count,
                  phrase.indices.allSatisfy({ words[index + $0] == phrase[$0] }) else { continue }
            var value: String?
            if let reference, phrase.last == "году", let offset = DateVocabulary.yearDeictics[phrase[phrase.count - 2]] {
                value = String(reference.year + offset)
            }
            best = DateMatch(end: index + phrase.count, kind: .relative, value: value)
        }
        return best
    }

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
        // "с ноября по декабрь 2010 года"
        if let firstMonth = DateVocabulary.months[words[from]], ["по", "до"].contains(words[safe: from + 1] ?? ""),
           let secondMonth = DateVocabulary.months[words[safe: from + 2] ?? ""] {
            var end = from + 3
            var year: Int?
            if let (found, after) = yearNumber(at: end, requireWord: false) { year = found; end = after }
            let value = year.map { "\($0)-\(CalendarDate.pad(firstMonth, 2))/\($0)-\(CalendarDate.pad(secondMonth, 2))" }
                ?? "\(monthValue(firstMonth) ?? "")/\(monthValue(secondMonth) ?? "")"
            return DateMatch(end: end, kind: .range, value: value)
        }
        return nil
    }

    /// "в прошедшем году", "конца года", "к концу недели", "последних лет", "в уходящем сезоне",
    /// "В следующее десятилетие": a time unit tied to now by a part word or an adjective.
    func deicticPhrase(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        var next = index
        if ["в", "во", "на"].contains(words[index]) { next += 1 }
        var tied = false
        if DateVocabulary.parts.contains(words[safe: next] ?? "") { next += 1; tied = true }
        var offset: Int?
        if let word = words[safe: next], let found = DateVocabulary.deicticAdjectives.first(where: { word.hasPrefix($0.key) }) {
            next += 1
            tied = true
            offset = found.value
        }
        guard tied, let unit = words[safe: next], DateVocabulary.timeNouns.contains(unit) else { return nil }
        var value: String?
        if let reference, let offset, unit.hasPrefix("год") { value = String(reference.year + offset) }
        return DateMatch(end: next + 1, kind: .relative, value: value)
    }

    /// "XXI век", "XX века": value is the ISO century ("19" for the 20th).
    func century(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        var next = index
        if ["в", "во"].contains(words[index]) { next += 1 }
        guard let roman = words[safe: next], let number = Self.romanValue(roman.text),
              let word = words[safe: next + 1], ["век", "века", "веке", "веку", "веком"].contains(word) else { return nil }
        return DateMatch(end: next + 2, kind: .century, value: CalendarDate.pad(number - 1, 2))
    }

    /// Roman digits as folded words write them (Cyrillic "х" too).
    static let romanDigits: [Unicode.Scalar: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "х": 10]

    static func romanValue(_ text: String) -> Int? {
        var total = 0, previous = 0
        for scalar in text.unicodeScalars.reversed() {
            guard let value = romanDigits[scalar] else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 && total <= 30 ? total : nil
    }

    /// A line break between token `index` and the one before it: expressions never cross one.
    func hasLineBreak(before index: Int) -> Bool {
        guard index > 0, index < tokens.count else { return true }
        return text.scalars[Int(tokens[index - 1].end)..<Int(tokens[index].start)].contains("\n")
    }

    // MARK: - Parts

    /// A day of the month as a number token.
    func dayNumber(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .number, let day = Int(words[index].text), (1...31).contains(day),
              words[index].text.count <= 2 else { return nil }
        return day
    }

    /// A year: "2010" [year word], "2010-го" [year word]; with `requireWord` a year word or the "-го"
    /// suffix must follow.
    func yearNumber(at index: Int, requireWord: Bool) -> (Int, Int)? {
        guard index < tokens.count else { return nil }
        var year: Int?
        var hasSuffix = false
        if tokens[index].kind == .number, let value = Int(words[index].text), Self.isYear(value) {
            year = value
        } else if tokens[index].kind == .word, let dash = words[index].text.firstIndex(of: "-"),
                  ["го", "й", "м"].contains(String(words[index].text[words[index].text.index(after: dash)...])),
                  let value = Int(words[index].text[..<dash]) {
            if Self.isYear(value) { year = value } else if value < 100, words[index].text[..<dash].count == 2 {
                year = Self.century(ofTwoDigit: value) + value
            }
            hasSuffix = true
        }
        if year == nil, tokens[index].kind == .number, let value = Int(words[index].text), (100...9999).contains(value),
           let word = words[safe: index + 1], DateVocabulary.yearWords.contains(word), word.hasPrefix("год") {
            year = value  // "в 1704 году", "2892 год": any year the text calls one
        }
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

    /// "этого года", "прошлого года": the offset from the reference year.
    func deicticYear(at index: Int) -> (Int, Int)? {
        guard let offset = DateVocabulary.yearDeictics[words[safe: index] ?? ""], words[safe: index + 1] == "года" else { return nil }
        return (offset, index + 2)
    }

    /// "несколько дней", "два года", "10 дней" → amount (nil when vague) and calendar unit.
    func quantity(at index: Int) -> (amount: Int?, unit: Character, end: Int)? {
        guard let word = words[safe: index] else { return nil }
        var amount: Int?
        var next = index + 1
        if let count = DateVocabulary.counts[word] {
            amount = count == 0 ? nil : count
        } else if tokens[index].kind == .number, let value = Int(word.text) {
            amount = value
        } else if let unit = DateVocabulary.units[word], ["неделю", "месяц", "год", "час", "сутки"].contains(word) {
            return (1, unit, next)
        } else if word == "полчаса" || word == "полгода" || word == "полмесяца" {
            return (nil, word == "полчаса" ? "H" : word == "полгода" ? "Y" : "M", next)
        } else {
            return nil
        }
        guard let unitWord = words[safe: next], let unit = DateVocabulary.units[unitWord] else { return nil }
        next += 1
        return (amount, unit, next)
    }

    // MARK: - Values

    static func isYear(_ value: Int) -> Bool { (1000...2100).contains(value) }

    static let dashes: Set<Word> = ["-", "–", "—"]

    /// "23" → 2000, "67" → 1900: two-digit years up to 49 are this century's.
    static func century(ofTwoDigit value: Int) -> Int { value < 50 ? 2000 : 1900 }

    func dayValue(_ year: Int?, _ month: Int, _ day: Int) -> String {
        if let year { return "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))" }
        guard let reference else { return "--\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))" }
        // The most recent such day not after the reference.
        var resolvedYear = reference.year
        if (month, day) > (reference.month, reference.day) { resolvedYear -= 1 }
        return "\(CalendarDate.pad(resolvedYear, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
    }

    func monthValue(_ month: Int) -> String? {
        guard let reference else { return "--\(CalendarDate.pad(month, 2))" }
        let year = month > reference.month ? reference.year - 1 : reference.year
        return "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))"
    }

    /// A weekday resolved to the most recent such day not after the reference ("в минувшую пятницу");
    /// "следующую" looks forward. Without a reference, nil.
    func weekdayValue(_ weekday: Int, modifier: String?) -> String? {
        guard let reference else { return nil }
        let forward = modifier.map { $0.hasPrefix("следующ") || $0.hasPrefix("ближайш") } ?? false
        let delta = forward ? (weekday - reference.weekday + 7) % 7 : -((reference.weekday - weekday + 7) % 7)
        return reference.adding(days: forward && delta == 0 ? 7 : delta).description
    }

    /// The reference moved by an amount of days, weeks, months or years; nil when vague or unresolvable.
    func shifted(_ amount: Int?, _ unit: Character, sign: Int) -> String? {
        guard let reference, let amount else { return nil }
        switch unit {
        case "D": return reference.adding(days: sign * amount).description
        case "W": return reference.adding(days: sign * 7 * amount).description
        case "M":
            let months = reference.year * 12 + reference.month - 1 + sign * amount
            return "\(CalendarDate.pad(months / 12, 4))-\(CalendarDate.pad(months % 12 + 1, 2))"
        case "Y": return CalendarDate.pad(reference.year + sign * amount, 4)
        default: return nil
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        index >= 0 && index < count ? self[index] : nil
    }
}
