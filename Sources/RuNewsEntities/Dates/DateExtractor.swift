import RuNewsText

/// Finds date and time expressions in Russian text and gives their ISO 8601 values.
///
/// Patterns over tokens (`DateScanner`), the longest match at each position: "25 августа 2023 года",
/// "3-4 июня", "с 20 апреля по 15 июня", "в конце сентября 2010-го", "в 2007-2008 годах", "в начале 90-х",
/// "осенью 2004 года", "в 19:28", "около 7 вечера", "в минувшую среду 12 мая", "вчера вечером",
/// "через два дня", "в этом году". A leading "в"/"во" belongs to the expression ("в 2005 году"), other
/// prepositions do not, except "с … по" of a range, "через" and "около". Year-less and relative
/// expressions are resolved against the reference date (the most recent such day not after it);
/// without one they stay partial ("--08-25") or null. Durations ("в течение трёх лет") are not dates.
public struct DateExtractor: Sendable {
    public init() {}

    /// Date expressions of `segmentation`, ranges in its normalised text.
    public func extract(from segmentation: Segmentation, reference: CalendarDate? = nil) -> [DateMention] {
        DateScanner(segmentation: segmentation, reference: reference).run()
    }

    /// The same over a text already analysed, reusing its folded words.
    public func extract(from text: AnalysedText, reference: CalendarDate? = nil) -> [DateMention] {
        DateScanner(segmentation: text.segmentation, reference: reference, words: text.folded).run()
    }
}
