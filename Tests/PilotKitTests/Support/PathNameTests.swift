import Testing
import PilotKit

@Suite("Path names")
struct PathNameTests {
    @Test("the folder of a path, including the one-character and trailing-slash forms Foundation traps on", arguments: [
        ("x", ""), ("-", ""), (".", ""), ("..", ""), ("", ""), ("a/", ""), ("/", "/"), ("/x", "/"), ("a/b", "a"),
        ("a/b/", "a"), ("/srv/db/x.sqlite", "/srv/db"), ("./x", "."), ("a//b", "a/"),
    ])
    func folder(path: String, folder: String) {
        #expect(PathName.folder(of: path) == folder)
    }
}
