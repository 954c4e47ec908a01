import Foundation
import RuNewsHTML
/// A breadcrumb trail no class names as one, read from its shape: links joined by a path separator
/// ("Главная » Новости » Мировые новости медицины", "Главная / НАУКА И ТЕХНИКА"), set as a list's
/// items or run together (the style sheet drawing the separators), nothing else beside them but a
/// label ("Вы читаете раздел:", also just before the list), and it says it is a path — by that label,
/// or by links that go down one address ("/", "/news/", "/news/world-news/"). A menu ("Новости |
/// Спорт | Погода") is none.
enum BreadcrumbTrail {
    /// A label before a list ("Где я:") is this short.
    static let labelCharacters = 30

    static let separators: Set<Unicode.Scalar> = ["»", "›", "/", ">", "→", "-", "—", "–", "\\", "·", ":"]
    static let labels = ["вы находитесь", "вы читаете", "вы здесь", "где я", "путь", "раздел", "рубрика"]
    /// Inline elements a link or a separator may be wrapped in.
    /// (A switch: a set of tags hashes each tag's name.)
    static func isWrapper(_ tag: TagName) -> Bool {
        switch tag { case .b, .strong, .span, .em, .i, .font, .small, .li: true; default: false }
    }
    static let levels = 2...6

    /// A trail found: its items, whether it starts at the site's front page, its links' paths, and
    /// whether its shape and addresses say it is a path (else the page's declaration must, `declares`).
    struct Found {
        let items: [String]
        let fromRoot: Bool
        let paths: [String]
        let isPath: Bool
        /// Its separators drawn by the style sheet: list items or links run together.
        let styled: Bool
    }

    /// The trail `element` is, or nil; with `unproven`, also a run of links shaped and separated as a trail
    /// whose addresses and label do not say it is a path.
    static func trail(of element: Int, in document: HTMLDocument, unproven: Bool = false) -> Found? {
        let children = document.children(of: element)
        // Two links need a separator between them, but for a list's two items.
        let isOrdered = document.nodes[element].tag == .ol
        let isList = isOrdered || document.nodes[element].tag == .ul
        // Two children are two links run together, whose separator the style sheet draws.
        let count = children.count(upTo: 25)
        guard ((isList ? 2 : 3)...24).contains(count) || count == 2 && children.allSatisfy({ anchor(of: $0, in: document) != nil }),
              hasShape(children, in: document) else { return nil }
        var links: [(text: String, path: String)] = []
        var current: String?
        var labelled = isLabel(document.nodes[element].previousSibling, in: document)
        var separated = true
        var directed = false
        var undirected = false  // a separator that points nowhere ("/", "-", "·")
        var drawn = false  // a separator drawn as an image, which may be an arrow or a menu's bullet
        var listed = false
        var glued = false  // links with nothing between, the separators drawn by the style sheet
        for child in children {
            // A list's items are apart without a separator.
            if document.nodes[child].tag == .li {
                separated = true
                listed = true
            }
            if let link = link(child, in: document) {
                guard current == nil, links.count < levels.upperBound else { return nil }
                if !separated { glued = true }
                links.append(link)
                separated = false
                continue
            }
            let kind = document.nodes[child].kind
            if kind == .comment { continue }
            // An arrow drawn as an image separates as its character would.
            if kind == .element, document.nodes[child].tag == .img {
                guard !links.isEmpty, !separated else { return nil }
                separated = true
                directed = true
                drawn = true
                continue
            }
            // Only text and inline elements sit between the links; a block is no part of a trail.
            guard kind == .text || isWrapper(document.nodes[child].tag) else { return nil }
            let text = document.text(of: child)
            // The text is collapsed: its only white space is the ASCII space.
            let visible = text.unicodeScalars.lazy.filter { $0 != " " }
            if visible.isEmpty { continue }
            if visible.allSatisfy(separators.contains) {
                separated = true
                if visible.contains(where: directions.contains) { directed = true } else { undirected = true }
                continue
            }
            // The page itself may close the trail unlinked, after a separator: "Главная » Сюжеты » Заголовок".
            if !links.isEmpty, separated, current == nil {
                current = text.trimmed(.whitespaces)
                continue
            }
            // A label may open the trail: "Вы читаете раздел:".
            guard links.isEmpty, !labelled, text.hasSuffix(":"), labels.contains(where: text.lowercased().contains) else { return nil }
            labelled = true
        }
        let levelCount = links.count + (current == nil ? 0 : 1)
        guard levels.contains(levelCount), !separated || current != nil,
              links.allSatisfy({ (1...6).contains($0.text.split(separator: " ").count) }) else { return nil }
        let paths = links.map(\.path)
        // A path says it is one: by its label, by links that go down the site's addresses, or by starting at
        // the site's root with separators that point one way ("»", an arrow drawn or written), as a menu's do
        // not. A list of links is a menu's shape as much as a trail's: only its label tells.
        // Two links that go down from the root without a direction or a home word are a site's name and
        // its section as often ("РИА Новый Регион – Дальний Восток": an edition's label).
        let descending = links.count >= 2 && descends(paths)
            && (levelCount > 2 || directed || !isRoot(paths[0]) || isHome(links[0].text))
        // Three levels or more with every separator written pointing one way are a path wherever they
        // start (an image between links is as often a menu's bullet).
        let directedThrough = directed && !undirected && !drawn && levelCount >= directedLevels
        let homeAtRoot = isRoot(paths[0]) && isHome(links[0].text)
        // Where the style sheet draws the separators, the addresses tell: an ordered list (menus are lists
        // too, but seldom numbered) that goes down or starts at the front page, or links run together
        // over three levels (two are a name and its page as often) that go down.
        let drawnByStyle = listed ? isOrdered && (descending || homeAtRoot) : levelCount >= directedLevels && descending
        let isPath = labelled || (glued || listed ? drawnByStyle : descending || directed && isRoot(paths[0]) || directedThrough)
        guard isPath || unproven && current == nil else { return nil }
        return Found(items: links.map(\.text) + (current.map { [$0] } ?? []), fromRoot: isRoot(paths[0]) || isHome(links[0].text),
                     paths: paths, isPath: isPath, styled: glued || listed)
    }

