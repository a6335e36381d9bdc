/// One step of the PostgreSQL schema: its identifier (the SQLite migration's, so that both
/// engines name the same schema the same way) and its DDL. Never edited once shipped.
struct PostgresMigration: Equatable, Sendable {
    let identifier: String
    let sql: String
}
