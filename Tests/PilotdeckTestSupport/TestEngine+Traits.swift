import Testing

extension Trait where Self == ConditionTrait {
    /// For a test that reaches under the store into a SQLite file (its shell, its pragmas, its
    /// pages): reported as skipped when the suites run on PostgreSQL.
    public static var sqliteFileOnly: Self {
        .enabled(if: TestEngine.isSQLite, "this test reaches under the store into a SQLite file")
    }
}
