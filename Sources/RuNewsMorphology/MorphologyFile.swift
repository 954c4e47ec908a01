#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

/// The morphology file, memory-mapped read-only, cut into its named sections (layout in
/// `Tools/build_morphology.py`). Pages are shared between processes and loaded on first touch.
final class MorphologyFile: @unchecked Sendable {  // immutable after init; the mapping lives as long as self
    private let base: UnsafeRawPointer
    private let size: Int
    private var sections: [String: UnsafeRawBufferPointer] = [:]

    static let magic: [UInt8] = Array("RUMORPH1".utf8)
    static let version: UInt32 = 3

    init(path: String, verifyingChecksum: Bool = true) throws(MorphologyError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .missing(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        size = Int(status.st_size)
        guard size >= 24 else { throw size >= 8 ? .truncated(path: path) : .notAMorphologyFile(path: path) }
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        base = UnsafeRawPointer(mapping)
        do throws(MorphologyError) {
            try readHeader(path: path, verifyingChecksum: verifyingChecksum)
        } catch {
            munmap(UnsafeMutableRawPointer(mutating: base), size)
            throw error
        }
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), size)
    }

    private func readHeader(path: String, verifyingChecksum: Bool) throws(MorphologyError) {
        let bytes = UnsafeRawBufferPointer(start: base, count: size)
        guard Array(bytes[0..<8]) == Self.magic else { throw .notAMorphologyFile(path: path) }
        let version = bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian
        guard version == Self.version else { throw .unsupportedVersion(path: path, version: version) }
        let count = Int(bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian)
        let checksum = bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian
        let tableEnd = 24 + 12 * count
        guard count < 1000, tableEnd <= size else { throw .truncated(path: path) }
        for index in 0..<count {
            let entry = 24 + 12 * index
            let name = String(decoding: bytes[entry..<(entry + 4)], as: UTF8.self)
            let offset = Int(bytes.loadUnaligned(fromByteOffset: entry + 4, as: UInt32.self).littleEndian)
            let length = Int(bytes.loadUnaligned(fromByteOffset: entry + 8, as: UInt32.self).littleEndian)
            guard offset % 4 == 0, offset >= tableEnd else { throw .corrupt(path: path, reason: "section \(name) misplaced") }
            guard offset + length <= size else { throw .truncated(path: path) }
            sections[name] = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)])
        }
        if verifyingChecksum, Self.checksum(UnsafeRawBufferPointer(rebasing: bytes[tableEnd...])) != checksum {
            throw .corrupt(path: path, reason: "checksum mismatch")
        }
    }

    /// FNV-1a over little-endian 8-byte words, zero-padded: the tool's checksum.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let words = bytes.count / 8
        for index in 0..<words {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self).littleEndian) &* 0x100_0000_01b3
        }
        if bytes.count % 8 != 0 {
            var last: UInt64 = 0
            for (shift, byte) in bytes[(words * 8)...].enumerated() { last |= UInt64(byte) << (8 * UInt64(shift)) }
            hash = (hash ^ last) &* 0x100_0000_01b3
        }
        return hash
    }

    func section(_ name: String, path: String) throws(MorphologyError) -> UnsafeRawBufferPointer {
        guard let section = sections[name] else { throw .corrupt(path: path, reason: "no section \(name)") }
        return section
    }

    func array<Element>(_ name: String, of type: Element.Type, path: String) throws(MorphologyError) -> UnsafeBufferPointer<Element> {
        let raw = try section(name, path: path)
        guard raw.count % MemoryLayout<Element>.stride == 0 else {
            throw .corrupt(path: path, reason: "section \(name) has a partial element")
        }
        return raw.bindMemory(to: Element.self)
    }
}
