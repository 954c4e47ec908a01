/// Russian month names in every case form, folded (lowercase, ё → е), and the English abbreviations
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
}
