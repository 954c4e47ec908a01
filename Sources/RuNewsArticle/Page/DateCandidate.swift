import Foundation
import RuNewsHTML
import RuNewsText

/// One date a page gives for itself, what gives it, and the evidence around it: where it stands relative to
/// the headline and the article body, what surrounds it (a link, a list item, the page's frame, a block
/// crowded with other dates), whether it says it is a modification, whether the page's address agrees.
/// `DateChoice` weighs the evidence; every candidate of a page is collected, none is chosen here.
struct DateCandidate {
    /// What gives the date, strongest first.
    enum Source: CaseIterable {
        /// A meta tag for the publication date (`article:published_time`, `datePublished`, `dc.date` …).
        case declared
        /// JSON-LD `datePublished`.
        case structured
        /// An element of the page's body with `itemprop="datePublished"`.
        case itemprop
        /// `<time datetime>`.
        case timeElement
        /// An element whose class or id words say date ("news-date", "pubdate", "post_data").
        case marked
        /// A block of visible text that reads as a dateline.
        case text
        /// A visible dateline relative to the fetch day ("Сегодня, 13:12").
        case relative
        /// The page's address ("/2012/01/05/…").
        case address
    }

    var source: Source
    /// Nil for a relative dateline on a page whose fetch day is unknown, and for a year-less date no year is found for.
    var day: CalendarDate?
    /// A year-less date ("5 января, 12:34") waiting for its year.
    var yearless: (month: Int, day: Int)?
    /// What follows the day in ISO 8601: "T18:59", "T18:59+04:00"; empty for a day alone.
    var time = ""
    var relative: Dateline.Relative?
    /// The element that shows or declares it; nil for the page's address.
    var element: Int?
    var evidence = Evidence()

    /// ISO 8601, as precise as the candidate.
    var value: String? { day.map { $0.description + time } }

    struct Evidence {
        /// In `<head>`, in a script, or the address: no place among the page's blocks.
        var placeless = false
        /// Blocks from the headline's block (negative before it).
        var fromHeadline: Int?
        /// Where it stands relative to the article body's blocks.
        var body: BodyPlace?
        var inLink = false
        var inListItem = false
        var inFrame = false
        /// Other dated blocks under its block's nearest ancestors (`DateCandidates.crowdLevels`: a news list,
        /// a calendar), leaving out an ancestor that holds the headline or the article's text.
        var datesAround = 0
        /// Its hints or its text say it is a modification ("updated", "Обновлено").
        var saysModified = false
        var address: Agreement?

        /// How far it stands from the headline, or without one from the body; unknown is far.
        var distance: Int {
            if let fromHeadline { return abs(fromHeadline) }
            switch body {
            case .before(let units)?, .after(let units)?: return units
            case .inside(let fromStart, _)?: return fromStart
            case nil: return .max / 2
            }
        }
    }

    enum BodyPlace: Equatable {
        /// Blocks before the body's first; blocks of prose (a dump's lines) from its first and to its
        /// last, the candidate's own left out; blocks after its last.
        case before(Int), inside(fromStart: Int, toEnd: Int), after(Int)
    }

    enum Agreement {
        /// The address's day, or a day from it (a dateline in another time zone).
        case agrees
        /// The address files by month, and it is its month.
        case sameMonth
        case differs
    }

    /// The candidate of an ISO 8601 value or a visible dateline in an attribute or a meta tag.
    init?(_ source: Source, iso text: String, element: Int?) {
        guard let value = Self.isoDate(text) else { return nil }
        if let day = CalendarDate(iso: value) {
            self.init(source: source, day: day, time: String(value.dropFirst(10)), element: element)
        } else if let reading = Dateline.read(text.trimmed(.whitespacesAndNewlines)) {
            self.init(source, reading: reading, element: element)
        } else {
            return nil
        }
    }

    init(source: Source, day: CalendarDate?, time: String, element: Int?) {
        self.source = source
        self.day = day
        self.time = time
        self.element = element
    }

    init(_ source: Source, reading: Dateline.Reading, element: Int?) {
        self.source = source
        self.element = element
        if let year = reading.year {
            day = CalendarDate(year: year, month: reading.month, day: reading.day)
        } else {
            yearless = (reading.month, reading.day)
        }
        if let time = reading.time { self.time = "T" + CalendarNumbers.padded(time.hour, 2) + ":" + CalendarNumbers.padded(time.minute, 2) }
    }

