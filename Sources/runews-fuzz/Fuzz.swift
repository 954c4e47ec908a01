import RuNews

/// The fuzz entry point: any bytes, read as a page and as a text dump, must give a record, never a crash;
/// the extractors see them too, since the pipeline turns binary-looking bytes away before they run.
/// Built for libFuzzer by `Scripts/fuzz`; built normally, it replays the files it is given.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = pipeline.record(bytes: bytes, id: "fuzz", format: .html).json
    _ = pipeline.record(bytes: bytes, id: "fuzz", format: .text).json
    _ = PageExtractor().extract(bytes)
    _ = TextDumpExtractor().extract(String(decoding: bytes, as: UTF8.self))
    return 0
}

let pipeline = Pipeline()

#if FUZZING
// SwiftPM names an executable's entry point after its product; libFuzzer's driver runs from there.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("runews_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#endif

#if !FUZZING
import Foundation

/// Replays inputs (crash reproducers, a corpus) through the same entry point.
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let bytes = [UInt8](data)
            _ = bytes.withUnsafeBufferPointer { fuzzOneInput($0.baseAddress, $0.count) }
            print("ok \(path)")
        }
    }
}
#endif
