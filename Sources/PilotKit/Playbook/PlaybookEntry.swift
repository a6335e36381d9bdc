import Foundation

/// One `name: value` pair of a YAML mapping; refusals about the name point at the name's line,
/// which differs from the value's when the value is a nested block.
struct PlaybookEntry {
    let key: String
    let keyLine: Int?
    let value: PlaybookNode

    func error(_ message: String) -> PlaybookError {
        PlaybookError(file: value.file, line: keyLine, field: value.path, message: message)
    }
}