    init(relative: Dateline.Relative, element: Int) {
        source = .relative
        self.relative = relative
        self.element = element
        if let hour = relative.hour, let minute = relative.minute { time = "T" + CalendarNumbers.padded(hour, 2) + ":" + CalendarNumbers.padded(minute, 2) }
    }

    init(address: AddressDate) {
        source = .address
        day = address.pageDay
        evidence.placeless = true
    }

    /// "2011-11-28T18:59:00+04:00" → "2011-11-28T18:59+04:00"; visible Russian dates through `Dateline`.
    static func isoDate(_ text: String) -> String? {
        let trimmed = text.trimmed(.whitespacesAndNewlines)
        let scalars = Array(trimmed.unicodeScalars)
        if scalars.count >= 10, CharacterSet.decimalDigits.contains(scalars[0]), trimmed.dropFirst(4).first == "-" {
            let day = String(trimmed.prefix(10))
            guard day.split(separator: "-").count == 3 else { return nil }
            guard scalars.count >= 16, scalars[10] == "T" || scalars[10] == " " else { return day }
            var result = day + "T" + String(String.UnicodeScalarView(scalars[11..<16]))
            // Keep the UTC offset where the value has one.
            let rest = String(String.UnicodeScalarView(scalars[16...]))
            if let sign = rest.firstIndex(where: { $0 == "+" || $0 == "-" }) {
                let offset = rest[sign...].prefix(6)
                if offset.count == 6 { result += offset } else if offset.count == 5 { result += offset.prefix(3) + ":" + offset.suffix(2) }
            } else if rest.hasSuffix("Z") {
                result += "Z"
            }
            return result
        }
        return Dateline.parse(trimmed)
    }
}

/// The dates a page's markup gives, collected in `PageMetadata`'s one walk over the elements: meta tags of
/// the publication date, JSON-LD, `itemprop="datePublished"`, `<time datetime>`, elements marked as dates.
struct MarkupDates {
    /// Meta keys (property, name or itemprop, lowercased) of the publication date.
    static let publishedKeys: Set<String> = ["article:published_time", "datepublished", "pubdate", "publishdate", "date",
                                             "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued",
                                             "dcterms.date", "og:published_time"]
    /// Meta keys of the modification date.
    static let modifiedKeys = ["article:modified_time", "datemodified"]
    /// Class and id words of an element that shows a date ("pubdate", "post-date", "news_data").
    static let hints = BytePatterns(["date", "data", "time"])
    static let itempropPublished = Array("datepublished".utf8)

    private(set) var candidates: [DateCandidate] = []

    mutating func visit(_ element: Int, in document: HTMLDocument, hints: HintWords) {
        let tag = document.nodes[element].tag
        switch tag {
        case .meta:
            if let key = PageTags.key(of: element, in: document), Self.publishedKeys.contains(key),
               let content = document.attribute("content", of: element), let candidate = DateCandidate(.declared, iso: content, element: element) {
                candidates.append(candidate)
            }
            return
        case .script:
            if document.attribute("type", of: element)?.lowercased() == "application/ld+json" {
                let text = document.children(of: element).map { String(decoding: document.nodes[$0].text, as: UTF8.self) }.joined()
                if let value = JSONLD.value("datePublished", in: text), var candidate = DateCandidate(.structured, iso: value, element: element) {
                    candidate.evidence.placeless = true
                    candidates.append(candidate)
                }
            }
            return
        case .time:
            guard let datetime = document.attribute("datetime", of: element) else { break }
            if let candidate = DateCandidate(.timeElement, iso: datetime, element: element) {
                candidates.append(candidate)
            } else if let clock = CalendarNumbers.clock(datetime.trimmingCharacters(in: .whitespaces)) {
                // A time alone (`datetime="11:02"`): today's item, for a caller who knows the fetch day.
                var candidate = DateCandidate(relative: Dateline.Relative(daysAgo: 0, hour: clock.0, minute: clock.1), element: element)
                candidate.source = .timeElement
                candidates.append(candidate)
            }
        default:
            break
        }
        guard !hints.isEmpty else { return }
        if hints.say(Self.itempropPublished),
           let value = document.attribute("content", of: element) ?? document.attribute("datetime", of: element) ?? Optional(document.text(of: element)),
           let candidate = DateCandidate(.itemprop, iso: value, element: element) {
            candidates.append(candidate)
        } else if hints.say(any: Self.hints) {
            let text = document.text(of: element)
            if text.hasCharacters(atMost: 80), let reading = Dateline.read(text) { candidates.append(DateCandidate(.marked, reading: reading, element: element)) }
        }
    }
}

