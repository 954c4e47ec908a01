import Foundation
import RuNewsHTML
import RuNewsText

/// Reads the date a page shows near its headline: "28 августа 2023, 07:27", "18:59 28.11.2011 г.",
/// "28.11.2011 18:59", "10:48 16/01/2012", "2011-11-28T18:59", "27 ноя 2011". The result is ISO 8601 as precise as the line
/// ("2023-08-28T07:27", "2011-11-28"). "Сегодня, 13:12" is `relative`, for the caller who knows the day.
public enum Dateline {
    public static func parse(_ line: String) -> String? {
        read(line)?.value
    }

    /// The date a line shows; its year is missing where the line gives none but shows a time ("5 января,
    /// 12:34", "editor / 15 января 15:31": this year's news), for a caller who knows the year from elsewhere.
    /// A year-less date without a time is no dateline ("Выборы 4 декабря").
    public struct Reading: Sendable, Equatable {
        public var year: Int?
        public var month: Int
        public var day: Int
        public var hour: Int?
        public var minute: Int?

        var time: (hour: Int, minute: Int)? { hour.flatMap { hour in minute.map { (hour, $0) } } }

        /// ISO 8601 as precise as the reading ("2012-01-06", "2012-01-06T08:16"); nil without a year.
        public var value: String? { year.map { Dateline.iso(($0, month, day), time) } }
    }

    /// The date and time of a short line, or nil.
    public static func read(_ line: String) -> Reading? {
        // Every date has a digit: most lines go no further.
        guard line.utf8.count <= 640, line.utf8.hasASCIIDigit, line.hasCharacters(atMost: 160) else { return nil }
        return read(words: tokens(of: line))
    }

    /// The date and time of a line's words (`tokens(of:)`), for a caller who reads them more ways than one.
    static func read(words: [String]) -> Reading? {
        var date: (year: Int?, month: Int, day: Int)?
        var time: (hour: Int, minute: Int)?
        for (index, word) in words.enumerated() {
            if time == nil, let clock = CalendarNumbers.clock(word) { time = clock; continue }
            // A year-less date gives way to a whole one further on.
            guard date == nil || date?.year == nil else { continue }
            if let numeric = Self.numericDate(word) { date = (numeric.0, numeric.1, numeric.2); continue }
            // "28 августа 2023", "27 ноя 2011", "28 ноября 11 (14:41)"; "5 января, 12:34" without a year;
            // "Nov 27th, 2011", "Ноя 27th 11 17:46" (a blog's), with a year only
            if let found = wordDate(words, at: index) { date = found } else if let found = monthFirstDate(words, at: index) { date = found }
        }
        guard let date, date.year != nil || time != nil else { return nil }
        return Reading(year: date.year, month: date.month, day: date.day, hour: time?.hour, minute: time?.minute)
    }

    /// "2012-01-06", or "2012-01-06T08:16" with a time.
    static func iso(_ date: (year: Int, month: Int, day: Int), _ time: (hour: Int, minute: Int)?) -> String {
        let day = "\(CalendarNumbers.padded(date.year, 4))-\(CalendarNumbers.padded(date.month, 2))-\(CalendarNumbers.padded(date.day, 2))"
        return time.map { day + "T\(CalendarNumbers.padded($0.hour, 2)):\(CalendarNumbers.padded($0.minute, 2))" } ?? day
    }

    /// The dateline a paragraph opens with, news-agency style: "06.01.2012, Кишинев 08:16:36 Устойчивого
    /// урегулирования …". The first word must be a numeric date; a time may follow within its first 40
    /// characters.
    public static func leading(_ paragraph: String) -> Reading? {
        guard let byte = paragraph.utf8.first, (0x30...0x39).contains(byte),
              let first = tokens(of: String(paragraph.prefix(12))).first, numericDate(first) != nil else { return nil }
        return read(String(paragraph.prefix(40)))
    }