    /// Whether a page's declared trail (JSON-LD's `BreadcrumbList`, which no reader sees) vouches for a run
    /// of links the page shows: each link is one of the declared levels, by address or by name, in the
    /// declared order. Part of them is not enough: a news list's items show their rubric's path too
    /// ("Регионы > Акмолинская обл."), the article's own among them.
    static func declares(_ declared: [(name: String, path: String)], _ found: Found) -> Bool {
        // A run that closes with the page unlinked has an item more than paths: it is never unproven.
        guard found.items.count == found.paths.count else { return false }
        let levels = declared.map { (name: TextComparison.fold($0.name), path: $0.path) }
        var rest = levels[...]
        for (name, path) in zip(found.items, found.paths) {
            let folded = TextComparison.fold(name)
            guard let level = rest.firstIndex(where: { (!$0.path.isEmpty && $0.path == path) || $0.name == folded }) else { return false }
            rest = rest[(level + 1)...]
        }
        return true
    }

    /// Whether `node` is a trail's label standing before it ("<strong>Где я:</strong><ul>…").
    static func isLabel(_ node: Int32, in document: HTMLDocument) -> Bool {
        var sibling = node
        // White space between the two is no label.
        while sibling >= 0, document.nodes[Int(sibling)].kind == .text, !document.nodes[Int(sibling)].text.contains(where: { $0 > 0x20 }) {
            sibling = document.nodes[Int(sibling)].previousSibling
        }
        guard sibling >= 0 else { return false }
        let node = Int(sibling)
        guard document.nodes[node].kind == .text || isWrapper(document.nodes[node].tag) else { return false }
        let text = document.text(of: node)
        return text.hasCharacters(atMost: labelCharacters) && text.hasSuffix(":") && labels.contains(where: text.lowercased().contains)
    }

    /// Words of the link to a site's front page, the first its name in a trail.
    static let homeWords = [frontPage, "на главную", "home", "домой"]
    static let frontPage = "главная"

    static func isHome(_ text: String) -> Bool {
        let folded = text.lowercased()
        return homeWords.contains { folded.hasPrefix($0) }
    }

