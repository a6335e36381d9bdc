/// The arguments of `pilotdeck-bench perf`.
struct PerfOptions {
    var databasePath: String
    /// Rebuild the database even when the file exists.
    var reseed = false
    /// Run only the steps whose names contain this (e.g. `reports`), to iterate on one figure.
    var only: String?

    init?(_ arguments: ArraySlice<String>) {
        var path: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--db": path = rest.popFirst()
            case "--seed": reseed = true
            case "--only": only = rest.popFirst()
            default: return nil
            }
        }
        guard let path else { return nil }
        databasePath = path
    }
}
