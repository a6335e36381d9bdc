import Foundation

/// The bytes of a database file and its WAL, searched as `strings` would (case-insensitively).
struct DatabaseBytes {
    let main: Data
    let wal: Data

    init(_ db: String) {
        main = Self.lowercased(FileManager.default.contents(atPath: db) ?? Data())
        wal = Self.lowercased(FileManager.default.contents(atPath: db + "-wal") ?? Data())
    }

    static func lowercased(_ data: Data) -> Data {
        Data(data.map { (65...90).contains($0) ? $0 + 32 : $0 })
    }

    func inMain(_ text: String) -> Bool { main.range(of: Data(text.lowercased().utf8)) != nil }
    func inWAL(_ text: String) -> Bool { wal.range(of: Data(text.lowercased().utf8)) != nil }

    /// The needles found in either file.
    func found(_ needles: [String]) -> [String] { needles.filter { inMain($0) || inWAL($0) } }
}
