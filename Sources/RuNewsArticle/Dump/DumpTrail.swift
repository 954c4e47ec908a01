import RuNewsText

/// A breadcrumb trail in a dump: bullets from "Главная" down ("- Главная", "- Новости", "- Общество"),
/// one line of items between separators that starts at the root or after a label ("Главная » Жизнь »
/// Фрагменты", "Вы читаете раздел: Здоровье » Секс"), such a line of short names standing just above
/// the article ("ИА REGNUM » Новости » Медицина » В Омской областной больнице…"), or one of three levels
/// or more anywhere but inside the text.
enum DumpTrail {
    static let separators = [" / ", " » ", " > ", " → ", " - "]
    /// The separators a headline seldom holds: all but the dash, which joins a sentence's words too.
    static let pathLineSeparators = separators.filter { $0 != " - " }
    private static let separatorBytes = separators.map { Array($0.utf8) }
    /// The separators only paths use: a line of items between them is a path wherever it starts
    /// (" - " and " / " also join words of a sentence; " | " joins a menu's items).
    static let pathSeparators = BreadcrumbTrail.directions.sorted().map { " \($0) " }
    private static let pathSeparatorBytes = pathSeparators.map { Array($0.utf8) }
    static let root = BreadcrumbTrail.frontPage
    /// A trail's items and the lines it takes.
    typealias Match = (items: [String], lines: [Int])

    /// The trail's items and the lines it takes.
    static func find(in lines: [DumpLine]) -> Match? {
        for (index, line) in lines.enumerated() where line.isBullet && TextComparison.fold(line.text) == root {
            var items = [line.text]
            var used = [index]
            var next = index + 1
            while next < lines.count, lines[next].isBullet, lines[next].words <= DumpLayout.trailItemWords,
                  items.count <= BreadcrumbTrail.levels.upperBound {
                items.append(lines[next].text)
                used.append(next)
                next += 1
            }
            // A longer list is the site's menu.
            if BreadcrumbTrail.levels.contains(items.count) { return (items, used) }
        }
        for (index, line) in lines.enumerated() where line.words <= DumpLayout.trailLineWords
            && separatorBytes.contains(where: line.text.utf8.contains(bytes:)) {
            var path = Substring(line.text)
            let folded = TextComparison.fold(line.text)
            if let colon = path.firstIndex(of: ":"), BreadcrumbTrail.labels.contains(where: { folded.hasPrefix($0) }) {
                path = path[path.index(after: colon)...]
            } else if !folded.hasPrefix(root) {
                continue
            }
            for separator in separators where path.contains(separator) {
                let items = path.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
                if BreadcrumbTrail.levels.contains(items.count), items.allSatisfy({ (1...6).contains($0.split(separator: " ").count) }) {
                    return (items, [index])
                }
            }
        }
        return nil
    }

    /// A path line no root or label announces: the article's first line or at most
    /// `DumpLayout.trailAboveText` lines above it, the nearest.
    static func above(_ block: Range<Int>, in lines: [DumpLine]) -> Match? {
        // From the article's first line up (the run of text may open with the trail), not the dump's
        // first line: a dump opens with the page's title, whose parts a separator may join too.
        for index in stride(from: block.lowerBound, through: max(1, block.lowerBound - DumpLayout.trailAboveText), by: -1) {
            if let items = pathItems(of: lines[index]) { return (items, [index]) }
        }
        return nil
    }

    /// A path line of `BreadcrumbTrail.directedLevels` levels or more, anywhere but inside the text (a
    /// route, "Москва → Казань → Екатеринбург") or the dump's title line: a table's layout may set the
    /// trail below the article or apart from it, and separators that point one way between short names
    /// are a path's.
    static func anywhere(in lines: [DumpLine], outside block: Range<Int>, opening end: Int) -> Match? {
        let opening = block.lowerBound..<end
        for index in lines.indices.dropFirst() where !block.contains(index) || opening.contains(index) {
            if let items = pathItems(of: lines[index]), items.count >= BreadcrumbTrail.directedLevels { return (items, [index]) }
        }
        return nil
    }

