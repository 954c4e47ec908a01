import Testing
import RuNews

@Suite struct RecordStreamTests {
    @Test func streamsRecordsInInputOrder() async {
        let texts = (1...30).map { "Документ \($0): губернатор Владимир Владимиров прибыл в Москву \($0) мая 2011 года." }
        let stream = RecordStream({ () -> AnyIterator<Document> in
            var index = 0
            return AnyIterator {
                guard index < texts.count else { return nil }
                defer { index += 1 }
                return Document(id: String(index), bytes: Array(texts[index].utf8), format: .text)
            }
        }, pipeline: Pipeline(options: Pipeline.Options(raw: true)), parallelism: 2)
        var ids: [String] = []
        for await record in stream {
            ids.append(record.id)
            #expect(record.people.first?.name == "Владимир Владимиров")
        }
        #expect(ids == (0..<30).map(String.init))
    }
}