/// Every date candidate of a page, with its evidence: the markup's, the visible datelines of its blocks
/// (the headline's own words left out), relative datelines read against the fetch day, and the address's
/// date; year-less dates given the year of the address or the fetch, those after the fetch dropped.
/// One pass over the blocks and one walk up from each candidate: no block is compared with another.
enum DateCandidates {
    /// Hint words of an element that shows a modification rather than the publication.
    static let modifiedHints = BytePatterns(["modif", "updat", "edited"])
    /// Words of a visible dateline of a modification.
    static let modifiedWords = BytePatterns(["обновлен", "изменен", "updated", "modified"])
    /// Up to this many ancestors are looked at for a link, a list item or the page's head.
    static let ancestry = 12
    /// Dated blocks are counted under this many ancestors of a block: a news list nests each item's date
    /// a few elements deep (`li > div > div.meta > span > time`).
    static let crowdLevels = 3

    static func collect(markup: [DateCandidate], layout: PageLayout, headline: String?, addresses: [String],
                        fetched: (day: CalendarDate, latest: CalendarDate)?) -> [DateCandidate] {
        let document = layout.document
        var candidates = markup
        // Visible datelines, and which blocks are dated (for crowding).
        var dated: [Bool] = Array(repeating: false, count: layout.blocks.count)
        for (index, block) in layout.blocks.enumerated() {
            let text = index == layout.headline ? withoutHeadline(block.text, headline: headline) : block.text
            let (candidate, isDated) = visible(text, element: block.element)
            if let candidate { candidates.append(candidate) }
            dated[index] = isDated
        }
        // Dated blocks under each of a block's nearest ancestors.
        var datedBelow: [Int: Int] = [:]
        for index in dated.indices where dated[index] {
            for scope in document.scopes(around: layout.blocks[index].element, levels: crowdLevels).dropFirst() { datedBelow[scope, default: 0] += 1 }
        }
        let headlineElement = layout.headline.map { layout.blocks[$0].element }
        for index in candidates.indices {
            describe(&candidates[index], layout: layout, dated: dated, datedBelow: datedBelow, headlineElement: headlineElement)
        }
        resolve(&candidates, address: AddressDate.of(addresses), fetched: fetched)
        return candidates
    }

    /// The address's candidate added, and every candidate's day settled where it needs what the page is
    /// not: relative datelines read against the fetch day; year-less dates given the year that puts them
    /// nearest the address's day, the fetch, or the latest day the document shows (a page prints a
    /// year-less date in its own year), not after it; agreement with the address; none after the fetch.
    static func resolve(_ candidates: inout [DateCandidate], address: AddressDate?, fetched: (day: CalendarDate, latest: CalendarDate)?) {
        if let address {
            candidates.append(DateCandidate(address: address))
        }
        for index in candidates.indices {
            guard let relative = candidates[index].relative, let fetched else { continue }
            candidates[index].day = fetched.day.adding(days: -relative.daysAgo)
        }
        let latestShown = candidates.lazy.filter { $0.source != .relative && $0.yearless == nil }.compactMap(\.day).max()
        let yearReference = address?.pageDay ?? fetched?.day ?? latestShown
        for index in candidates.indices {
            guard let yearless = candidates[index].yearless, let reference = yearReference else { continue }
            candidates[index].day = [reference.year, reference.year - 1].lazy
                .compactMap { CalendarDate(year: $0, month: yearless.month, day: yearless.day) }
                .first { $0 <= reference.adding(days: 2) }
        }
        for index in candidates.indices {
            guard let address, let day = candidates[index].day, candidates[index].source != .address else { continue }
            if let addressDay = address.pageDay {
                candidates[index].evidence.address = abs(addressDay.days(to: day)) <= 1 ? .agrees : .differs
            } else {
                candidates[index].evidence.address = day.year == address.year && day.month == address.month ? .sameMonth : .differs
            }
        }
        if let latest = fetched?.latest {
            candidates.removeAll { $0.day.map { $0 > latest } ?? false }
        }
    }

