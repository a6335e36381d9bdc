import TerminalKit

/// The field ids the form tests use.
extension FieldID {
    static let a = FieldID("a")
    static let b = FieldID("b")
    static let t = FieldID("t")
    static let m = FieldID("m")
    static let n = FieldID("n")
    static let name = FieldID("name")
    static let email = FieldID("email")
    static let notes = FieldID("notes")
    static let cohort = FieldID("cohort")
    static let stage = FieldID("stage")
    static let tool = FieldID("tool")
    static let phi = FieldID("phi")
    static let rating = FieldID("rating")
    static let verdict = FieldID("verdict")
    static let steps = FieldID("steps")
    static let before = FieldID("before")
    static let after = FieldID("after")
}
