import Foundation
import Testing

/// WARC archives written here: records with their HTTP responses, gzip members made by `gzip`.
enum WARCFixture {
    static func record(id: String, type: String = "response", url: String, html: String, charset: String? = "utf-8") -> [UInt8] {
        let body = Array(html.utf8)
        let contentType = charset.map { "text/html; charset=\($0)" } ?? "text/html"
        let http = Array("HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body
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

    @Test func aCorruptMemberAndATruncatedEndAreReportedAndTheRestRead() throws {
        let scratch = try Scratch()
        var corrupt = try WARCFixture.gzip(WARCFixture.record(id: "2", url: "http://a.ru/2", html: WARCFixture.page("Вторая")))
        for index in 20..<min(60, corrupt.count) { corrupt[index] ^= 0xFF }
        let last = try WARCFixture.gzip(WARCFixture.record(id: "4", url: "http://a.ru/4", html: WARCFixture.page("Четвёртая")))
        let members = try WARCFixture.gzip(WARCFixture.record(id: "1", url: "http://a.ru/1", html: WARCFixture.page("Первая")))
            + corrupt
            + WARCFixture.gzip(WARCFixture.record(id: "3", url: "http://a.ru/3", html: WARCFixture.page("Третья")))
            + Array(last.prefix(last.count / 2))
        let path = try scratch.write("damaged.warc.gz", "")
        try Data(members).write(to: URL(fileURLWithPath: path))
        let result = try Runews.run(["batch", path])
        #expect(result.status == 0)
        let lines = try records(result.output)
        let ids = lines.compactMap { $0["id"] as? String }
        #expect(ids.contains("urn:uuid:1") && ids.contains("urn:uuid:3"))
        #expect(lines.contains { ($0["error"] as? [String: Any])?["kind"] as? String == "damaged-archive" })
    }
}