    /// A trail laid out as a list, the nearest at most `DumpLayout.trailAboveText` lines above the text:
    /// a block of short lines, an item each, as html-text writes a list whose separators the style
    /// sheet draws ("Главная", "Новости", "Медицина"); the numbered items inscriptis writes of an
    /// ordered list ("1. Главная", "2. Новости"; on one line, "1. Главная 2. Новости", where the list
    /// stood inline); or the links it runs together ("ГлавнаяНовостиМедицина"). Menus are laid out so
    /// too, from "Главная" as often: the list must say it is a path — by standing after a label ("Где
    /// я:"), by ending with the headline cut short ("В Омской больнице…" above "В Омской больнице
    /// открылась…") or with a section the page's title names ("Сплетни полезны для здоровья - Здоровье -
    /// MIGnews.com.ua", the dump's first line), or, numbered or run together, by starting at the site's
    /// root; so, it may stand anywhere (below the text, as a table's layout may set it).
    static func listed(above block: Range<Int>, in lines: [DumpLine]) -> Match? {
        let sections = PageMetadata.titleSections(of: lines[0].text)
        let top = min(block.lowerBound, lines.count - 1), bottom = max(1, block.lowerBound - DumpLayout.trailAboveText)
        for end in stride(from: top, through: bottom, by: -1) {
            let ordered = orderedItems(endingAt: end, in: lines)
            guard let (items, used) = ordered ?? blockItems(endingAt: end, in: lines), isTrail(items), used.first! > 0 else { continue }
            let last = items[items.count - 1]
            let cutHeadline = last.hasSuffix("…") && lines[(used.last! + 1)...].prefix(DumpLayout.headlineBefore)
                .contains { $0.text.hasPrefix(last.dropLast()) && $0.text.count > last.count }
            if isLabel(lines[used.first! - 1].text) || cutHeadline || sections.contains(TextComparison.fold(last))
                || ordered != nil && BreadcrumbTrail.isHome(items[0]) { return (items, used) }
        }
        // Links parted by spaces alone are a guess at the items, so a line of them is a path only above the
        // text or in its opening lines (a run of text may open with the trail), and only after a label,
        // with the headline cut short, or with a section the title names where the title's headline
        // follows within a few lines (a box's label with its site and section, "Викторина AIF.RU Кухня",
        // stands elsewhere). Two one-word items are a person's name as often ("Ирина Акимова" under
        // "И. Акимова" in the title): the first must be the front page or a part of the title too.
        let opening = min(openingEnd(of: block, in: lines), lines.count) - 1
        let headline = PageMetadata.headlinePart(of: lines[0].text).map(TextComparison.fold)
        for end in stride(from: max(top, opening), through: bottom, by: -1) {
            guard let (items, used) = spacedItems(at: end, in: lines), isTrail(items) else { continue }
            let isName = items.count == 2 && !items.contains { $0.contains(" ") }
            guard !isName || BreadcrumbTrail.isHome(items[0]) || sections.contains(TextComparison.fold(items[0])) else { continue }
            if isLabel(lines[end - 1].text) || items[items.count - 1].hasSuffix("…") { return (items, used) }
            // The lines below are folded only for a line whose last item is a section.
            if sections.contains(TextComparison.fold(items[items.count - 1])),
               lines[(end + 1)...].prefix(DumpLayout.trailAboveHeadline).contains(where: { TextComparison.fold($0.text) == headline }) {
                return (items, used)
            }
        }
        // Elsewhere (the window above was read): a numbered or run-together list from the root.
        let window = bottom..<max(bottom, top + 1)
        for end in lines.indices.dropFirst() where !window.contains(end) {
            if let (items, used) = orderedItems(endingAt: end, in: lines), isTrail(items), BreadcrumbTrail.isHome(items[0]) {
                return (items, used)
            }
        }
        return nil
    }

    /// As many items as a trail has levels, none twice.
    private static func isTrail(_ items: [String]) -> Bool {
        BreadcrumbTrail.levels.contains(items.count) && Set(items.map { TextComparison.fold($0) }).count == items.count
    }

    /// Items whose layout orders them: numbered, or run together on one line.
    private static func orderedItems(endingAt end: Int, in lines: [DumpLine]) -> Match? {
        numberedItems(endingAt: end, in: lines) ?? gluedItems(at: end, in: lines)
    }

    /// The block of lines ending at `end` when each is an item, html-text's layout of a list.
    private static func blockItems(endingAt end: Int, in lines: [DumpLine]) -> Match? {
        guard end + 1 >= lines.count || lines[end + 1].opensBlock else { return nil }
        var start = end
        while !lines[start].opensBlock, start > 0, start > end - BreadcrumbTrail.levels.upperBound { start -= 1 }
        guard lines[start].opensBlock, (start...end).allSatisfy({ isItem(lines[$0], last: $0 == end) }) else { return nil }
        return ((start...end).map { lines[$0].text }, Array(start...end))
    }

