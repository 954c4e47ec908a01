import Foundation
import Testing

/// Runs the `runews` executable built next to the test bundle.
struct Runews {
    static var executable: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On macOS the tests run inside an .xctest bundle.
        while directory.pathExtension == "xctest" || directory.lastPathComponent == "MacOS"
                || directory.lastPathComponent == "Contents" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("runews")
    }

    struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    static func run(_ arguments: [String], input: String = "") throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                      error: String(decoding: error, as: UTF8.self))
    }
}

@Suite struct SegmentCommandTests {
    @Test func segmentsJSONLinesFromStandardInput() throws {
        let input = """
            {"id": "a", "text": "В.В. Путин прибыл в г. Москву. Встреча началась в 07:27."}
            {"id": 7, "text": "👍 Да!"}

            """
        let result = try Runews.run(["segment", "-"], input: input)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let first = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["id"] as? String == "a")
        let sentences = try #require(first["sentences"] as? [[Int]])
        #expect(sentences == [[0, 30], [31, 56]])
        let tokens = try #require(first["tokens"] as? [[Int]])
        #expect(tokens.prefix(4) == [[0, 1], [1, 2], [2, 3], [3, 4]])  // В . В . in the OpenCorpora style
        #expect(lines[1] == #"{"id":"7","tokens":[[0,1],[2,4],[4,5]],"sentences":[[0,5]]}"#)
    }

    @Test func unitsKeepAbbreviationsWhole() throws {
        let result = try Runews.run(["segment", "--units"], input: #"{"id": "u", "text": "т.е. 1 500"}"# + "\n")
        #expect(result.output == #"{"id":"u","tokens":[[0,4],[5,10]],"sentences":[[0,10]]}"# + "\n")
    }

    @Test func aBadLineGivesAnErrorLineAndTheRunGoesOn() throws {
        let result = try Runews.run(["segment"], input: "not json\n{\"id\": \"b\", \"text\": \"Да.\"}\n")
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains(#""error":{"kind":"invalid-input""#))
        #expect(lines[1] == #"{"id":"b","tokens":[[0,2],[2,3]],"sentences":[[0,3]]}"#)
    }

    @Test func usageErrorsExitWithOneAndAnUnreadableInputWithThree() throws {
        #expect(try Runews.run(["segment", "/nonexistent/file.jsonl"]).status == 3)
        #expect(try Runews.run(["no-such-command"]).status == 1)
    }
}
