#if canImport(Glibc)
import Glibc
#endif
import Foundation
import PilotKit

/// Where a report or export goes, checked before anything is rendered: standard output, a new
/// file, or a regular file the user agreed to replace. Never a folder, device, FIFO or symlink,
/// which an export would otherwise write through or hang on.
public enum ExportTarget: Equatable, Sendable {
    case standardOutput
    case newFile(String)
    /// A regular file to replace, keeping its permission bits.
    case existingFile(String, mode: mode_t)

    /// The file exists and the user has not agreed to replace it.
    public struct Exists: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "output: \(Text.sanitized(path, max: 120)) exists; give --force to replace it, or another path" }
    }

    /// Classifies `path` ("-" is standard output), refusing what is not a regular file or a new path.
    public static func check(_ path: String, replacing: Bool) throws -> ExportTarget {
        if path == "-" { return .standardOutput }
        let shown = Text.sanitized(path, max: 120)
        if path.isEmpty { throw FieldError("output", "give a file path, or - for standard output") }
        var status = stat()
        guard lstat(path, &status) == 0 else {
            guard errno == ENOENT else { throw FieldError("output", "cannot use \(shown): \(String(cString: strerror(errno)))") }
            let folder = PathName.folder(of: path)
            var isFolder: ObjCBool = false
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
                throw FieldError("output", "the folder \(Text.sanitized(folder, max: 120)) does not exist; create it or choose another file")
            }
            return .newFile(path)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            guard replacing else { throw Exists(path: path) }
            return .existingFile(path, mode: status.st_mode & 0o7777)
        case S_IFLNK: throw FieldError("output", "\(shown) is a symbolic link; give the file it points to, or a new path")
        case S_IFDIR: throw FieldError("output", "\(shown) is a folder; give a file path inside it")
        default: throw FieldError("output", "\(shown) is not a regular file (a device, FIFO or socket); give a file path")
        }
    }

    /// Writes `bytes` all at once: to a temporary file beside the target that is renamed over it,
    /// so a failed write (a full disk) leaves the old file or no file, never half a report.
    public func write(_ bytes: Data) throws {
        switch self {
        case .standardOutput:
            let failed = Self.writeAll(bytes, to: STDOUT_FILENO)
            if failed != 0 { throw FieldError("output", "cannot write to standard output: \(String(cString: strerror(failed)))") }
        case .newFile(let path):
            try Self.replace(path, with: bytes, mode: nil)
        case .existingFile(let path, let mode):
            try Self.replace(path, with: bytes, mode: mode)
        }
    }

    private static func replace(_ path: String, with bytes: Data, mode: mode_t?) throws {
        let folder = PathName.folder(of: path)
        let temporary = (folder.isEmpty ? "" : folder.hasSuffix("/") ? folder : folder + "/") + ".pilotdeck-\(UUID().uuidString).tmp"
        func failure(_ errno: Int32) -> FieldError {
            FieldError("output", "cannot write \(Text.sanitized(path, max: 120)): \(String(cString: strerror(errno))); nothing was written")
        }
        // 0666 less the umask for a new file, as any program creating it would give.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw failure(errno) }
        var failed = writeAll(bytes, to: fd)
        if failed == 0, let mode, fchmod(fd, mode) != 0 { failed = errno }
        if failed == 0, fsync(fd) != 0 { failed = errno }
        if close(fd) != 0, failed == 0 { failed = errno }
        if failed == 0, rename(temporary, path) != 0 { failed = errno }
        if failed != 0 {
            unlink(temporary)
            throw failure(failed)
        }
    }

    /// Writes every byte, retrying short and interrupted writes; the errno of a failure, else 0.
    private static func writeAll(_ bytes: Data, to fd: Int32) -> Int32 {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
    }
}
