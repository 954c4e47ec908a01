import Testing
@testable import RuNews

/// A document beyond the size limit is read up to it, and its record says so; pages and texts alike.
@Suite struct DocumentLimitTests {
    let pipeline = Pipeline(options: .init(maximumBytes: 4 << 10))
    let body = String(repeating: "Губернатор Ставропольского края Владимир Владимиров открыл школу. ", count: 200)

    @Test func aTextBeyondTheLimitIsCutWithAWarning() {
        let record = pipeline.record(bytes: Array(body.utf8), id: "long", format: .text)
        #expect(record.warnings.contains("the text is larger than 4 KB: only its start was read"))
        #expect(record.text.utf8.count <= 4 << 10)
    }

    @Test func aPageBeyondTheLimitIsCutWithAWarning() {
        let record = pipeline.record(bytes: Array("<html><body><p>\(body)</p></body></html>".utf8), id: "long", format: .html)
        #expect(record.warnings.contains("the page is larger than 4 KB: only its start was read"))
    }

    /// The cut falls where it may; it never splits a character, so the page stays UTF-8 and names
    /// its people (a split character made the whole page read as x-mac-cyrillic).
    @Test(arguments: 0..<4)
    func theCutKeepsUTF8Whole(shift: Int) {
        let page = String(repeating: "ж", count: shift) + "<html><head><meta charset=utf-8></head><body><p>\(body)</p></body></html>"
        let record = pipeline.record(bytes: Array(page.utf8), id: "cut", format: .html)
        #expect(record.source?.encoding == "utf-8")
        #expect(!record.warnings.contains { $0.contains("ill-formed") })
        #expect(record.people.contains { $0.name == "Владимир Владимиров" })
    }

    @Test func aStrayByteInAUTF8PageIsOneReplacementCharacter() {
        let page = Array("<html><head><meta charset=utf-8></head><body><p>\(body.prefix(300))</p></body></html>".utf8) + [0xD0]
        let record = Pipeline().record(bytes: page, id: "stray", format: .html)
        #expect(record.source?.encoding == "utf-8")
        #expect(record.people.contains { $0.name == "Владимир Владимиров" })
        #expect(record.warnings.contains("1 ill-formed UTF-8 sequence replaced by U+FFFD"))
    }

    @Test func aDocumentOverItsWorkBudgetGetsNoEntitiesAndAWarning() throws {
        let text = Array(body.utf8)
        let full = Pipeline().record(bytes: text, id: "text", format: .text)
        #expect(full.people.contains { $0.name == "Владимир Владимиров" } && full.warnings.isEmpty)
        // A budget its bytes fit in but not the passes over its tokens: no entities, the text kept.
        let tight = Pipeline(options: .init(workLimit: text.count * 2))
        let record = tight.record(bytes: text, id: "text", format: .text)
        #expect(record.text == full.text && record.people.isEmpty && record.organisations.isEmpty && record.dates.isEmpty)
        #expect(record.warnings == ["the document needs more work than its limit of \(text.count * 2) steps: no entities were extracted"])
        // A count of steps, not a clock: the same record every time and in a batch of any width.
        let documents = (0..<6).map { Document(id: "text-\($0)", bytes: text + Array(" \($0)".utf8), format: .text) }
        for jobs in [1, 3] {
            var engine = BatchEngine(documents: documents.makeIterator(), pipeline: tight, jobs: jobs)
            let records = try #require(try engine.nextWindow())
            #expect(records.map(\.json) == documents.map { tight.record(of: $0).json })
        }
    }

    @Test func aDocumentOverItsTimeGetsNoEntitiesAndAWarning() {
        let hurried = Pipeline(options: .init(timeLimit: .zero))
        let record = hurried.record(bytes: Array(body.utf8), id: "slow", format: .text)
        #expect(record.people.isEmpty && !record.text.isEmpty)
        #expect(record.warnings.contains { $0.hasPrefix("reading the document took longer than") })
    }
}
