/// The arguments of `pilotdeck-bench perf`.
struct PerfOptions {
    var databasePath: String
    /// Rebuild the database even when the file exists.
    var reseed = false
    /// Run only the steps whose names contain this (e.g. `reports`), to iterate on one figure.
    var only: String?
    /// With a PostgreSQL `--db`: the SQLite file each figure is measured beside.
    var sqlitePath = "/tmp/large.sqlite"

    init?(_ arguments: ArraySlice<String>) {
        var path: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--db": path = rest.popFirst()
            case "--seed": reseed = true
            case "--only": only = rest.popFirst()
            case "--sqlite":
                guard let file = rest.popFirst() else { return nil }
                sqlitePath = file
            default: return nil
            }
        }
        guard let path else { return nil }
        databasePath = path
    }
}
