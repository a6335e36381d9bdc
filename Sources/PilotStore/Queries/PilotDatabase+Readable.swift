import GRDB
import PilotKit

extension PilotDatabase {
    /// The pilots by key (those `login` owns or takes part in, when given), read as `pilots()`
    /// reads them but one row at a time (`RowReader`).
    public func readablePilots(involving login: String? = nil) throws -> ReadableRows<Pilot> {
        try read { db in
            try db.readable(
                Pilot.self,
                login.map {
                    SQLStatement(
                        "SELECT * FROM pilot WHERE owner_login = ? OR id IN (SELECT pilot_id FROM participant WHERE login = ?) ORDER BY key",
                        [$0, $0])
                } ?? SQLStatement("SELECT * FROM pilot ORDER BY key"))
        }
    }
}
