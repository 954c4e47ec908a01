/// Word-building data the analyser uses for words the dictionary lacks, as pymorphy3 ships them for
/// Russian.
enum WordBuilding {
    /// Prefixes that do not change a word's reading: "псевдо" + "кошка" is read as "кошка".
    static let knownPrefixes: [String] = [
        "авиа", "авто", "аква", "анти", "анти-", "антропо", "архи", "арт", "арт-", "астро", "аудио", "аэро",
        "без", "бес", "био", "вело", "взаимо", "вне", "внутри", "видео", "вице-", "вперед", "впереди", "гекто",
        "гелио", "гео", "гетеро", "гига", "гигро", "гипер", "гипо", "гомо", "дву", "двух", "де", "дез", "дека",
        "деци", "дис", "до", "евро", "за", "зоо", "интер", "инфра", "квази", "квази-", "кило", "кино", "контр",
        "контр-", "космо", "космо-", "крипто", "лейб-", "лже", "лже-", "макро", "макси", "макси-", "мало", "меж",
        "медиа", "медиа-", "мега", "мета", "мета-", "метео", "метро", "микро", "милли", "мини", "мини-", "моно",
        "мото", "много", "мульти", "нано", "нарко", "не", "небез", "недо", "нейро", "нео", "низко", "обер-",
        "обще", "одно", "около", "орто", "палео", "пан", "пара", "пента", "пере", "пиро", "поли", "полу", "после",
        "пост", "пост-", "порно", "пра", "пра-", "пред", "пресс-", "противо", "противо-", "прото", "псевдо",
        "псевдо-", "радио", "разно", "ре", "ретро", "ретро-", "само", "санти", "сверх", "сверх-", "спец", "суб",
        "супер", "супер-", "супра", "теле", "тетра", "топ-", "транс", "транс-", "ультра", "унтер-", "штаб-",
        "экзо", "эко", "эндо", "эконом-", "экс", "экс-", "экстра", "экстра-", "электро", "энерго", "этно",
    ]

    /// The known prefixes `word` (lowercase UTF-8) starts with, longest first, as guessing tries them.
    static func knownPrefixes(of word: [UInt8]) -> [String] {
        knownPrefixesLongestFirst.filter { $0.bytes.count <= word.count && word[..<$0.bytes.count].elementsEqual($0.bytes) }.map(\.text)
    }

    private static let knownPrefixesLongestFirst: [(text: String, bytes: [UInt8])] =
        knownPrefixes.stableSorted { $0.count > $1.count }.map { ($0, Array($0.utf8)) }

    /// Capital letters an initial can be.
    static let initialLetters: Set<Character> = Set("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ")

    /// Particles written after a hyphen: "кто-то", "давай-ка".
    static let particlesAfterHyphen: [String] = ["-то", "-ка", "-таки", "-де", "-тко", "-тка", "-с", "-ста"]
}