    /// inscriptis' numbered items ending at `end`, from "1. " on: a line each (the list's last; no next
    /// number follows), or all on one line.
    private static func numberedItems(endingAt end: Int, in lines: [DumpLine]) -> Match? {
        let inline = numbered(lines[end].text)
        if inline.count >= 2, inline[0].number == 1, inline.enumerated().allSatisfy({ $1.number == $0 + 1 }) {
            return inline.indices.allSatisfy({ isItem(inline[$0].item, last: $0 == inline.count - 1) }) ? (inline.map(\.item), [end]) : nil
        }
        // A trail has few levels: a longer numbered list is walked back no further (it is none).
        guard inline.count == 1, let number = inline.first?.number, BreadcrumbTrail.levels.contains(number),
              end + 1 == lines.count || numbered(lines[end + 1].text).first?.number != number + 1 else { return nil }
        var items: [String] = []
        for (offset, index) in stride(from: end, through: max(0, end - number + 1), by: -1).enumerated() {
            let entry = numbered(lines[index].text)
            guard entry.count == 1, entry[0].number == number - offset, isItem(entry[0].item, last: index == end) else { return nil }
            items.append(entry[0].item)
        }
        guard items.count == number else { return nil }
        return (items.reversed(), Array(end - number + 1...end))
    }

    /// A line of items run together where the page drew the separators with its style sheet and
    /// inscriptis wrote its links with nothing between ("ГлавнаяНовостиМировые новости медицины",
    /// "Interfax-Russia.ruСеверо-Западный федеральный округНовости"): parted where a capital follows a
    /// small letter, or a letter of the other script, with no space.
    private static func gluedItems(at index: Int, in lines: [DumpLine]) -> Match? {
        // The cheap test first: this runs over every line of most dumps.
        guard lines[index].words <= DumpLayout.trailLineWords else { return nil }
        let items = glued(lines[index].text)
        guard items.count >= 2, items.indices.allSatisfy({ isItem(items[$0], last: $0 == items.count - 1) }) else { return nil }
        return (items, [index])
    }