    /// The headline's own dates are its story's ("Выборы 4 декабря 2011 года"), not the page's: the text
    /// of the headline's block without it.
    static func withoutHeadline(_ text: String, headline: String?) -> String {
        guard let headline, let range = text.range(of: headline) else { return text }
        return String(text[..<range.lowerBound] + " " + text[range.upperBound...])
    }

    /// The visible dateline of a block of a page or a line of a dump, and whether the text is dated at
    /// all (a news list's "09:49" is, with no day to give).
    static func visible(_ text: String, element: Int) -> (candidate: DateCandidate?, dated: Bool) {
        // Every dateline has a digit, a relative one its time: most texts go no further.
        guard text.utf8.hasASCIIDigit else { return (nil, false) }
        let short = text.utf8.count <= 640 && text.hasCharacters(atMost: 160)
        let words = short ? Dateline.tokens(of: text) : []
        if let reading = short ? Dateline.read(words: words) : Dateline.leading(text) {
            return (DateCandidate(.text, reading: reading, element: element), true)
        }
        if short, text.hasCharacters(atMost: 80), let relative = Dateline.relative(words: words), relative.hour != nil {
            // A dateline's "Сегодня" has its time ("Сегодня, 13:12"); "Сегодня в разделе" is none.
            return (DateCandidate(relative: relative, element: element), true)
        }
        return (nil, short && text.hasCharacters(atMost: 12) && words.contains { CalendarNumbers.clock($0) != nil })
    }

    /// The evidence of where a candidate stands and what surrounds it.
    static func describe(_ candidate: inout DateCandidate, layout: PageLayout, dated: [Bool], datedBelow: [Int: Int], headlineElement: Int?) {
        guard let element = candidate.element else { candidate.evidence.placeless = true; return }
        let document = layout.document
        var ancestor = element
        var hints = HintWords()
        for level in 0..<ancestry where ancestor > HTMLDocument.root {
            switch document.nodes[ancestor].tag {
            case .head: candidate.evidence.placeless = true
            case .a: candidate.evidence.inLink = true
            case .li where level <= 3: candidate.evidence.inListItem = true
            default: break
            }
            if level <= 1 {
                hints.read(ancestor, in: document)
                if hints.say(any: modifiedHints) { candidate.evidence.saysModified = true }
            }
            ancestor = document.nodes[ancestor].parent
        }
        if candidate.evidence.placeless { return }
        candidate.evidence.inFrame = layout.inFrame[element]
        guard let block = layout.block(of: element) else { candidate.evidence.placeless = true; return }
        // Only a dateline's own short block is read for words (a long one is a paragraph: no label of its date).
        if candidate.source == .text || candidate.source == .marked || candidate.source == .relative, layout.blocks[block].characters <= 160 {
            let text = Array(layout.blocks[block].text.lowercased().utf8)
            if modifiedWords.occurs(in: text) { candidate.evidence.saysModified = true }
        }
        candidate.evidence.fromHeadline = layout.headline.map { block - $0 }
        if let body = layout.body {
            // After the body only blocks of prose count: a box of teasers or links between the text and
            // the dateline below it moves the dateline no farther from it. Before the body all count:
            // the menus between a page's header, dated the day it was printed, and the article keep it apart.
            candidate.evidence.body = block < body.lowerBound ? .before(body.lowerBound - block)
                : block > body.upperBound ? .after(layout.prose(from: body.upperBound, to: block) + 1)
                : .inside(fromStart: layout.prose(from: body.lowerBound - 1, to: block), toEnd: layout.prose(from: block, to: body.upperBound + 1))
        }
        // An ancestor that holds the headline or the article's text is the article, not a list.
        let own = dated[block] ? 1 : 0
        let landmarks = [headlineElement, layout.container].compactMap { $0 }
        let scopes = document.scopes(around: layout.blocks[block].element, levels: crowdLevels).dropFirst()
        let below = scopes.filter { scope in !landmarks.contains { document.isDescendant($0, of: scope) } }.map { datedBelow[$0] ?? 0 }.max() ?? 0
        candidate.evidence.datesAround = max(below, own) - own
    }
}
