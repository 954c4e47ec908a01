import Testing
import RuNewsHTML
@testable import RuNewsArticle

@Suite struct BylineTests {
    static let cases: [(String, [String]?, Bool)] = [
        ("Автор: Денис Дорошенко", ["Денис Дорошенко"], true),
        ("Динара НАЖИПОВА — 27.11.2011 11:18", ["Динара Нажипова"], true),
        ("25 ноября, 06:30 | Елена ТКАЧЕНКО", ["Елена Ткаченко"], true),
        ("Татьяна Кожихова © «Вечерние Ведомости»", ["Татьяна Кожихова"], true),
        ("Добавлено: 2012-01-15 14:40:09 Автор: Денис Дорошенко", ["Денис Дорошенко"], true),
        ("Севда Шахмедова, Л.А.", ["Севда Шахмедова"], false),
        ("Фото ©Ярослав Радловский", nil, false),
        ("Учёные создали жвачку, которая снижает аппетит", nil, false),
    ]

    @Test(arguments: cases)
    func reads(_ line: String, _ names: [String]?, _ marked: Bool) {
        let byline = Byline(line)
        #expect(byline?.names == names)
        if names != nil { #expect(byline?.isMarked == marked) }
    }

    @Test func anAgencyDatelineCreditsItsCorrespondent() {
        let paragraph = "ГАЗА, 4 янв - РИА Новости, Назар Альян. Глава правительства сектора Газа посетит Турцию."
        #expect(Byline.opening(paragraph)?.names.last == "Назар Альян")
        #expect(Byline.opening("Глава правительства - сектора Газа, Исмаил Хания, посетит Турцию.") == nil)
    }

    /// A table puts the label in one cell and the name in the next: beside the headline, that is a byline;
    /// a bare name there is not (it may be a caption).
    @Test func aLabelAndANameInTwoBlocksAreAByline() {
        let finder = AuthorFinder(isPersonName: { _ in true })
        let blocks = ["Новость", "Хирург убил пациентку, перепутав органы", "Добавлено:", "2012-01-15 14:40:09", "Автор:", "Денис Дорошенко"]
        #expect(finder.bylineNear(headline: 1, in: blocks) == ["Денис Дорошенко"])
        #expect(finder.bylineNear(headline: 1, in: ["Новость", "Хирург убил пациентку, перепутав органы", "Денис Дорошенко"]) == nil)
    }

    /// A bare name right beside the dateline, under the headline, is the byline.
    @Test func aNameBesideTheDatelineIsAByline() {
        let finder = AuthorFinder(isPersonName: { _ in true })
        let blocks = ["Перинатальный центр откроют в 2012 году", "28.11.2011 16:08", "Павел Козаченко", "Центр строится на базе больницы."]
        #expect(finder.bylineNear(headline: 0, in: blocks) == ["Павел Козаченко"])
    }
}
