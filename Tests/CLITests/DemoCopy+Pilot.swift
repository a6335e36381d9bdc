import Foundation
import Testing

extension DemoCopy {
    /// Starts pilot `key` at intake on `playbook`, with the demo's first tool, owned by the OS
    /// login (the demo's admin, who acts when no `--as` is given).
    func newPilot(_ key: String, playbook: String) throws {
        let owner = String(cString: getpwuid(getuid()).pointee.pw_name)
        let tool = try #require((try json(["tool", "list"]) as? [[String: Any]])?.first?["key"] as? String)
        let created = try run(["pilot", "new", "--key", key, "--name", key, "--playbook", playbook, "--tool", tool, "--owner", owner])
        try #require(created.status == 0, "\(created.stderr)")
    }
}
