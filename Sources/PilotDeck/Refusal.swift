/// A key that could not act and opens something to type into, held on screen until Esc so the
/// text meant for that form does not run as commands (`N` moving, `e` exporting, `q` quitting).
public struct Refusal: Sendable, Equatable {
    /// The key pressed, as hints write it (or the palette command).
    public var key: String
    /// What the key does where it can act.
    public var action: String
    public var reason: String
    /// Keys dropped since, counted so the user sees their typing went nowhere.
    public var ignored = 0

    var title: String { "\(key) — \(action)" }

    var body: String {
        "Not here: \(reason).\n\nWhat you type while this shows is dropped, not run as commands.\nKeys dropped: \(ignored)"
    }
}
