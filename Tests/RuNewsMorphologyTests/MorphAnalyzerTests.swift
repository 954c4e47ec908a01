import Foundation
import Testing
@testable import RuNewsMorphology

let analyzer: MorphAnalyzer = {
    switch MorphAnalyzer.shared {
    case .success(let analyzer): return analyzer
    case .failure(let error): fatalError("the bundled dictionary does not load: \(error)")
    }
}()

/// The reading of `word` that has every grammeme of `tags`.
func reading(_ word: String, _ tags: [Grammeme]) -> Parse? {
    analyzer.analyse(word).first { parse in tags.allSatisfy(parse.tag.contains) }
}

@Suite struct MorphAnalyzerTests {
    /// (word, expected lemma, expected part of speech of the top reading): agreement with pymorphy3.
    static let topReadings: [(String, String, String)] = [
        ("Владимиром", "Владимир", "NOUN"), ("елка", "ёлка", "NOUN"), ("прибыл", "прибыть", "VERB"),
        ("Беглову", "Беглов", "NOUN"), ("Набиуллиной", "Набиуллин", "NOUN"), ("ООН", "ООН", "NOUN"),
        ("в", "в", "PREP"), ("центральной", "центральный", "ADJF"), ("псевдокошка", "псевдокошка", "NOUN"),
        ("интернет-магазина", "интернет-магазин", "NOUN"), ("кто-то", "кто-то", "NPRO"),
        ("по-русски", "по-русски", "ADVB"), ("мусульмане-сунниты", "мусульманин-суннит", "NOUN"),
        // Dictionary words with characters beyond the Russian alphabet: the index's key encoding holds them.
        ("Кот-д’Ивуара", "Кот-д’ивуар", "NOUN"), ("Ленты.ру", "Лента.ру", "NOUN"),
        // An abbreviation's capitals stay on its lemma when it takes a lowercase ending.
        ("МИДа", "МИД", "NOUN"), ("ВИЧ-инфекцией", "ВИЧ-инфекция", "NOUN"),
    ]

    @Test(arguments: topReadings)
    func topReading(_ word: String, _ lemma: String, _ partOfSpeech: String) throws {
        let parse = try #require(analyzer.analyse(word).first)
        #expect(parse.lemma == lemma)
        #expect(parse.tag.partOfSpeech == Grammeme(partOfSpeech))
    }

