import RuNewsHTML
import RuNewsText
/// Russian (and a little English) boilerplate, folded to lowercase with ё → е, as data: lines that start
/// with or consist of these belong to the page's frame, not the article.
enum BoilerplatePhrases {
    static let table: [(phrase: String, kind: Article.Removed.Kind)] = [
        ("читайте также", .related), ("смотрите также", .related), ("новости по теме", .related),
        ("материалы по теме", .related), ("по теме", .related), ("похожие новости", .related),
        ("другие новости", .related), ("последние новости", .related), ("самое читаемое", .related),
        ("самое популярное", .related), ("самое комментируемое", .related), ("популярное", .related),
        ("главное", .related), ("рекомендуем", .related), ("вам может быть интересно", .related),
        ("поделиться", .share), ("поделитесь", .share), ("отправить другу", .share), ("твитнуть", .share),
        ("нравится", .share), ("добавить в избранное", .share), ("распечатать", .share),
        ("версия для печати", .share), ("оцените статью", .share), ("рейтинг", .share),
        ("все права защищены", .footer), ("при использовании материалов", .footer), ("при цитировании", .footer),
        ("перепечатка", .footer), ("копирование материалов", .footer), ("свидетельство о регистрации", .footer),
        ("политика конфиденциальности", .footer), ("пользовательское соглашение", .footer),
        ("о проекте", .footer), ("контакты", .footer), ("реклама на сайте", .ads), ("реклама", .ads),
        ("комментарии", .comments), ("комментарий", .comments), ("добавить комментарий", .comments),
        ("оставить комментарий", .comments), ("ваш комментарий", .comments), ("написать комментарий", .comments),
        ("войти", .navigation), ("регистрация", .navigation), ("вход", .navigation), ("поиск", .navigation),
        ("подписаться", .navigation), ("подписка", .navigation), ("загрузка", .navigation),
        ("все новости", .navigation), ("архив", .navigation), ("rss", .navigation), ("english version", .navigation),
        ("все »", .navigation), ("далее", .navigation), ("подробнее", .navigation),
        // A tag list, and the calls to follow the site elsewhere that pages have carried since social networks.
        ("теги:", .related), ("тэги:", .related), ("метки:", .related),
        ("присоединяйтесь к нам", .share), ("читайте нас", .share), ("подписывайтесь", .navigation), ("подпишитесь", .navigation),
    ]

    /// The first letters of the advertisements' phrases: a line opening with none of them is no advertisement.
    static let advertisementOpenings = Set(table.filter { $0.kind == .ads }.compactMap(\.phrase.unicodeScalars.first))

    /// What a site's interface says anywhere in a short line: "Если вы заметили ошибку, выделите её и
    /// нажмите Ctrl+Enter", "Ваш браузер не поддерживает видео".
    static let interfaceNotices = BytePatterns(["ctrl+enter", "ctrl-enter", "ctrl + enter", "браузер не поддерживает"])
    /// Bytes one of them has as pages write them (lowercase or capitals): most lines have none and are
    /// not lowercased to look.
    static let interfaceMarks = BytePatterns(["trl", "TRL", "раузер", "РАУЗЕР"])

    /// Stems of a site's notice of its rights, which runs long ("Правовые ограничения: Согласно договора
    /// между © … перепечатка … с письменного разрешения правообладателя"): with ©, a line of any length
    /// that has one is the footer, not a paragraph.
    static let rightsStems = BytePatterns(["цитирован", "воспроизвед", "перепечат", "правообладател", "учредител"])

    static func isRightsNotice(_ line: String) -> Bool {
        rightsStems.occurs(in: line.lowercased().utf8)
    }

    /// A notice of rights with © in it: the footer, whose length must not make it the article.
    static func isCopyrightNotice(_ line: String) -> Bool {
        line.utf8.contains(bytes: copyrightSign) && isRightsNotice(line)
    }

    static let copyrightSign = Array("©".utf8)

    /// The openings of a line that credits the article's source or a photo's ("Источник: radiovesti.ru",
    /// "По материалам: tsn.ua"): no text keeps it, and the article's own credit is its last line.
    static let sourceCredits = ["источник:", "источники:", "по материалам"]

