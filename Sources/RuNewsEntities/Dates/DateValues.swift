import RuNewsText

/// ISO 8601 values of what the patterns read, resolved against the reference where it is known.
extension DateScanner {
    /// The years a number may be: "в 1704 году" is one, "2892 год" only with its year word.
    static let years = 1000...2100

    func dayValue(_ year: Int?, _ month: Int, _ day: Int) -> String {
        if let year { return "\(CalendarNumbers.padded(year, 4))-\(CalendarNumbers.padded(month, 2))-\(CalendarNumbers.padded(day, 2))" }
        guard let reference else { return "--\(CalendarNumbers.padded(month, 2))-\(CalendarNumbers.padded(day, 2))" }
        // The most recent such day not after the reference.
        var resolvedYear = reference.year
        if (month, day) > (reference.month, reference.day) { resolvedYear -= 1 }
        return "\(CalendarNumbers.padded(resolvedYear, 4))-\(CalendarNumbers.padded(month, 2))-\(CalendarNumbers.padded(day, 2))"
    }

    func monthValue(_ month: Int) -> String? {
        guard let reference else { return "--\(CalendarNumbers.padded(month, 2))" }
        let year = month > reference.month ? reference.year - 1 : reference.year
        return "\(CalendarNumbers.padded(year, 4))-\(CalendarNumbers.padded(month, 2))"
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
            return "\(CalendarNumbers.padded(months / 12, 4))-\(CalendarNumbers.padded(months % 12 + 1, 2))"
        case "Y": return CalendarNumbers.padded(reference.year + sign * amount, 4)
        default: return nil
        }
    }
}
