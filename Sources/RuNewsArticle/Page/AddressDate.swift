import RuNewsText

/// The date a page's address carries in its path, as news sites file their articles: "/2015/03/12/",
/// "/2012_01_06/", "/archive/2012/01/05/123405.html", "/news/20120106/…" (a segment of eight digits),
/// or a month alone ("/2015/03/slug"). Read over the bytes of the path, once.
struct AddressDate: Equatable {
    var year: Int
    var month: Int
    /// Nil where the address files by month only.
    var day: Int?

    /// The date of the first address that has one.
    static func of(_ addresses: [String]) -> AddressDate? {
        addresses.lazy.compactMap { of(Array($0.utf8)) }.first
    }

    static func of(_ url: [UInt8]) -> AddressDate? {
        let path = Array(SiteHost.parts(of: url).path)
        // Runs of digits with the byte after each.
        var runs: [(value: Int, length: Int, start: Int, after: UInt8?)] = []
        var index = 0
        while index < path.count {
            guard Self.isDigit(path[index]) else { index += 1; continue }
            let start = index
            var value = 0
            while index < path.count, Self.isDigit(path[index]), index - start < 9 {
                value = value * 10 + Int(path[index] - 0x30)
                index += 1
            }
            while index < path.count, Self.isDigit(path[index]) { index += 1 }
            runs.append((value, index - start, start, index < path.count ? path[index] : nil))
        }
        for (position, run) in runs.enumerated() {
            // A segment of eight digits: 20120106.
            if run.length == 8, run.start > 0, path[run.start - 1] == 0x2F, run.after == nil || run.after == 0x2F || run.after == 0x2E,
               let date = AddressDate(year: run.value / 10000, month: run.value / 100 % 100, day: run.value % 100) {
                return date
            }
            guard run.length == 4, (1995...2100).contains(run.value), let separator = run.after, Self.separators.contains(separator),
                  position + 1 < runs.count, case let month = runs[position + 1], month.length <= 2, month.start == run.start + 5,
                  (1...12).contains(month.value) else { continue }
            if position + 2 < runs.count, case let day = runs[position + 2], day.length <= 2, day.start == month.start + month.length + 1,
               month.after == separator {
                // A day that is none ("/2012/02/30/") makes the whole no date.
                return AddressDate(year: run.value, month: month.value, day: day.value)
            }
            // A month alone only as a folder of its own: "/2015/03/".
            if month.after == 0x2F { return AddressDate(year: run.value, month: month.value, day: nil) }
        }
        return nil
    }

    init?(year: Int, month: Int, day: Int?) {
        guard (1995...2100).contains(year), (1...12).contains(month) else { return nil }
        if let day, CalendarDate(year: year, month: month, day: day) == nil { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    var pageDay: CalendarDate? { day.flatMap { CalendarDate(year: year, month: month, day: $0) } }

    static let separators: Set<UInt8> = [0x2F, 0x2D, 0x5F, 0x2E]  // / - _ .
    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