    /// A dateline relative to the day the page was fetched: "Сегодня, 13:12", "Вчера в 9:10".
    public struct Relative: Sendable, Equatable {
        public var daysAgo: Int
        public var hour: Int?
        public var minute: Int?
    }

    /// The relative days a dateline shows: today and the days before it, in days ago.
    static let relativeDays = RelativeDayNames.offsets.filter { $0.value <= 0 }.mapValues { -$0 }

    /// The relative dateline of a short line, or nil.
    public static func relative(_ line: String) -> Relative? {
        guard line.hasCharacters(atMost: 80) else { return nil }
        return relative(words: tokens(of: line))
    }

    /// The byte lengths of the relative days' words: no other word is looked up (none of their letters
    /// has another form, so a word of another length is none of them).
    static let relativeDayLengths = Set(relativeDays.keys.map(\.utf8.count))

    static func relative(words: [String]) -> Relative? {
        guard let days = words.lazy.filter({ relativeDayLengths.contains($0.utf8.count) }).compactMap({ relativeDays[$0] }).first
        else { return nil }
        let clock = words.lazy.compactMap { CalendarNumbers.clock($0) }.first
        return Relative(daysAgo: days, hour: clock?.0, minute: clock?.1)
    }

    /// Lowercase words and numbers of a line, periods kept inside numbers ("28.11.2011"), slashes only
    /// inside a slashed date ("16/01/2012", but "16:30" and "28.11.2011" in "16:30/28.11.2011").
    /// Read over the folded scalars of the line (no grapheme breaking: it runs over every block of a page
    /// that has a digit); combining marks (a stress accent) are dropped.
    static func tokens(of line: String) -> [String] {
        var words: [String] = []
        // The word being read, as the UTF-8 of its folded scalars: a string is made once per word.
        var word: [UInt8] = []
        var previous: Kind = .separator
        var clock = false  // the word has a colon
        var periods = 0  // the periods in the word
        var digits = 0  // the digits in a row at the word's end
        var minutes = false  // those digits follow a clock's colon (one after a digit)
        func flush() {
            if !word.isEmpty { Self.appendParts(of: word, to: &words) }
            word.removeAll(keepingCapacity: true)
            clock = false
            periods = 0
            digits = 0
            minutes = false
        }
        for raw in line.unicodeScalars {
            let scalar = Folding.fold(raw)
            let kind = Self.kind(of: scalar)
            if kind == .mark { continue }
            // A clock and a word run together where inline elements meet ("15:02Комментариев:0",
            // "Дата10.01.2012"); a year keeps its letter ("2012г.", read as before).
            // So do a clock and a date ("12:1704.01.2012", "04.01.201212:17"): minutes have two digits, a
            // dotted date's year four.
            let clockOrDateEnds = minutes && digits == 2 || periods == 2 && digits == 4
            if kind == .separator || previous == .digit && kind == .letter && clock || previous == .letter && kind == .digit
                || kind == .digit && clockOrDateEnds { flush() }
            if kind != .separator {
                UTF8Bytes.append(scalar, to: &word)
                if scalar == ":" { clock = true }
                if scalar == "." { periods += 1 }
                digits = kind == .digit ? digits + 1 : 0
                if kind == .punctuation { minutes = scalar == ":" && previous == .digit }
            }
            previous = kind
        }
        flush()
        return words
    }

    /// A word split at its slashes, unless it is a slashed date ("16/01/2012"), each part without the
    /// periods around it ("2011." → "2011"), if anything is left.
    private static func appendParts(of word: [UInt8], to words: inout [String]) {
        guard word.contains(0x2F) else { appendTrimmed(word[...], to: &words); return }
        let parts = word.split(separator: 0x2F)
        if parts.count == 3 && parts.allSatisfy({ $0.allSatisfy { (0x30...0x39).contains($0) } }) {
            appendTrimmed(word[...], to: &words)
        } else {
            for part in parts { appendTrimmed(part, to: &words) }
        }
    }

