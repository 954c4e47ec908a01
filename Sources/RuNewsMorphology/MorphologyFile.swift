/// Why a morphology file could not be used.
public enum MorphologyError: Error, Sendable, Equatable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case notAMorphologyFile(path: String)
    case unsupportedVersion(path: String, version: UInt32)
    case truncated(path: String)
    case corrupt(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path): "morphology file not found: \(path)"
        case .unreadable(let path, let reason): "cannot read morphology file \(path): \(reason)"
        case .notAMorphologyFile(let path): "\(path) is not a RuNews morphology file"
        case .unsupportedVersion(let path, let version): "\(path) has format version \(version); this build reads \(MorphologyFile.version) (rebuild it with Tools/build_morphology.py)"
        case .truncated(let path): "morphology file \(path) is truncated"
        case .corrupt(let path, let reason): "morphology file \(path) is corrupt: \(reason)"
        }
    }
}

extension MorphologyError {
    init(_ failure: SectionedFile.Failure, path: String) {
        switch failure {
        case .missing: self = .missing(path: path)
        case .unreadable(let reason): self = .unreadable(path: path, reason: reason)
        case .foreign: self = .notAMorphologyFile(path: path)
        case .unsupportedVersion(let version): self = .unsupportedVersion(path: path, version: version)
        case .truncated: self = .truncated(path: path)
        case .corrupt(let reason): self = .corrupt(path: path, reason: reason)
        }
    }
}

/// The morphology file (layout in `Tools/build_morphology.py`), a `SectionedFile` whose failures are
/// `MorphologyError`s.
final class MorphologyFile: Sendable {
    static let magic: [UInt8] = Array("RUMORPH1".utf8)
    static let version: UInt32 = 3

    private let file: SectionedFile

    init(path: String, verifyingChecksum: Bool = true) throws(MorphologyError) {
        do throws(SectionedFile.Failure) {
            file = try SectionedFile(path: path, magic: Self.magic, version: Self.version, alignment: 4, verifyingChecksum: verifyingChecksum)
        } catch {
            throw MorphologyError(error, path: path)
        }
    }

    func section(_ name: String, path: String) throws(MorphologyError) -> UnsafeRawBufferPointer {
        do throws(SectionedFile.Failure) { return try file.section(name) } catch { throw MorphologyError(error, path: path) }
    }

    func array<Element>(_ name: String, of type: Element.Type, path: String) throws(MorphologyError) -> UnsafeBufferPointer<Element> {
        do throws(SectionedFile.Failure) { return try file.array(name, of: type) } catch { throw MorphologyError(error, path: path) }
    }
}
