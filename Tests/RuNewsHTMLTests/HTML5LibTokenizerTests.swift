import Foundation
import Testing
import RuNewsHTML

/// The html5lib tokenizer conformance suite (`shared/eval/html5lib-tests/tokenizer`), beside the
/// repository as CI and every session have it.
enum HTML5LibSuite {
    static let folder = HTML5LibTests.folder("tokenizer")

    static var isPresent: Bool { HTML5LibTests.isPresent("tokenizer") }

    struct Case {
        let file: String
        let description: String
        let input: String
        let state: HTMLTokenizer.State
        let lastStartTag: String?
        let expected: [Any]
    }

    static let states: [String: HTMLTokenizer.State] = [
        "Data state": .data, "PLAINTEXT state": .plaintext, "RCDATA state": .rcdata, "RAWTEXT state": .rawtext,
        "Script data state": .scriptData, "CDATA section state": .cdataSection,
    ]

    /// "\\uD800"-escaped strings of the double-escaped tests, decoded; nil when a lone surrogate makes
    /// the text impossible in UTF-8 (those tests are counted as skipped).
    static func unescape(_ text: String) -> String? {
        var result = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\\", scalars.first == "u", scalars.count >= 5 {
                let hex = String(String.UnicodeScalarView(scalars.dropFirst().prefix(4)))
                guard let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) else { return nil }
                result.append(decoded)
                scalars = scalars.dropFirst(5)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func unescapeDeep(_ value: Any) -> Any? {
        switch value {
        case let string as String: return unescape(string)
        case let array as [Any]:
            var result: [Any] = []
            for item in array { guard let decoded = unescapeDeep(item) else { return nil }; result.append(decoded) }
            return result
        case let dictionary as [String: Any]:
            var result: [String: Any] = [:]
            for (key, item) in dictionary {
                guard let decodedKey = unescape(key), let decoded = unescapeDeep(item) else { return nil }
                result[decodedKey] = decoded
            }
            return result
        default: return value
        }
    }

    /// Every test of every file, one case per initial state; `skipped` counts the ones UTF-8 cannot carry
    /// and the XML-coercion tests.
    static func cases() throws -> (cases: [Case], skipped: Int) {
        var cases: [Case] = []
        var skipped = 0
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".test") }.sorted()
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            // "xmlViolationTests" check a coercion to the XML infoset, which HTML tokenizers do not do.
            guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
            skipped += (root["xmlViolationTests"] as? [Any])?.count ?? 0
            guard let tests = root["tests"] as? [[String: Any]] else { continue }
            for test in tests {
                guard var input = test["input"] as? String, var output = test["output"] as? [Any] else { continue }
                if test["doubleEscaped"] as? Bool == true {
                    guard let decodedInput = unescape(input), let decodedOutput = unescapeDeep(output) as? [Any] else {
                        skipped += 1
                        continue
                    }
                    input = decodedInput
                    output = decodedOutput
                }
                for stateName in (test["initialStates"] as? [String]) ?? ["Data state"] {
                    guard let state = states[stateName] else { skipped += 1; continue }
                    cases.append(Case(file: file, description: test["description"] as? String ?? "", input: input,
                                      state: state, lastStartTag: test["lastStartTag"] as? String, expected: output))
                }
            }
        }
        return (cases, skipped)
    }

    /// Our tokens in the suite's notation, with adjacent character tokens merged.
    static func render(_ tokens: [HTMLToken]) -> [Any] {
        var output: [Any] = []
        func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
        for token in tokens {
            switch token {
            case .characters(let bytes):
                if var last = output.last as? [Any], last.first as? String == "Character", let text = last[1] as? String {
                    last[1] = text + string(bytes)
                    output[output.count - 1] = last
                } else {
                    output.append(["Character", string(bytes)])
                }
            case .startTag(let tag):
                var attributes: [String: Any] = [:]
                for attribute in tag.attributes { attributes[string(attribute.name)] = string(attribute.value) }
                var item: [Any] = ["StartTag", string(tag.name), attributes]
                if tag.selfClosing { item.append(true) }
                output.append(item)
            case .endTag(let tag): output.append(["EndTag", string(tag.name)])
            case .comment(let bytes): output.append(["Comment", string(bytes)])
            case .doctype(let doctype):
                output.append(["DOCTYPE", doctype.name.map(string) as Any, doctype.publicIdentifier.map(string) as Any,
                               doctype.systemIdentifier.map(string) as Any, !doctype.forceQuirks])
            }
        }
        return output
    }

    static func normalize(_ value: Any) -> NSObject {
        switch value {
        case let array as [Any]: return array.map(normalize) as NSArray
        case let dictionary as [String: Any]: return dictionary.mapValues(normalize) as NSDictionary
        case is NSNull: return NSNull()
        case let string as String: return string as NSString
        case let bool as Bool: return NSNumber(value: bool)
        default:
            if case Optional<Any>.none = value as Any? { return NSNull() }
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                return mirror.children.first.map { normalize($0.value) } ?? NSNull()
            }
            return "\(value)" as NSString
        }
    }
}

@Suite(.enabled(if: HTML5LibSuite.isPresent, "the html5lib suite is beside the repository in shared/eval"))
struct HTML5LibTokenizerTests {
    @Test func passesTheTokenizerSuite() throws {
        let (cases, skipped) = try HTML5LibSuite.cases()
        var failures: [String] = []
        for test in cases {
            var tokenizer = HTMLTokenizer(Array(test.input.utf8), state: test.state, lastStartTag: test.lastStartTag)
            let actual = HTML5LibSuite.normalize(HTML5LibSuite.render(tokenizer.run()))
            let expected = HTML5LibSuite.normalize(test.expected)
            if !actual.isEqual(expected) {
                failures.append("\(test.file): \(test.description) [\(test.state)]\n  expected \(expected)\n  actual   \(actual)")
            }
        }
        let passed = cases.count - failures.count
        print("html5lib tokenizer: \(passed) of \(cases.count) passed, \(skipped) skipped (lone surrogates, XML coercion)")
        for failure in failures.prefix(15) { print(failure) }
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) tokenizer tests fail")
    }
}
