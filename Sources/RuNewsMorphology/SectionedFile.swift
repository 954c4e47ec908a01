#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A data file of the pipeline — the dictionary (`ru.morph`), the tagger's weights (`ru.tagger`,
/// `ru.neural`) — memory-mapped read-only and cut into named sections. The layout the tools write: 8 bytes
/// of magic, the format version, the section count, a checksum of everything after the section table
/// (FNV-1a over little-endian 8-byte words, zero-padded), then a (name, offset, length) entry a section.
/// Pages are shared between processes and loaded on first touch; the mapping lives as long as `self`.
package final class SectionedFile: @unchecked Sendable {  // immutable after init
    /// Why a file could not be used; each reader says it in its own error type.
    package enum Failure: Error, Equatable {
        case missing
        case unreadable(reason: String)
        /// No magic of the expected kind.
        case foreign
        case unsupportedVersion(UInt32)
        case truncated
        case corrupt(reason: String)
    }

    private let bytes: UnsafeRawBufferPointer
    private let sections: [String: UnsafeRawBufferPointer]

    /// `alignment`: what every section's offset must be a multiple of.
    package init(path: String, magic: [UInt8], version expected: UInt32, alignment: Int, verifyingChecksum: Bool) throws(Failure) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .missing }
            throw .unreadable(reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(reason: String(cString: strerror(errno))) }
        let size = Int(status.st_size)
        guard size >= 24 else { throw size >= 8 ? .truncated : .foreign }
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else {
            throw .unreadable(reason: String(cString: strerror(errno)))
        }
        let bytes = UnsafeRawBufferPointer(start: mapping, count: size)
        do throws(Failure) {
            sections = try Self.sections(of: bytes, magic: magic, version: expected, alignment: alignment, verifyingChecksum: verifyingChecksum)
        } catch {
            munmap(mapping, size)
            throw error
        }
        self.bytes = bytes
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }

    private static func sections(of bytes: UnsafeRawBufferPointer, magic: [UInt8], version expected: UInt32, alignment: Int,
                                 verifyingChecksum: Bool) throws(Failure) -> [String: UnsafeRawBufferPointer] {
        guard bytes.prefix(8).elementsEqual(magic) else { throw .foreign }
        let version = bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian
        guard version == expected else { throw .unsupportedVersion(version) }
        let count = Int(bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian)
        let checksum = bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian
        let tableEnd = 24 + 12 * count
        guard count < 1000, tableEnd <= bytes.count else { throw .truncated }
        var sections: [String: UnsafeRawBufferPointer] = [:]
        for index in 0..<count {
            let entry = 24 + 12 * index
            let name = String(decoding: bytes[entry..<(entry + 4)], as: UTF8.self)
            let offset = Int(bytes.loadUnaligned(fromByteOffset: entry + 4, as: UInt32.self).littleEndian)
            let length = Int(bytes.loadUnaligned(fromByteOffset: entry + 8, as: UInt32.self).littleEndian)
            guard offset % alignment == 0, offset >= tableEnd else { throw .corrupt(reason: "section \(name) misplaced") }
            guard offset + length <= bytes.count else { throw .truncated }
            sections[name] = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)])
        }
        if verifyingChecksum, Self.checksum(UnsafeRawBufferPointer(rebasing: bytes[tableEnd...])) != checksum {
            throw .corrupt(reason: "checksum mismatch")
        }
        return sections
    }

    /// FNV-1a over little-endian 8-byte words, zero-padded: the tools' checksum.
    package static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
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

    package func section(_ name: String) throws(Failure) -> UnsafeRawBufferPointer {
        guard let section = sections[name] else { throw .corrupt(reason: "no section \(name)") }
        return section
    }

    /// A section as an array of `Element`, of `count` elements where the reader knows how many.
    package func array<Element>(_ name: String, of type: Element.Type, count: Int? = nil) throws(Failure) -> UnsafeBufferPointer<Element> {
        let raw = try section(name)
        guard raw.count % MemoryLayout<Element>.stride == 0,
              Int(bitPattern: raw.baseAddress) % MemoryLayout<Element>.alignment == 0 else {
            throw .corrupt(reason: "section \(name) is misaligned or has a partial element")
        }
        let buffer = raw.bindMemory(to: Element.self)
        if let count, buffer.count != count { throw .corrupt(reason: "section \(name) has \(buffer.count) values, not \(count)") }
        return buffer
    }
}
