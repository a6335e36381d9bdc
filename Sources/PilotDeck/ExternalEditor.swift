import Foundation

/// Long feedback in the user's own editor (`$VISUAL`, `$EDITOR`, else vi). The draft lives in a
/// private temporary file only while the editor runs; the PHI guard still runs before saving.
enum ExternalEditor {
    static func edit(_ text: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-\(UUID().uuidString).txt").path
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return nil
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard system("\(editor) '\(path)'") == 0, let data = FileManager.default.contents(atPath: path) else { return nil }
        var edited = String(decoding: data, as: UTF8.self)
        while edited.hasSuffix("\n") { edited.removeLast() }
        return edited
    }
}