    /// The credits' first letters, folded: a line whose first letter folds to none of them is not folded whole.
    static let creditOpenings = Set(sourceCredits.compactMap(\.unicodeScalars.first))

    /// Whether `line`, of at most `words` words, is such a credit.
    static func isSourceCredit(_ line: String, words: Int) -> Bool {
        guard words <= 12, let first = line.unicodeScalars.first, creditOpenings.contains(Folding.fold(first)) else { return false }
        let folded = Folding.fold(line)
        return sourceCredits.contains { folded.hasPrefix($0) }
    }

    /// The openings of a photo's credit or caption label ("Фото: Игорь Иванов", "ФОТО: AP", "Фото РИА
    /// Новости", "На фото: …", "Иллюстрация: …"): a short line so opening is the photo's, not the text's.
    static let photoCredits = ["фото:", "фото ", "фото -", "фото —", "фото –", "на фото", "фотограф", "иллюстрация:", "photo:"]
    static let photoCreditWords = 8

    /// Whether `line`, of `words` words, is a photo's credit.
    static func isPhotoCredit(_ line: String, words: Int) -> Bool {
        guard words <= photoCreditWords, let first = line.unicodeScalars.first, "фФнНиИpP".unicodeScalars.contains(first) else { return false }
        let folded = Folding.fold(line)
        return photoCredits.contains { folded.hasPrefix($0) }
    }

    /// The controls a comment ends with, its votes before them ("2 1 минус | 3 плюса Ответить Пожаловаться"):
    /// a short line ending so is a comment's frame.
    static let commentControls = ["ответить", "пожаловаться", "цитировать", "ответить цитировать"]

    /// Whether the line is markup printed as text ("<div style=…>…"): the code a page offers to embed its
    /// story or photo elsewhere.
    static func isMarkup(_ line: String) -> Bool {
        var bytes = line.utf8.drop { $0 == 0x20 }
        guard bytes.first == UInt8(ascii: "<") else { return false }
        bytes = bytes.dropFirst()
        guard let next = bytes.first, (0x61...0x7A).contains(next | 0x20) || next == UInt8(ascii: "/") else { return false }
        return bytes.contains(UInt8(ascii: ">"))
    }

    /// Labels that put another page's headline after a colon, inside the text ("Читайте также: …").
    static let relatedLabels = ["читайте также:", "смотрите также:", "по теме:", "читайте:", "см. также:"]

    /// Whether the line is a link to another page under its label (a headline after it, the line 400
    /// bytes at most, where other phrases may have 80 characters): not the label alone.
    static func isRelatedLink(_ line: String) -> Bool {
        // The cheap test first: the line opens with a capital "Ч", "С", "П" or their small letters.
        guard let first = line.unicodeScalars.first, "ЧчСсПп".unicodeScalars.contains(first) else { return false }
        let folded = Folding.fold(String(line.prefix(20)))
        return relatedLabels.contains { folded.hasPrefix($0) && line.unicodeScalars.count > $0.unicodeScalars.count + 2 }
    }

    /// The kind of boilerplate a line is, if it is some: it starts with a phrase of the table or ends with
    /// a comment's controls and is short, carries © (and is short, or a notice of rights however long),
    /// is a short line with an interface notice in it, or markup printed as text.
    static func kind(of line: String) -> Article.Removed.Kind? {
        if isMarkup(line) { return .share }
        let length = line.utf8.count
        if length < 400 ? line.utf8.contains(bytes: copyrightSign) : isCopyrightNotice(line) { return .footer }
        if length <= 400, interfaceMarks.occurs(in: line.utf8), interfaceNotices.occurs(in: line.lowercased().utf8) { return .navigation }
        if length <= 400, isRelatedLink(line) { return .related }
        guard length <= 200 else { return nil }
        let folded = Folding.fold(line)
        if folded.utf8.starts(with: "(c)".utf8) { return .footer }
        guard folded.count <= 80 else { return nil }
        // Bytes against bytes: both sides are folded, and this runs for every line of every dump.
        let bytes = folded.utf8
        if let kind = table.first(where: { bytes.starts(with: $0.phrase.utf8) })?.kind { return kind }
        return commentControls.contains { bytes.reversed().starts(with: $0.utf8.reversed()) } ? .comments : nil
    }
}