    /// Separators that point from a level to the next, unlike the "|", "/", "·" or "-" that menus use too.
    static let directions: Set<Unicode.Scalar> = ["»", "›", ">", "→"]
    /// Levels enough, with every separator one of `directions`, to make a path without more evidence.
    static let directedLevels = 3

    /// The site's front page: "/", "", "/index.html", "/default.asp".
    static func isRoot(_ path: String) -> Bool {
        let name = path.drop { $0 == "/" }
        return name.isEmpty || ["index.", "default.", "main."].contains { name.hasPrefix($0) } && !name.contains("/")
    }

    /// What `trail(of:)` asks of the children that needs no text read: links or inline elements, two at
    /// least, a link among them, nothing else but text and comments, no words right after a link or
    /// before the first inline element but a label's (a separator has no letter or digit). Most elements
    /// of a page fail it, so their texts are never gathered.
    static func hasShape(_ children: HTMLDocument.Children, in document: HTMLDocument) -> Bool {
        var inline = 0
        var afterLink = false, afterInline = false
        var hasLink = false  // a link is a child or wrapped alone in one: a trail has one at least
        var rightAfterLink = false
        var afterWords = 0
        for child in children {
            switch document.nodes[child].kind {
            case .element:
                let tag = document.nodes[child].tag
                rightAfterLink = tag == .a
                if tag == .img { continue }
                guard tag == .a || isWrapper(tag) else { return false }
                inline += 1
                afterInline = true
                if tag == .a { afterLink = true }
                if !hasLink, anchor(of: child, in: document) != nil { hasLink = true }
            case .text:
                let text = document.nodes[child].text
                // Words in the text right after a link are none of a trail's (a separator would come first,
                // in a text of its own); words before the first inline element can only be its label ("Где
                // я:"). Most paragraphs with links end here.
                if text.contains(where: isWordByte) {
                    if rightAfterLink || !afterInline && !text.contains(0x3A) { return false }
                }
                if text.contains(where: { $0 > 0x20 }) { rightAfterLink = false }
                // Words after a link end the trail (the page itself) or show it is none.
                if afterLink, text.contains(where: isASCIILetterOrDigit) { afterWords += 1 }
                if afterWords > 1 { return false }
            default:
                continue
            }
        }
        return hasLink && inline + afterWords >= levels.lowerBound
    }

    /// An ASCII letter or digit, or the lead byte of a Cyrillic letter: no separator has one.
    static func isWordByte(_ byte: UInt8) -> Bool { isASCIILetterOrDigit(byte) || byte == 0xD0 || byte == 0xD1 }

    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// A link, bare or wrapped in inline elements, with its text and its address's path.
    static func link(_ node: Int, in document: HTMLDocument) -> (text: String, path: String)? {
        guard let anchor = anchor(of: node, in: document), let href = document.value(of: "href", at: anchor) else { return nil }
        let text = document.text(of: anchor)
        // A link within the page ("#article", a tab's) has no address: it is no front page.
        guard !text.isEmpty else { return nil }
        return (text, href.first == UInt8(ascii: "#") ? "#" : String(decoding: SiteHost.parts(of: href).path, as: UTF8.self))
    }

    /// The `<a>` that `node` is, or that it wraps alone in inline elements ("<span><b><a …>").
    static func anchor(of node: Int, in document: HTMLDocument) -> Int? {
        var current = node
        while document.nodes[current].kind == .element, isWrapper(document.nodes[current].tag) {
            var only: Int?
            for child in document.children(of: current) where document.nodes[child].kind == .element {
                guard only == nil else { return nil }
                only = child
            }
            guard let only else { return nil }
            current = only
        }
        return document.nodes[current].kind == .element && document.nodes[current].tag == .a ? current : nil
    }

    /// Each address lies under the one before ("/", "/news/", "/news/world/"; "/news" then "/news/world").
    static func descends(_ paths: [String]) -> Bool {
        zip(paths, paths.dropFirst()).allSatisfy { parent, child in
            let directory = parent.hasSuffix("/") ? parent : parent + "/"
            return parent.hasPrefix("/") && child.hasPrefix(directory) && child.count > directory.count
        }
    }
}
