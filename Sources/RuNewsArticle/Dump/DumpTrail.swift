/// A breadcrumb trail in a dump: bullets from "Главная" down ("- Главная", "- Новости", "- Общество"),
/// or one line of items between separators ("Главная » Жизнь » Фрагменты", or a path after a label:
/// "Вы читаете раздел: Здоровье » Секс").
enum DumpTrail {
    static let separators = [" / ", " » ", " > ", " → ", " - "]
    static let root = "главная"

    /// The trail's items and the lines it takes.
    static func find(in lines: [DumpLine]) -> (items: [String], lines: [Int])? {
        for (index, line) in lines.enumerated() where TextComparison.fold(line.text) == root && line.isBullet {
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
        for (index, line) in lines.enumerated() where line.words <= DumpLayout.trailLineWords && separators.contains(where: line.text.contains) {
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
}
