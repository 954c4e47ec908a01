import Foundation
import Testing

/// WARC archives written here: records with their HTTP responses, gzip members made by `gzip`.
enum WARCFixture {
    static func record(id: String, type: String = "response", url: String, html: String, charset: String? = "utf-8") -> [UInt8] {
        let body = Array(html.utf8)
        let contentType = charset.map { "text/html; charset=\($0)" } ?? "text/html"
        return record(id: id, type: type, url: url,
                      http: Array("HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body)
    }

    /// A record carrying `http` as its block, whatever it holds.
    static func record(id: String, type: String = "response", url: String, http: [UInt8]) -> [UInt8] {
        let headers = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(id)>\r\nWARC-Date: 2023-08-28T10:00:00Z\r\n"
            + "WARC-Target-URI: \(url)\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: \(http.count)\r\n\r\n"
        return Array(headers.utf8) + http + Array("\r\n\r\n".utf8)
    }

    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    static func page(_ title: String) -> String {
        "<html><head><title>\(title)</title></head><body><h1>\(title)</h1><p>Вчера губернатор Владимир Владимиров "
            + "подписал соглашение о сотрудничестве с соседним регионом, сообщает пресс-служба.</p></body></html>"
    }
}

@Suite struct WARCTests {
    @Test func readsPlainAndGzippedArchives() throws {
        let scratch = try Scratch()
        let archive = WARCFixture.record(id: "1", url: "http://a.ru/1", html: WARCFixture.page("Первая новость"))
            + WARCFixture.record(id: "2", type: "request", url: "http://a.ru/2", html: "GET")
            + WARCFixture.record(id: "3", url: "http://a.ru/3", html: WARCFixture.page("Третья новость"))
        let plain = try scratch.write("a.warc", "")
        try Data(archive).write(to: URL(fileURLWithPath: plain))
        let members = try WARCFixture.gzip(WARCFixture.record(id: "1", url: "http://a.ru/1", html: WARCFixture.page("Первая новость")))
            + WARCFixture.gzip(WARCFixture.record(id: "3", url: "http://a.ru/3", html: WARCFixture.page("Третья новость")))
        let gzipped = try scratch.write("b.warc.gz", "")
        try Data(members).write(to: URL(fileURLWithPath: gzipped))
        for path in [plain, gzipped] {
            let result = try Runews.run(["batch", path])
            #expect(result.status == 0)
            let lines = try records(result.output)
            #expect(lines.map { $0["id"] as? String } == ["urn:uuid:1", "urn:uuid:3"])
            #expect(lines.first?["title"] as? String == "Первая новость")
            #expect((lines.first?["source"] as? [String: Any])?["url"] as? String == "http://a.ru/1")
            // "Вчера" is read against the WARC-Date.
            let dates = try #require(lines.first?["dates"] as? [[String: Any]])
            #expect(dates.first?["value"] as? String == "2023-08-27")
        }
    }

    /// Bytes damaged inside one member's compressed body: that record is one error line under its own
    /// id, nothing of its bytes reaches another record, and the records around it are whole. A cut
    /// last member is an error line too.
    @Test(arguments: [0.3, 0.6, 0.9])
    func aDamagedMemberIsOneErrorLineAndTheRestIsRead(at place: Double) throws {
        let scratch = try Scratch()
        let long = WARCFixture.page("Вторая") + String(repeating: "<p>Ещё один абзац текста второй новости.</p>", count: 60)
        var damaged = try WARCFixture.gzip(WARCFixture.record(id: "2", url: "http://a.ru/2", html: long))
        let start = Int(Double(damaged.count) * place)
        for index in start..<min(start + 16, damaged.count - 8) { damaged[index] ^= 0xA5 }
        let last = try WARCFixture.gzip(WARCFixture.record(id: "4", url: "http://a.ru/4", html: WARCFixture.page("Четвёртая")))
        let members = try WARCFixture.gzip(WARCFixture.record(id: "1", url: "http://a.ru/1", html: WARCFixture.page("Первая")))
            + damaged
            + WARCFixture.gzip(WARCFixture.record(id: "3", url: "http://a.ru/3", html: WARCFixture.page("Третья")))
            + Array(last.prefix(last.count / 2))
        let path = try scratch.write("damaged.warc.gz", "")
        try Data(members).write(to: URL(fileURLWithPath: path))
        let result = try Runews.run(["batch", path])
        #expect(result.status == 0)
        let lines = try records(result.output)
        // The damaged record keeps its id when its header inflated before the damage.
        try #require(lines.count == 4)
        #expect(["urn:uuid:2", "damaged:record-2"].contains(lines[1]["id"] as? String))
        #expect([lines[0], lines[2], lines[3]].map { $0["id"] as? String } == ["urn:uuid:1", "urn:uuid:3", "urn:uuid:4"])
        #expect(lines.map(errorKind) == [nil, "damaged", nil, "damaged"])
        #expect(lines[0]["title"] as? String == "Первая" && lines[2]["title"] as? String == "Третья")
        #expect(!result.output.contains("Вторая"))
    }

    /// Every response gives a line: one that is no page or text is `unsupported`, one whose HTTP head
    /// is broken `damaged`; records without a response are passed over and counted.
    @Test func everyResponseGivesALine() throws {
        let scratch = try Scratch()
        let jpeg = WARCFixture.record(id: "2", url: "http://a.ru/2.jpg",
                                      http: Array("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n".utf8) + [0xFF, 0xD8, 0xFF])
        let noType = WARCFixture.record(id: "3", url: "http://a.ru/3", http: Array("HTTP/1.1 200 OK\r\n\r\nтекст".utf8))
        let broken = WARCFixture.record(id: "4", url: "http://a.ru/4", http: Array("garbage\r\n\r\n<p>x</p>".utf8))
        let archive = WARCFixture.record(id: "1", url: "http://a.ru/1", html: WARCFixture.page("Первая новость")) + jpeg + noType
            + WARCFixture.record(id: "5", type: "request", url: "http://a.ru/5", html: "GET") + broken
        let path = try scratch.write("kinds.warc", "")
        try Data(archive).write(to: URL(fileURLWithPath: path))
        let result = try Runews.run(["batch", path])
        let lines = try records(result.output)
        #expect(lines.map { $0["id"] as? String } == ["urn:uuid:1", "urn:uuid:2", "urn:uuid:3", "urn:uuid:4"])
        #expect(lines.map(errorKind) == [nil, "unsupported", "unsupported", "damaged"])
        #expect(result.error.contains("1 archive record without a response skipped"))
    }

    /// A header line over the limit is an error line for its record; the next record is read.
    @Test(arguments: [false, true])
    func aHugeHeaderLineIsALimitError(gzipped: Bool) throws {
        let scratch = try Scratch()
        let huge = Array("WARC/1.1\r\nWARC-Type: response\r\nX-Junk: ".utf8) + [UInt8](repeating: 0x61, count: 200 << 10)
            + Array("\r\nContent-Length: 2\r\n\r\nhi\r\n\r\n".utf8)
        let first = WARCFixture.record(id: "1", url: "http://a.ru/1", html: WARCFixture.page("Первая"))
        let third = WARCFixture.record(id: "3", url: "http://a.ru/3", html: WARCFixture.page("Третья"))
        let bytes = gzipped ? try WARCFixture.gzip(first) + WARCFixture.gzip(huge) + WARCFixture.gzip(third) : first + huge + third
        let path = try scratch.write(gzipped ? "huge.warc.gz" : "huge.warc", "")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let lines = try records(try Runews.run(["batch", path]).output)
        #expect(lines.map { $0["id"] as? String } == ["urn:uuid:1", "huge:record-2", "urn:uuid:3"])
        #expect(lines.map(errorKind) == [nil, "limit", nil])
    }
}
