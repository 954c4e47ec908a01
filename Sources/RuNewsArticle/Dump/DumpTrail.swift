/// A breadcrumb trail in a dump: bullets from "Главная" down ("- Главная", "- Новости", "- Общество"),
/// one line of items between separators that starts at the root or after a label ("Главная » Жизнь »
/// Фрагменты", "Вы читаете раздел: Здоровье » Секс"), such a line of short names standing just above
/// the article ("ИА REGNUM » Новости » Медицина » В Омской областной больнице…"), or one of three levels
/// or more anywhere but inside the text.
enum DumpTrail {
    static let separators = [" / ", " » ", " > ", " → ", " - "]
    private static let separatorBytes = separators.map { Array($0.utf8) }
    /// The separators only paths use: a line of items between them is a path wherever it starts
    /// (" - " and " / " also join words of a sentence; " | " joins a menu's items).
    static let pathSeparators = BreadcrumbTrail.directions.sorted().map { " \($0) " }
    private static let pathSeparatorBytes = pathSeparators.map { Array($0.utf8) }
    static let root = "главная"

    /// The trail's items and the lines it takes.
    static func find(in lines: [DumpLine]) -> (items: [String], lines: [Int])? {
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
    static func above(_ block: Range<Int>, in lines: [DumpLine]) -> (items: [String], lines: [Int])? {
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
    static func anywhere(in lines: [DumpLine], outside block: Range<Int>, opening end: Int) -> (items: [String], lines: [Int])? {
        let opening = block.lowerBound..<end
        for index in lines.indices.dropFirst() where !block.contains(index) || opening.contains(index) {
            if let items = pathItems(of: lines[index]), items.count >= BreadcrumbTrail.directedLevels { return (items, [index]) }
        }
        return nil
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
