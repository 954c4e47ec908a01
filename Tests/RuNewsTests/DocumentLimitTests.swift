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

    @Test func aDocumentOverItsTimeGetsNoEntitiesAndAWarning() {
        let hurried = Pipeline(options: .init(timeLimit: .zero))
        let record = hurried.record(bytes: Array(body.utf8), id: "slow", format: .text)
        #expect(record.people.isEmpty && !record.text.isEmpty)
        #expect(record.warnings.contains { $0.hasPrefix("reading the document took longer than") })
    }
}
