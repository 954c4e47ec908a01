/// Russian month names in every case form, folded (lowercase, ё → е), and the English abbreviations and names
/// that turn up in datelines: the one table both the date extractor and dateline reading use.
public enum MonthNames {
    public static let numbers: [String: Int] = {
        let stems: [(String, [String], Int)] = [
            ("январ", ["ь", "я", "ю", "ем", "е"], 1), ("феврал", ["ь", "я", "ю", "ем", "е"], 2),
            ("март", ["", "а", "у", "ом", "е"], 3), ("апрел", ["ь", "я", "ю", "ем", "е"], 4),
            ("ма", ["й", "я", "ю", "ем", "е"], 5), ("июн", ["ь", "я", "ю", "ем", "е"], 6),
            ("июл", ["ь", "я", "ю", "ем", "е"], 7), ("август", ["", "а", "у", "ом", "е"], 8),
            ("сентябр", ["ь", "я", "ю", "ем", "е"], 9), ("октябр", ["ь", "я", "ю", "ем", "е"], 10),
            ("ноябр", ["ь", "я", "ю", "ем", "е"], 11), ("декабр", ["ь", "я", "ю", "ем", "е"], 12),
        ]
        var table: [String: Int] = [:]
        for (stem, endings, month) in stems { for ending in endings { table[stem + ending] = month } }
        return table
    }()

    /// "янв", "фев" …, "jan", "feb" …: abbreviations of datelines, with or without a period.
    public static let abbreviations: [String: Int] = [
        "янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
        "ноя": 11, "нояб": 11, "дек": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
        "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// "january" … "december", "sept": English datelines ("November 27th, 2011").
    public static let english: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7, "august": 8, "september": 9,
        "sept": 9, "october": 10, "november": 11, "december": 12,
    ]
}

/// Days named relative to today, folded, with their offset in days: the words both a page's dateline
/// ("Сегодня, 13:12") and a text's date expressions ("вчера вечером") are read by.
public enum RelativeDayNames {
    public static let offsets: [String: Int] = [
        "сегодня": 0, "вчера": -1, "позавчера": -2, "завтра": 1, "послезавтра": 2,
    ]
}

/// Dates and clock times written in digits, and the zero-padded digits of ISO 8601: read and written the
/// same way by datelines (pages) and by the date extractor (text).
public enum CalendarNumbers {
    // Inlinable: datelines ask these of every word of every short block, from other modules, where a
    // generic call left unspecialised costs more than the reading.

    /// "19:28", "19:28:05" (or "06.00" with `separator: "."`) → hour and minute; minutes in two digits.
    @inlinable public static func clock(_ word: some StringProtocol, separator: Character = ":") -> (hour: Int, minute: Int)? {
        // Most words a dateline reader tries are no clock: it takes a digit first and its separator.
        guard let first = word.utf8.first, (0x30...0x39).contains(first), let mark = separator.utf8.first,
              word.utf8.contains(mark) else { return nil }
        let parts = word.split(separator: separator)
        guard parts.count == 2 || parts.count == 3, let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...23).contains(hour), (0...59).contains(minute), parts[1].count == 2 else { return nil }
        return (hour, minute)
    }

    /// "28.11.2011", "28.11.11", "2011.11.28", "16/01/2012", "2011-11-28", "2011-11-28t18:59" → year,
    /// month and day, the year within `years`; two-digit years up to 49 are this century's.
    @inlinable public static func date(_ word: some StringProtocol, years: ClosedRange<Int>) -> (year: Int, month: Int, day: Int)? {
        // A digit first and a period, slash or hyphen in it, or it is no date (a day's or a year's number).
        guard let first = word.utf8.first, (0x30...0x39).contains(first),
              word.utf8.contains(where: { $0 == 0x2E || $0 == 0x2F || $0 == 0x2D }) else { return nil }
        let dotted = word.split(separator: word.utf8.contains(0x2F) ? "/" : ".")
        // "2011.11.28": the year first.
        if dotted.count == 3, dotted[0].count == 4, let year = Int(dotted[0]), let month = Int(dotted[1]), let day = Int(dotted[2]),
           years.contains(year), (1...12).contains(month), (1...31).contains(day) {
            return (year, month, day)
        }
        if dotted.count == 3, let day = Int(dotted[0]), let month = Int(dotted[1]), var year = Int(dotted[2]),
           (1...31).contains(day), (1...12).contains(month) {
            if dotted[2].count == 2 { year += twoDigitCentury(year) }
            if years.contains(year) { return (year, month, day) }
        }
        let dashed = word.prefix(10).split(separator: "-")
        if dashed.count == 3, dashed[0].count == 4, let year = Int(dashed[0]), let month = Int(dashed[1]),
           let day = Int(dashed[2]), years.contains(year), (1...12).contains(month), (1...31).contains(day) {
            return (year, month, day)
        }
        return nil
    }

    /// "23" → 2000, "67" → 1900: two-digit years up to 49 are this century's.
    @inlinable public static func twoDigitCentury(_ value: Int) -> Int { value < 50 ? 2000 : 1900 }

    /// `value` in at least `width` digits, zeros in front: "07", "0988".
    public static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