    /// html-text's layout of links whose separators the style sheet draws: one line, the items apart by
    /// a space alone ("Главная Техно Медицина", "ИА REGNUM Новости Медицина В Омской больнице…"). An item
    /// opens with a word that opens with a capital or a digit, where the word before is not in capitals
    /// too ("НАУКА И ТЕХНИКА", "ИА REGNUM" stay one); lowercase words go on with it ("Северо-Западный
    /// федеральный округ"). A line ending with "…" ends with the headline cut short: the longest run of
    /// its last words, two at least, that a line below opens with (a headline's own capitals part nothing).
    private static func spacedItems(at index: Int, in lines: [DumpLine]) -> Match? {
        let line = lines[index]
        guard index > 0, line.words <= DumpLayout.trailLineWords, line.words >= 2,
              !separatorBytes.contains(where: line.text.utf8.contains(bytes:)), !line.text.utf8.contains(bytes: DumpLine.menuBar)
        else { return nil }
        let words = line.text.split(separator: " ")
        var headlineStart = words.count
        if line.text.hasSuffix("…") {
            let below = lines[(index + 1)...].prefix(DumpLayout.headlineBefore)
            headlineStart = (1..<max(1, words.count - 1)).first { start in
                let cutHeadline = words[start...].joined(separator: " ").dropLast()
                return below.contains { $0.text.hasPrefix(cutHeadline) && $0.text.count > cutHeadline.count + 1 }
            } ?? words.count
            guard headlineStart < words.count else { return nil }
        }
        var items: [String] = []
        var previousInCapitals = false
        for word in words[..<headlineStart] {
            // In capitals: a letter at least, and no lowercase one (read in place, no array of letters).
            var hasLetter = false, hasLowercase = false
            for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
                hasLetter = true
                if !scalar.properties.isUppercase { hasLowercase = true; break }
            }
            let inCapitals = hasLetter && !hasLowercase
            let first = word.unicodeScalars.first { ScalarClass($0) != .quote && $0 != "'" }
            let opens = first.map { $0.properties.isUppercase || ("0"..."9").contains($0) } ?? false
            if items.isEmpty || opens && !(inCapitals && previousInCapitals) {
                items.append(String(word))
            } else {
                items[items.count - 1] += " " + word
            }
            previousInCapitals = inCapitals
        }
        if headlineStart < words.count { items.append(words[headlineStart...].joined(separator: " ")) }
        guard items.indices.allSatisfy({ isItem(items[$0], last: $0 == items.count - 1) }),
              items[..<(headlineStart < words.count ? items.count - 1 : items.count)].allSatisfy(isSpacedName) else { return nil }
        return (items, [index])
    }

    /// A name a link of a trail may have: not a sentence's words cut at a line's end ("Борьбе со", "По"),
    /// nor parted by a dash ("Регион –").
    private static func isSpacedName(_ item: String) -> Bool {
        let words = item.split(separator: " ")
        guard let last = words.last, !item.contains("–"), !item.contains("—") else { return false }
        let isShortLowercase = last.count <= 3 && last.first.map { $0.isLowercase } == true
        let isShortCapitalised = words.count == 1 && last.count <= 2 && last.contains(where: \.isLowercase)
        return !isShortLowercase && !isShortCapitalised
    }

    /// A line's items parted where the letters say a new one begins ("ГлавнаяТехно": "Главная", "Техно"),
    /// read scalar by scalar.
    static func glued(_ text: String) -> [String] {
        let scalars = text.unicodeScalars
        var items: [String] = []
        var start = scalars.startIndex
        var previous: Unicode.Scalar?
        for index in scalars.indices {
            let scalar = scalars[index]
            if let previous, scalar.properties.isUppercase, previous.properties.isAlphabetic,
               previous.properties.isLowercase || isCyrillic(previous) != isCyrillic(scalar) {
                items.append(String(scalars[start..<index]))
                start = index
            }
            previous = scalar
        }
        items.append(String(scalars[start...]))
        return items.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool { (0x400...0x52F).contains(scalar.value) }

    /// A line's numbered items ("1. Главная 2. Новости", "3. Медицина"): the number the line opens with,
    /// then each next one after a space, an item what follows up to the next; none when no number opens it.
    static func numbered(_ text: String) -> [(number: Int, item: String)] {
        guard let first = text.utf8.first, (0x31...0x39).contains(first) else { return [] }
        var entries: [(number: Int, item: String)] = []
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        for word in words {
            if word.count >= 2, word.count <= 3, word.last == ".", let number = Int(word.dropLast()),
               entries.last.map({ number == $0.number + 1 && !$0.item.isEmpty }) ?? true {
                entries.append((number, ""))
            } else if entries.isEmpty {
                return []
            } else {
                entries[entries.count - 1].item += entries[entries.count - 1].item.isEmpty ? String(word) : " " + word
            }
        }
        return entries.last.map({ $0.item.isEmpty }) ?? true ? [] : entries
    }

    /// A list's item: a short name, not a sentence, a dateline, a list's news or a boilerplate phrase
    /// (the last may be the headline, cut with "…").
    private static func isItem(_ text: String, last: Bool) -> Bool {
        // Fewer spaces than a cut headline's words, before the line is read.
        guard text.utf8.count(where: { $0 == 0x20 }) < DumpLayout.trailItemWords else { return false }
        return isItem(DumpLine(text), last: last)
    }

    private static func isItem(_ line: DumpLine, last: Bool) -> Bool {
        let isCutHeadline = last && line.text.hasSuffix("…")
        guard (1...6).contains(line.words) || isCutHeadline && line.words <= DumpLayout.trailItemWords else { return false }
        return !line.isBullet && !line.isDateline && !line.isListing && line.boilerplate == nil
            && !line.text.utf8.contains(bytes: DumpLine.menuBar)
            && !".!?:;,".contains(line.text.last ?? ".") && line.text.contains(where: \.isLetter)
    }

    /// A label of a trail on its own line: "Где я:", "Вы находитесь:".
    static func isLabel(_ text: String) -> Bool {
        text.hasSuffix(":") && text.count <= BreadcrumbTrail.labelCharacters
            && BreadcrumbTrail.labels.contains(where: TextComparison.fold(text).contains)
    }

    /// The end of the lines that open the run of text `block`: no more of the run's text before them than a
    /// ticker has, fewer words than a long line of prose.
    static func openingEnd(of block: Range<Int>, in lines: [DumpLine]) -> Int {
        var words = 0
        for index in block {
            if words >= DumpLine.longLineWords { return index }
            if lines[index].score > 0 { words += lines[index].words }
        }
        return block.upperBound
    }

    /// The items of a line of a path: between one of the path separators, on a line of its own; short
    /// names (the last may be the headline, cut with "…"), none a sentence, none repeated.
    static func pathItems(of line: DumpLine) -> [String]? {
        guard line.words <= DumpLayout.trailLineWords, !line.text.utf8.contains(bytes: DumpLine.menuBar),
              let found = pathSeparatorBytes.firstIndex(where: line.text.utf8.contains(bytes:)) else { return nil }
        let separator = pathSeparators[found]
        let items = line.text.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
        // A ticker repeats its item ("все новости » все новости »"); a path goes somewhere.
        guard BreadcrumbTrail.levels.contains(items.count), Set(items.map { $0.lowercased() }).count == items.count,
              !(items.last.map { $0.hasSuffix(separator.trimmingCharacters(in: .whitespaces)) } ?? true) else { return nil }
        let named = items.enumerated().allSatisfy { position, item in
            let words = item.split(separator: " ").count
            let isCutHeadline = position == items.count - 1 && item.hasSuffix("…")
            return words >= 1 && (words <= 6 || isCutHeadline) && !".!?:;,".contains(item.last ?? ".")
                && item.contains(where: \.isLetter)
        }
        return named ? items : nil
    }
}
