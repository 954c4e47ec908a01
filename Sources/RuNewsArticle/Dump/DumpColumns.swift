/// A dump's tables read column by column, the way a reader reads them.
///
/// Some converters (inscriptis) lay a table out as the page shows it: its cells side by side, padded with
/// spaces to the column's width, so a menu's items and the article's paragraphs alternate on the lines of
/// one row ("* Спорт      Учёные создали…", "* Авто", "* Наука      Ученые из Сиракузского…"). Read
/// line by line, the article is cut into pieces between menu items and its headline shares a line with
/// one. Here the lines of a table (a run of lines with cells apart or padding after them) are read as
/// columns: a column starts where cells start beside others, just after the cells that end before it
/// (a paragraph indented a little is still the column's), and each column's cells follow each other in
/// line order, the left column first.
///
/// Tables read better by rows stay as they are: those with no prose in them (menus, calendars) and
/// lists whose rows open with their time or date ("18:12 /    Госкомитет провёл…").
enum DumpColumns {
    /// A run of this many spaces parts cells; one or two part words.
    static let cellGap = 3
    /// Cells starting this close to each other beside others start the same column (a nested block is
    /// indented by a character or two).
    static let columnSlack = 4
    /// A table is a list read by rows when this share of its lines of several cells open with a time or date.
    static let listedRows = 0.6

    /// A cell: its text and where it stands, in characters.
    struct Cell {
        let line: Int
        let start: Int
        let end: Int
        let text: Substring
    }

    /// The lines of `rawLines` in reading order: lines outside tables as they are, a table's cells a line each.
    static func readingOrder(_ rawLines: [Substring]) -> [Substring] {
        // Most dumps have no table laid out: nothing is copied for them, and cells are found in tables only.
        let isTableLine = rawLines.map(isTableLine)
        guard isTableLine.contains(true) else { return rawLines }
        var ordered: [Substring] = []
        ordered.reserveCapacity(rawLines.count)
        var index = 0
        while index < rawLines.count {
            guard isTableLine[index] else {
                ordered.append(rawLines[index])
                index += 1
                continue
            }
            var end = index
            while end < rawLines.count, isTableLine[end] { end += 1 }
            let table = index..<end
            let rows = table.map { cells(of: rawLines[$0], line: $0) }
            if readsByColumns(rows) {
                ordered.append(contentsOf: columnOrder(rows.flatMap { $0 }).map(\.text))
            } else {
                ordered.append(contentsOf: rawLines[table])
            }
            index = end
        }
        return ordered
    }

    /// Whether a line is a table's: cells apart on it, or padding after it (a table pads its rows to its
    /// width, blank ones too; a line outside ends with its text). One pass over its bytes.
    static func isTableLine(_ line: Substring) -> Bool {
        var spaces = 0, seenText = false
        for byte in line.utf8 {
            if byte == 0x20 {
                spaces += 1
            } else {
                if seenText && spaces >= cellGap { return true }
                seenText = true
                spaces = 0
            }
        }
        return spaces >= cellGap
    }

    /// Whether a table (its lines' cells) is laid out in columns worth reading one by one: a cell of prose
    /// in it, and not a list of rows that open with their time or date.
    static func readsByColumns(_ table: [[Cell]]) -> Bool {
        guard table.contains(where: { $0.contains { DumpLine.isProse($0.text) } }) else { return false }
        let rows = table.filter { $0.count >= 2 }
        let listed = rows.count { DumpLine.opensWithTimeOrDate($0[0].text) }
        return Double(listed) < listedRows * Double(rows.count)
    }

    /// The cells in column order. A column starts where cells stand beside others on their lines (starts
    /// within `columnSlack` of each other are one), moved left to just after the farthest end of the cells
    /// that end before it.
    static func columnOrder(_ cells: [Cell]) -> [Cell] {
        var besides = Set<Int>()
        for (position, cell) in cells.enumerated() where position > 0 && cells[position - 1].line == cell.line {
            besides.insert(cell.start)
        }
        var starts: [Int] = []
        var previous: Int?
        for start in besides.sorted() {
            if previous.map({ start - $0 > columnSlack }) ?? true { starts.append(start) }
            previous = start
        }
        // Every cell ending at or before a column's start lies left of it (a cell is never empty).
        let ends = cells.map(\.end).sorted()
        var edges = starts.map { start in
            let before = countNotAbove(start, in: ends)
            return before > 0 ? ends[before - 1] + 1 : start
        }
        edges.sort()
        let column = cells.map { countNotAbove($0.start, in: edges) }
        return cells.indices.sorted { (column[$0], $0) < (column[$1], $1) }.map { cells[$0] }
    }

    /// How many of the sorted `values` are at most `limit`: a binary search.
    static func countNotAbove(_ limit: Int, in values: [Int]) -> Int {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= limit { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// A line's cells: runs of text parted by `cellGap` spaces or more.
    static func cells(of line: Substring, line number: Int) -> [Cell] {
        var cells: [Cell] = []
        var column = 0, spaces = 0
        var open: (start: Int, index: Substring.Index)?
        var lastEnd = (column: 0, index: line.startIndex)
        func close() {
            guard let start = open else { return }
            cells.append(Cell(line: number, start: start.start, end: lastEnd.column, text: line[start.index..<lastEnd.index]))
            open = nil
        }
        var index = line.utf8.startIndex
        while index < line.utf8.endIndex {
            let byte = line.utf8[index]
            let next = line.utf8.index(after: index)
            // Columns count characters: continuation bytes add none.
            if byte & 0xC0 != 0x80 {
                if byte == 0x20 {
                    spaces += 1
                    if spaces == cellGap { close() }
                } else {
                    if open == nil { open = (column, index) }
                    spaces = 0
                    lastEnd = (column + 1, next)
                }
                column += 1
            } else if open != nil, spaces == 0 {
                lastEnd.index = next
            }
            index = next
        }
        close()
        return cells
    }
}