    private static func appendTrimmed(_ word: ArraySlice<UInt8>, to words: inout [String]) {
        var bytes = word
        while bytes.first == 0x2E { bytes = bytes.dropFirst() }
        while bytes.last == 0x2E { bytes = bytes.dropLast() }
        if !bytes.isEmpty { words.append(String(decoding: bytes, as: UTF8.self)) }
    }

    enum Kind { case letter, digit, punctuation, mark, separator }

    /// What a folded scalar is to a token: letters and digits, the periods, slashes, colons and hyphens
    /// kept inside numbers, combining marks, and everything else, which separates.
    static func kind(of scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        case 0x30...0x39: return .digit
        case 0x61...0x7A, 0x430...0x45F: return .letter
        case 0x2E, 0x2F, 0x3A, 0x2D: return .punctuation
        case 0...0x7F: return .separator
        case 0x300...0x36F: return .mark
        default:
            let properties = scalar.properties
            if properties.isAlphabetic { return .letter }
            if properties.numericType != nil { return .digit }
            return properties.generalCategory == .nonspacingMark ? .mark : .separator
        }
    }

    /// "28 августа 2023", "27 ноя 2011"; a two-digit year only where a time follows it ("28 ноября 11
    /// (14:41)", not "5 января 12 человек", "10 апреля № 50"); no year at all where none follows.
    static func wordDate(_ words: [String], at index: Int) -> (year: Int?, month: Int, day: Int)? {
        guard index + 1 < words.count, let day = Int(words[index]), (1...31).contains(day) else { return nil }
        let monthWord = words[index + 1]
        guard let month = MonthNames.numbers[monthWord] ?? MonthNames.abbreviations[monthWord] else { return nil }
        guard index + 2 < words.count, let year = Int(words[index + 2]) else { return (nil, month, day) }
        if years.contains(year) { return (year, month, day) }
        let next = index + 3 < words.count ? words[index + 3] : nil
        if words[index + 2].count == 2, let next, CalendarNumbers.clock(next) != nil { return (2000 + year, month, day) }
        return (nil, month, day)
    }

    /// "Nov 27th, 2011", "November 27 2011", "Ноя 27th 11 17:46": an abbreviated or English month, the day
    /// (an ordinal's suffix allowed), then the year (two digits only where a time follows). Russian
    /// writes a full month after its day, so a full Russian month name before a number is no date
    /// ("января 12 человек").
    static func monthFirstDate(_ words: [String], at index: Int) -> (year: Int?, month: Int, day: Int)? {
        // The day's digit is looked at first: a month's name is looked up for few words.
        guard index + 2 < words.count, words[index + 1].utf8.first.map({ (0x30...0x39).contains($0) }) ?? false,
              let month = MonthNames.abbreviations[words[index]] ?? MonthNames.english[words[index]] else { return nil }
        var dayWord = Substring(words[index + 1])
        if dayWord.count > 2, ["st", "nd", "rd", "th"].contains(dayWord.suffix(2)) { dayWord = dayWord.dropLast(2) }
        guard let day = Int(dayWord), (1...31).contains(day), let year = Int(words[index + 2]) else { return nil }
        if years.contains(year) { return (year, month, day) }
        let next = index + 3 < words.count ? words[index + 3] : nil
        if words[index + 2].count == 2, let next, CalendarNumbers.clock(next) != nil { return (2000 + year, month, day) }
        return nil
    }

    /// The years a dateline may show: older pages are not news archives' business, and a number outside
    /// them is a version, a count or a phone.
    static let years = 1990...2100

    /// A date in digits within `years` ("28.11.2011", "2011-11-28"…, `CalendarNumbers.date`).
    static func numericDate(_ word: some StringProtocol) -> (year: Int, month: Int, day: Int)? {
        CalendarNumbers.date(word, years: years)
    }
}
