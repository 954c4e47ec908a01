#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files below a folder, in sorted order of their paths, and what could not be read on the way: a
/// folder without permission, a link that leads nowhere. Hidden names (".git") are passed over; linked
/// folders are followed once each, so a link cycle ends. No recursion: a stack of folders to read.
enum FolderWalk {
    enum Entry: Equatable {
        case file(String)
        case unreadable(path: String, reason: String)

        var path: String {
            switch self {
            case .file(let path), .unreadable(let path, _): path
            }
        }
    }

    static func entries(of folder: String) -> [Entry] {
        var entries: [Entry] = []
        var pending = [folder]
        var visited = Set<FileIdentity>()
        while let current = pending.popLast() {
            if let identity = FileIdentity(path: current), !visited.insert(identity).inserted { continue }
            guard let directory = opendir(current) else {
                entries.append(.unreadable(path: current, reason: String(cString: strerror(errno))))
                continue
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard !name.hasPrefix(".") else { continue }
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                var status = stat()
                if stat(path, &status) != 0 {
                    var link = stat()
                    let reason = lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
                        ? "a link to nothing that can be read (\(String(cString: strerror(errno))))"
                        : String(cString: strerror(errno))
                    entries.append(.unreadable(path: path, reason: reason))
                } else if status.st_mode & S_IFMT == S_IFDIR {
                    pending.append(path)
                } else if status.st_mode & S_IFMT == S_IFREG {
                    entries.append(.file(path))
                }
            }
        }
        return entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// A file as the system knows it, whatever the path to it.
    struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64

        init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }
}
