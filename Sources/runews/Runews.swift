import RuNews
import ArgumentParser
import Foundation

@main
struct Runews: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runews",
        abstract: "Turns scraped Russian news into clean, structured records.",
        subcommands: [Extract.self, Batch.self, Segment.self, Morph.self]
    )

    /// Exit status as the record contract says: 0 when every input produced a line, 1 on a usage
    /// error, 2 when output could not be written or a resume does not match its inputs, 3 when
    /// `extract`'s one input cannot be read (ArgumentParser alone would answer 64 to a usage error).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as OutputWriter.Failure {
            FileHandle.standardError.write(Data("runews: \(error)\n".utf8))
            Foundation.exit(2)
        } catch let error as ResumeFailure {
            FileHandle.standardError.write(Data("runews: \(error)\n".utf8))
            Foundation.exit(2)
        } catch let error as ResumePoint.Failure {
            FileHandle.standardError.write(Data("runews: \(error)\n".utf8))
            Foundation.exit(2)
        } catch let error as UnreadableInput {
            FileHandle.standardError.write(Data("runews: \(error)\n".utf8))
            Foundation.exit(3)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data("\(message)\n".utf8))
            Foundation.exit(1)
        }
    }
}
