import GRDB
import PilotKit

extension PilotDatabase {
    /// The pilots by key (those `login` owns or takes part in, when given), read as `pilots()`
    /// reads them but one row at a time (`RowReader`).
    public func readablePilots(involving login: String? = nil) throws -> ReadableRows<Pilot> {
        try read { db in
            let reader = RowReader<Pilot>()
            let rows =
                if let login {
                    try db.rows(
                        "SELECT * FROM pilot WHERE owner_login = ? OR id IN (SELECT pilot_id FROM participant WHERE login = ?) ORDER BY key",
                        [login, login])
                } else {
                    try db.rows("SELECT * FROM pilot ORDER BY key")
                }
            var read = ReadableRows<Pilot>()
            for row in rows {
                switch reader.decode(row) {
                case .success(let pilot): read.records.append(pilot)
                case .failure(let problem): read.unreadable.append(problem)
                }
            }
            return read
        }
    }
}
