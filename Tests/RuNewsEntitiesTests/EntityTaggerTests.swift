import Foundation
import Testing
import RuNewsText
@testable import RuNewsEntities

let tagger: EntityTagger = {
    switch EntityTagger.shared {
    case .success(let tagger): return tagger
    case .failure(let error): fatalError("the bundled tagger does not load: \(error)")
    }
}()

@Suite struct EntityTaggerTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    struct Expected: Decodable {
        let text: String
        let tokens: [[Int]]
        let labels: [String]
    }

    /// The CRF alone, without the network.
    static let crfAlone: EntityTagger = {
        do { return try EntityTagger(path: EntityTagger.bundledModelPath!) } catch { fatalError("\(error)") }
    }()

    /// Paragraphs of NEREL train with the labels the Python CRF gives them (`Tools/train_tagger.py
    /// --fixture`): the Swift features and decoding are the same computation.
    @Test func crfLabelsEqualThePythonModels() throws {
        try compare(Self.crfAlone, "tagger_nerel_train.json")
    }

    /// The same paragraphs with the labels of the shipped ensemble, the network's scores added to the
    /// CRF's (`Tools/train_neural_tagger.py --fixture`, computed there as Swift computes it).
    @Test func labelsEqualThePythonModels() throws {
        #expect(tagger.neural != nil)
        try compare(tagger, "tagger_neural_nerel_train.json")
    }

    func compare(_ tagger: EntityTagger, _ fixture: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(fixture))
        let cases = try JSONDecoder().decode([Expected].self, from: data)
        #expect(cases.count >= 40)
        var tokens = 0, entities = 0
        for expected in cases {
            let text = analysed(expected.text)
            let ranges = text.segmentation.sourceTokenRanges().map { [$0.lowerBound, $0.upperBound] }
            #expect(ranges == expected.tokens, "tokens of \(expected.text)")
            let labels = tagger.labels(in: text)
            #expect(labels == expected.labels, "labels of \(expected.text)")
            tokens += labels.count
            entities += labels.filter { $0.hasPrefix("B-") }.count
        }
        #expect(tokens > 1_000 && entities > 100)
    }

    /// A spelling's row kept from an earlier text gives the labels its computed row gives.
    @Test func labelsDoNotDependOnEarlierTexts() throws {
        func fresh() throws -> EntityTagger {
            try EntityTagger(path: EntityTagger.bundledModelPath!, neuralPath: EntityTagger.bundledNeuralPath!)
        }
        let earlier = analysed("Глава «Газпрома» Алексей Миллер встретился в Москве с министром энергетики России.")
        let later = analysed("В Москве министр энергетики России и Алексей Миллер обсудили поставки «Газпрома» в Китай.")
        let warm = try fresh()
        _ = warm.labels(in: earlier)
        let labels = try fresh().labels(in: later)
        #expect(warm.labels(in: later) == labels)
        #expect(labels.contains("B-PER") && labels.contains("B-LOC"))
    }

    @Test func findsPeopleOrganisationsAndPlaces() {
        let text = analysed("Президент России Владимир Путин провёл встречу с главой «Газпрома» Алексеем Миллером в Москве.")
        let spans = tagger.spans(in: text).map { ($0.kind, text.texts[$0.tokens].joined(separator: " ")) }
        #expect(spans.contains { $0 == (.person, "Владимир Путин") })
        #expect(spans.contains { $0 == (.person, "Алексеем Миллером") })
        #expect(spans.contains { $0 == (.location, "Москве") })
        #expect(spans.contains { $0 == (.location, "России") })
    }

    /// The items of a list run on one line are names apart, whatever labels the separators get.
    @Test func aListSeparatorEndsASpan() {
        let text = analysed("Страны региона: Барбадос • Бермуды • Чили | Перу.")
        let spans = tagger.spans(in: text).map { text.texts[$0.tokens].joined(separator: " ") }
        #expect(spans.allSatisfy { !$0.contains("•") && !$0.contains("|") })
        #expect(spans.contains("Бермуды"))
    }

    /// A quote a span opens is closed inside it, when the closing mark touches the span; a closed one, one
    /// the next span starts at, or a mark after a space stays out.
    @Test func aSpanClosesTheQuoteItOpens() {
        let text = analysed("директоров АО «Макфа» и ОАО \"Корпорация МИТ\" и АО „Ника“ и «Дело «Лютик»» и «Роза »")
        func span(_ tokens: Range<Int>) -> EntityTagger.Span { EntityTagger.Span(kind: .organisation, tokens: tokens) }
        func words(_ spans: [EntityTagger.Span]) -> [String] { spans.map { text.texts[$0.tokens].joined(separator: " ") } }
        // АО « Макфа | ОАО " Корпорация МИТ | АО „ Ника | « Лютик » (closed, before a »)
        let spans = [span(1..<4), span(6..<10), span(12..<15), span(19..<22)]
        #expect(words(EntityTagger.closingQuotes(spans, in: text))
            == ["АО « Макфа »", "ОАО \" Корпорация МИТ \"", "АО „ Ника “", "« Лютик »"])
        #expect(EntityTagger.closingQuotes([span(1..<4), span(4..<5)], in: text).map(\.tokens) == [1..<4, 4..<5])
        #expect(words(EntityTagger.closingQuotes([span(24..<26)], in: text)) == ["« Роза"])
    }

    /// Labels are well-formed BIO within each sentence, and spans never cross a sentence.
    @Test func labelsAreWellFormed() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("tagger_nerel_train.json"))
        let cases = try JSONDecoder().decode([Expected].self, from: data)
        for expected in cases.prefix(20) {
            let text = analysed(expected.text + " Ещё одно предложение про ООН и Нью-Йорк.")
            let labels = tagger.labels(in: text)
            for sentence in text.segmentation.sentences {
                var previous = "O"
                for index in sentence.tokens {
                    let label = labels[index]
                    if label.hasPrefix("I-") { #expect(previous != "O" && previous.dropFirst(2) == label.dropFirst(2)) }
                    previous = label
                }
            }
            for span in tagger.spans(in: text) {
                #expect(text.segmentation.sentences.contains { $0.tokens.contains(span.tokens.lowerBound) && $0.tokens.contains(span.tokens.upperBound - 1) })
            }
        }
        #expect(tagger.spans(in: analysed("")).isEmpty)
        #expect(tagger.labels(in: analysed("…")) == ["O"])
    }

    // MARK: - The file

    func temporary(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func bundled() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: try #require(EntityTagger.bundledModelPath))))
    }

    @Test func missingFile() {
        #expect(throws: TaggerError.missing(path: "/nonexistent/ru.tagger")) { try EntityTagger(path: "/nonexistent/ru.tagger") }
    }

    @Test func foreignFile() throws {
        let path = try temporary(Array("not a tagger file at all, just text".utf8))
        #expect(throws: TaggerError.notATaggerFile(path: path)) { try EntityTagger(path: path) }
        if let morph = try? Data(contentsOf: URL(fileURLWithPath: Self.folder.path + "/../../../Sources/RuNewsMorphology/Resources/ru.morph")).prefix(4096) {
            let other = try temporary([UInt8](morph))
            #expect(throws: TaggerError.notATaggerFile(path: other)) { try EntityTagger(path: other) }
        }
    }

    @Test func truncatedFile() throws {
        let bytes = try bundled()
        let path = try temporary(Array(bytes.prefix(bytes.count / 2)))
        #expect(throws: TaggerError.truncated(path: path)) { try EntityTagger(path: path) }
        let tiny = try temporary(Array(bytes.prefix(12)))
        #expect(throws: TaggerError.truncated(path: tiny)) { try EntityTagger(path: tiny) }
    }

    @Test func damagedFile() throws {
        var bytes = try bundled()
        bytes[bytes.count - 3] ^= 0x5A
        let path = try temporary(bytes)
        #expect(throws: TaggerError.corrupt(path: path, reason: "checksum mismatch")) { try EntityTagger(path: path) }
    }

    /// Loaded without their checksums, as the bundled files are, tables whose rows point past the weights
    /// (every other slot's) or that have no empty slot left label without reading outside the files or
    /// probing forever: every token gets a label.
    @Test func damagedTablesNeitherReadOutsideNorProbeForever() throws {
        func damaging(_ bytes: [UInt8], _ names: Set<String>) -> [UInt8] {
            var bytes = bytes
            func u32(_ offset: Int) -> Int { bytes[offset..<(offset + 4)].reversed().reduce(0) { $0 << 8 | Int($1) } }
            for section in 0..<u32(12) {
                let entry = 24 + 12 * section
                guard names.contains(String(decoding: bytes[entry..<(entry + 4)], as: UTF8.self)) else { continue }
                let start = u32(entry + 4), end = start + u32(entry + 8)
                // Every value a huge row, every 50th key another, and no slot left empty.
                for (number, slot) in stride(from: start, to: end, by: 16).enumerated() {
                    if number % 50 == 0 { bytes[slot + number % 8] ^= 0x5A }
                    if bytes[slot..<(slot + 8)].allSatisfy({ $0 == 0 }) { bytes[slot] = 1 }
                    if number % 2 == 0 { for byte in 8..<16 { bytes[slot + byte] = 0xEE } }
                }
            }
            return bytes
        }
        let network = [UInt8](try Data(contentsOf: URL(fileURLWithPath: try #require(EntityTagger.bundledNeuralPath))))
        let crf = try temporary(damaging(try bundled(), ["ftab", "vtab"]))
        let neural = try temporary(damaging(network, ["wtab", "atab"]))
        defer { for path in [crf, neural] { try? FileManager.default.removeItem(atPath: path) } }
        let damaged = try EntityTagger(path: crf, neuralPath: neural, verifyingChecksum: false, keptSpellings: 0)
        let text = analysed("Глава МИД России Сергей Лавров прибыл в Женеву.")
        #expect(damaged.labels(in: text).count == text.count)
    }

    @Test func otherVersion() throws {
        var bytes = try bundled()
        bytes[8] = 99
        let path = try temporary(bytes)
        #expect(throws: TaggerError.unsupportedVersion(path: path, version: 99)) { try EntityTagger(path: path) }
    }

    @Test func networkFileErrors() throws {
        let crf = try #require(EntityTagger.bundledModelPath)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: try #require(EntityTagger.bundledNeuralPath))))
        #expect(throws: TaggerError.missing(path: "/nonexistent/ru.neural")) { try EntityTagger(path: crf, neuralPath: "/nonexistent/ru.neural") }
        // a CRF file is no network file, nor the reverse
        #expect(throws: TaggerError.notATaggerFile(path: crf)) { try EntityTagger(path: crf, neuralPath: crf) }
        let neural = try temporary(bytes)
        #expect(throws: TaggerError.notATaggerFile(path: neural)) { try EntityTagger(path: neural) }
        let truncated = try temporary(Array(bytes.prefix(bytes.count / 2)))
        #expect(throws: TaggerError.truncated(path: truncated)) { try EntityTagger(path: crf, neuralPath: truncated) }
        var damaged = bytes
        damaged[damaged.count / 2] ^= 0x5A
        let path = try temporary(damaged)
        #expect(throws: TaggerError.corrupt(path: path, reason: "checksum mismatch")) { try EntityTagger(path: crf, neuralPath: path) }
        var other = bytes
        other[8] = 99
        let version = try temporary(other)
        #expect(throws: TaggerError.unsupportedVersion(path: version, version: 99)) { try EntityTagger(path: crf, neuralPath: version) }
    }

    /// The bundled loader skips the checksums, so the suite reads them through: the files shipped are intact,
    /// and the verified load labels as the shared one does.
    @Test func theBundledFilesPassTheirChecksums() throws {
        let path = try #require(EntityTagger.bundledModelPath)
        let verified = try EntityTagger(path: path, neuralPath: EntityTagger.bundledNeuralPath, verifyingChecksum: true)
        let text = analysed("Глава МИД России Сергей Лавров прибыл в Женеву.")
        #expect(verified.labels(in: text) == tagger.labels(in: text))
    }
}
