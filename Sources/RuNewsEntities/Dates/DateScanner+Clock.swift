import RuNewsText

/// Times of day: "19:28", "06.00 мск", "в 19 часов", "около 7 вечера", "в 15:00 по местному времени".
extension DateScanner {
    /// "19:28", "06.00 [мск]", "19 часов" (after "в"), "7 вечера".
    func time(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        var hour: Int?, minute = 0
        var next = index + 1
        let word = words[index].text
        if tokens[index].kind == .time || (tokens[index].kind == .number && word.contains(".")) {
            guard let clock = CalendarNumbers.clock(word, separator: tokens[index].kind == .time ? ":" : ".") else { return nil }
            (hour, minute) = clock
        } else if tokens[index].kind == .number, let value = Int(word), (0...24).contains(value) {
            if let shift = DateVocabulary.hourShifts[words[safe: next] ?? ""], value <= 12 {
                hour = value + (value == 12 ? 0 : shift)
                next += 1
            } else if DateVocabulary.hourWords.contains(words[safe: next] ?? "") {
                // "в 19 часов", "15 часов дня", "13 часов 30 минут", "19 часов московского времени": a clock
                // time, not a duration, when a preposition, minutes, a part of the day or a zone says so.
                var clock = value
                var after = next + 1
                var isClock = DateVocabulary.clockPrepositions.contains(words[safe: index - 1] ?? "")
                if let minutes = Int(words[safe: after]?.text ?? ""), (0...59).contains(minutes),
                   DateVocabulary.minuteWords.contains(words[safe: after + 1] ?? "") {
                    minute = minutes
                    after += 2
                    isClock = true
                }
                if let shift = DateVocabulary.hourShifts[words[safe: after] ?? ""] {
                    clock = value <= 12 ? value + (value == 12 ? 0 : shift) : value
                    after += 1
                    isClock = true
                }
                let zoned = afterTimeZone(after)
                if zoned > after {
                    after = zoned
                    isClock = true
                }
                if isClock {
                    hour = clock
                    next = after
                }
            }
        }
        guard let hour, tokens[index].kind != .number || word.contains(".") || next > index + 1 else { return nil }
        next = afterTimeZone(next)
        return DateMatch(end: next, kind: .time, value: "T\(CalendarNumbers.padded(hour % 24, 2)):\(CalendarNumbers.padded(minute, 2))")
    }

    /// The token after the time zones that follow `index` ("мск", "по местному времени"), or `index`.
    func afterTimeZone(_ index: Int) -> Int {
        var next = index
        while let zone = DateVocabulary.timeZones.first(where: { zone in
            zone.indices.allSatisfy { words[safe: next + $0] == zone[$0] }
        }) {
            next += zone.count
        }
        return next
    }
}
