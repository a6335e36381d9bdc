import Foundation
import PilotKit

/// Why the store refused to open or write; each prints as one line a person can act on.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case missingDatabase(String)
    case missingDirectory(String)
    case notPilotdeck(String)
    case newerSchema(String)
    case busy(String)
    case readOnly(String)
    case notFound(entity: String, name: String)
    case conflict(String)
    case refused(String)
    case unknownPerson(login: String)
    case actingAsOthersRefused
    case cannotOpen(String)
    /// The server cannot be reached or the connection to it broke; the next try opens a new one.
    case unreachable(String)
    /// The file was moved to another database by `pilotdeck migrate` and takes no more writes.
    case moved(path: String, to: String)

    public var description: String {
        switch self {
        case .missingDatabase(let path):
            "no database at \(path); create one with `pilotdeck init --org-domain DOMAIN` or try `pilotdeck demo`"
        case .missingDirectory(let path):
            "the folder \(path) does not exist; create it or give another --db path"
        case .notPilotdeck(let path):
            "\(path) is not a Pilotdeck database; give the path of a database made by `pilotdeck init` or `pilotdeck demo`"
        case .newerSchema(let path):
            "\(path) was written by a newer Pilotdeck; upgrade pilotdeck to open it"
        case .busy(let what):
            "the database is busy (another process holds the write lock) and \(what) timed out; try again when it is free"
        case .readOnly(let path):
            "\(path) is read-only here; nothing was changed"
        case .notFound(let entity, let name):
            "no \(entity) '\(Text.sanitized(name))'; list them with `pilotdeck \(entity) list`"
        case .conflict(let message), .refused(let message), .cannotOpen(let message):
            message
        case .unknownPerson(let login):
            "login '\(Text.sanitized(login))' is not a person in this database; an admin can add it with `pilotdeck person add --login \(Text.sanitized(login)) ...`"
        case .actingAsOthersRefused:
            "--as works only on a demo or training database; this one identifies you by your login (the OS login; on PostgreSQL the database role)"
        case .unreachable(let message):
            message
        case .moved(let path, let target):
            "\(path) was moved to \(target) by pilotdeck migrate; it is read-only now and nothing was changed: work there instead"
        }
    }
}