    /// The dictionary's fast path gives what the whole pipeline gives: every word of the seed page as
    /// written, in capitals, capitalised, with ё written е, and words with the cases the fast path leaves
    /// to it (initials, other scripts, combining marks).
    @Test func dictionaryPathAgreesWithTheWholePipeline() throws {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/pages/seed.txt")
        let text = try String(contentsOf: seed, encoding: .utf8)
        var words = Set(text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init))
        for word in Array(words) {
            words.formUnion([word.uppercased(), word.lowercased(), word.prefix(1).uppercased() + word.dropFirst().lowercased(),
                             word.replacingOccurrences(of: "ё", with: "е")])
        }
        words.formUnion(["В", "С", "Ёлка", "ЕЛКА", "Ѐ", "Ђорђе", "Йод", "И\u{306}од", "Ѣ", "Straße", "ΑΘΗΝΑ", "Ставрополье"])
        for word in words.sorted() {
            #expect(analyzer.analyse(word) == analyzer.analyseThroughCandidates(word, capitalization: Capitalization(of: word)), "\(word)")
        }
        #expect(words.count > 500)
    }

    @Test func lowercaseBytesAgreeWithUnicode() {
        let alphabet = (0x400...0x45F).compactMap(Unicode.Scalar.init).map(String.init) + (0x41...0x7A).compactMap(Unicode.Scalar.init).map(String.init)
        for letter in alphabet {
            if let bytes = Capitalization.lowercaseBytes(letter) { #expect(String(decoding: bytes, as: UTF8.self) == letter.lowercased(), "\(letter)") }
        }
        for word in alphabet + ["Римского-Корсакова", "ООН", "Из-за", "iPhone", "ТАСС-ТВ", "а-ля", "Ёлка", "-Ъ-", "X5", "ЯЯ", "МИДа", "ВУЗов", "ТВ-программы", "Ст5"] {
            if let (_, capitalization) = Capitalization.lowercased(word) { #expect(capitalization == Capitalization(of: word), "\(word)") }
        }
        #expect(Capitalization.lowercaseBytes("Ѣ") == nil)
        #expect(Capitalization.lowercaseBytes("Straße") == nil)
    }

    /// Tags are parsed by their grammemes' names packed four bytes to an integer: every name has four,
    /// and each packed name finds its own grammeme.
    @Test func packedGrammemeNamesFindTheirGrammemes() {
        for (index, name) in GrammemeInventory.names.enumerated() {
            #expect(name.utf8.count == 4, "\(name)")
            #expect(GrammemeInventory.index(ofPacked: name.utf8.reduce(0) { $0 << 8 | UInt32($1) }) == index, "\(name)")
        }
        #expect(Tag("NOUN,anim,masc,Name sing,ablt").grammemes == GrammemeSet(["NOUN", "anim", "masc", "Name", "sing", "ablt"] as [Grammeme]))
    }

    @Test func shapes() {
        #expect(analyzer.analyse("2023").first?.tag.description == "NUMB,intg")
        #expect(analyzer.analyse("3,5").first?.tag.description == "NUMB,real")
        // Python's int and float decide, as pymorphy asks them.
        for real in ["1e3", "-2.5", ".5", "5.", "+1E-3", "inf", "NaN", "-Infinity", " 2,5 "] {
            #expect(analyzer.analyse(real).first?.tag.description == "NUMB,real", "\(real)")
        }
        for integer in ["+3", "-12", "١٢"] { #expect(analyzer.analyse(integer).first?.tag.description == "NUMB,intg", "\(integer)") }
        for other in ["1.2.3", "1,2,3", "1e", "e5", "1e3.5", "--1", "."] {
            #expect(analyzer.analyse(other).first?.tag.contains(Grammeme("NUMB")) == false, "\(other)")
        }
        #expect(analyzer.analyse("mcmxc").first?.tag.description == "ROMN")
        #expect(analyzer.analyse("MIX-").first?.tag.description != "ROMN")
        #expect(analyzer.analyse("XXI").first?.tag.description == "ROMN")
        #expect(analyzer.analyse("iPhone").first?.tag.description == "LATN")
        #expect(analyzer.analyse("iPhone").first?.lemma == "iPhone")
        #expect(analyzer.analyse("«").first?.tag.description == "PNCT")
        #expect(analyzer.analyse("ъъъ").first?.tag.description == "UNKN")
        #expect(analyzer.analyse("").isEmpty)
    }

    @Test func initialsAreReadAsNamesAndPatronymics() {
        let readings = analyzer.analyse("С")
        #expect(readings.contains { $0.tag.contains(.initial) && $0.tag.contains(.firstName) })
        #expect(readings.contains { $0.tag.contains(.initial) && $0.tag.contains(.patronymic) })
    }

    @Test func scoresAreProbabilities() {
        let readings = analyzer.analyse("Владимиром")
        #expect(abs(readings.reduce(0) { $0 + $1.score } - 1) < 0.01)
        #expect(readings[0].score > readings[1].score)
    }
}

@Suite struct InflectionTests {
    static let cases: [Grammeme] = [.nominative, .genitive, .dative, .accusative, .instrumental, .prepositional]

    /// A name, a surname and an organisation head of each gender in all six cases: (forms, tags to pick
    /// the reading by, nominative).
    static let paradigms: [([String], [Grammeme], String)] = [
        (["Сергей", "Сергея", "Сергею", "Сергея", "Сергеем", "Сергее"], [.firstName, .masculine], "Сергей"),
        (["Эльвира", "Эльвиры", "Эльвире", "Эльвиру", "Эльвирой", "Эльвире"], [.firstName, .feminine], "Эльвира"),
        (["Владимиров", "Владимирова", "Владимирову", "Владимирова", "Владимировым", "Владимирове"],
         [.surname, .masculine], "Владимиров"),
        (["Набиуллина", "Набиуллиной", "Набиуллиной", "Набиуллину", "Набиуллиной", "Набиуллиной"],
         [.surname, .feminine], "Набиуллина"),
        (["Вячеславовна", "Вячеславовны", "Вячеславовне", "Вячеславовну", "Вячеславовной", "Вячеславовне"],
         [.patronymic], "Вячеславовна"),
        (["библиотека", "библиотеки", "библиотеке", "библиотеку", "библиотекой", "библиотеке"], [.noun], "библиотека"),
        (["управление", "управления", "управлению", "управление", "управлением", "управлении"], [.noun], "управление"),
        (["Межпоселенческая", "Межпоселенческой", "Межпоселенческой", "Межпоселенческую", "Межпоселенческой",
          "Межпоселенческой"], [.adjective, .feminine], "Межпоселенческая"),
        // A paradigm with two spellings of a tag ("высшая", "высочайшая"): the word's own is kept.
        (["Высшая", "Высшей", "Высшей", "Высшую", "Высшей", "Высшей"], [.adjective, .feminine], "Высшая"),
    ]

    @Test(arguments: paradigms)
    func everyCaseGoesBackToTheNominative(_ forms: [String], _ tags: [Grammeme], _ nominative: String) throws {
        for (form, grammaticalCase) in zip(forms, Self.cases) {
            let parse = try #require(reading(form, tags + [grammaticalCase]), "no \(tags) \(grammaticalCase) reading of \(form)")
            #expect(analyzer.inflect(parse, to: [.nominative])?.word == nominative, "\(form)")
        }
    }

    @Test func aNominativeKeepsItsSpelling() throws {
        let supreme = try #require(reading("Высший", [.adjective, .masculine, .nominative]))
        #expect(analyzer.inflect(supreme, to: [.nominative])?.word == "Высший")
    }

    @Test func indeclinableNamesStayAsTheyAre() throws {
        for surname in ["Шойгу", "Саенко", "Умеренко"] {
            let parse = try #require(reading(surname, [.surname, .instrumental]))
            #expect(parse.tag.contains(.indeclinable))
            #expect(analyzer.inflect(parse, to: [.nominative])?.word == surname)
        }
    }

    @Test func hyphenatedNamesAndPlurals() throws {
        let surname = try #require(reading("Римского-Корсакова", [.surname, .genitive]))
        #expect(analyzer.inflect(surname, to: [.nominative])?.word == "Римский-Корсаков")
        let governors = try #require(reading("Губернаторами", [.plural, .instrumental]))
        #expect(analyzer.inflect(governors, to: [.nominative])?.word == "Губернаторы")
        let cosmonaut = try #require(reading("женщины-космонавта", [.genitive]))
        #expect(analyzer.inflect(cosmonaut, to: [.nominative])?.word == "женщина-космонавт")
        let predicted = try #require(reading("Беглову", [.surname, .dative]))
        #expect(analyzer.inflect(predicted, to: [.nominative])?.word == "Беглов")
    }

    @Test func lexemeStartsWithTheLemma() throws {
        let parse = try #require(reading("библиотеки", [.genitive, .singular]))
        let forms = analyzer.lexeme(of: parse)
        #expect(forms.first?.word == "библиотека")
        #expect(forms.count >= 12)  // 13: "библиотекою" too
        #expect(forms.contains { $0.word == "библиотекою" && $0.tag.contains(.instrumental) })
    }
}

@Suite struct MorphologyFileTests {
    func bundledBytes() throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "ru", withExtension: "morph"))
        return try Data(contentsOf: url)
    }

    func load(_ data: Data, verifyingChecksum: Bool = true) throws(MorphologyError) -> MorphAnalyzer {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("runews-\(UUID().uuidString).morph").path
        FileManager.default.createFile(atPath: path, contents: data)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try MorphAnalyzer(path: path, verifyingChecksum: verifyingChecksum)
    }

    /// Without the checksum a damaged file loads when its tables' offsets are intact; reading words from
    /// it must still stay inside it (a debug build traps on any read out of bounds). One byte in 200 of
    /// the DAWGs and of the tables' rows is replaced.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func aDamagedFileLoadedWithoutItsChecksumNeverReadsOutside(seed: UInt64) throws {
        var data = try bundledBytes()
        var state = seed
        func next() -> Int {  // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        func u32(_ offset: Int) -> Int { data[offset..<(offset + 4)].reversed().reduce(0) { $0 << 8 | Int($1) } }
        for section in 0..<u32(12) {
            let entry = 24 + 12 * section
            let name = String(decoding: data[entry..<(entry + 4)], as: UTF8.self)
            var start = u32(entry + 4)
            let end = start + u32(entry + 8)
            if ["PARA", "SUFX", "TAGS", "PRFX"].contains(name) { start += 4 + 4 * (u32(start) + 1) }  // rows only
            guard !["GRAM", "META"].contains(name), end > start else { continue }
            for _ in 0..<((end - start) / 200) { data[start + next() % (end - start)] = UInt8(truncatingIfNeeded: next()) }
        }
        let damaged = try load(data, verifyingChecksum: false)
        let words = ["Владимиром", "елка", "стали", "Набиуллиной", "Беглову", "псевдокошка", "интернет-магазина",
                     "кто-то", "по-русски", "Кот-д’Ивуара", "Ленты.ру", "Гиффордс", "соинвесторов", "В", "2016", "XXI"]
        for word in words {
            for reading in damaged.analyse(word) {
                _ = damaged.inflect(reading, to: [.nominative])
                _ = damaged.lexeme(of: reading)
            }
        }
    }

    /// The bundled loader skips the checksum; here it is read through.
    @Test func theBundledFilePassesItsChecksum() throws {
        let path = try #require(MorphAnalyzer.bundledDictionaryPath)
        #expect(throws: Never.self) { try MorphAnalyzer(path: path, verifyingChecksum: true) }
    }

    @Test func aMissingFileIsAClearError() {
        #expect(throws: MorphologyError.missing(path: "/nonexistent/ru.morph")) { try MorphAnalyzer(path: "/nonexistent/ru.morph") }
    }

    @Test func aTruncatedFileIsAClearError() throws {
        let data = try bundledBytes()
        for length in [0, 7, 30, 2_000, data.count / 2] {
            #expect(throws: MorphologyError.self) { try load(data.prefix(length)) }
        }
    }

    @Test func aDamagedFileIsAClearError() throws {
        var data = try bundledBytes()
        data[data.count / 3] ^= 0x5A
        do {
            _ = try load(data)
            Issue.record("a damaged file loaded")
        } catch {
            guard case .corrupt = error else { Issue.record("\(error)"); return }
        }
    }

    @Test func aFileOfAnotherVersionIsAClearError() throws {
        var data = try bundledBytes()
        data[8] = 1  // the version field: a file of the first format, whose word index was pymorphy's
        do {
            _ = try load(data)
            Issue.record("a file of another version loaded")
        } catch {
            guard case .unsupportedVersion(_, version: 1) = error else { Issue.record("\(error)"); return }
        }
    }

    @Test func somethingElseIsNotAMorphologyFile() throws {
        #expect(throws: MorphologyError.self) { try load(Data(String(repeating: "<html>", count: 100).utf8)) }
    }
}
