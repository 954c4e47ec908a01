import CICUShim
import Foundation
import Testing
@testable import RuNewsText

/// Foundation on Linux carries its own ICU; RuNews links the system one through `CICUShim`. Both must
/// work in one process.
@Suite struct ICUCoexistenceTests {
    @Test func foundationAndSystemICUWorkTogether() throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "ru_RU")
        formatter.timeZone = TimeZone(identifier: "Europe/Moscow")
        formatter.dateFormat = "d MMMM yyyy, HH:mm"
        let date = try #require(ISO8601DateFormatter().date(from: "2023-08-28T04:27:00Z"))
        #expect(formatter.string(from: date) == "28 августа 2023, 07:27")

        let decomposed: [UInt32] = [0x438, 0x306, 0x43E, 0x434]
        var composed = [UInt32](repeating: 0, count: 8)
        let written = runews_nfc_normalize(decomposed, Int32(decomposed.count), &composed, Int32(composed.count))
        #expect(Array(composed.prefix(Int(written))) == [0x439, 0x43E, 0x434])

        var version = [CChar](repeating: 0, count: 32)
        #expect(runews_icu_version(&version, 32) > 0)
        #expect(Normalizer().normalize("и\u{0306}од").string == "йод")
    }

    @Test func reportsSmallBuffers() {
        let input: [UInt32] = Array("пример".unicodeScalars.map(\.value))
        var output = [UInt32](repeating: 0, count: 2)
        let result = runews_nfc_normalize(input, Int32(input.count), &output, Int32(output.count))
        #expect(result == -Int32(input.count) - 2)
    }
}
