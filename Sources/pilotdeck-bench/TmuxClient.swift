import Foundation

/// Commands to a running tmux server as fast as a process can be started: `posix_spawn` and a
/// pipe, with no shell and no temporary file, so polling a pane for a frame adds as little as
/// possible to what is timed. (Not for `new-session`: the server it starts would hold the pipe.)
struct TmuxClient {
    let socket: String

    /// The text on the pane.
    func capture() throws -> String { try run(["capture-pane", "-p", "-t", "0"]) }

    /// Replaces whatever runs in the pane with `command`, on a cleared screen.
    func respawn(_ command: String) throws { _ = try run(["respawn-pane", "-k", "-t", "0", command]) }

    func run(_ tmuxArguments: [String]) throws -> String {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw BenchError("pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], STDOUT_FILENO)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        let arguments = ["tmux", "-L", socket] + tmuxArguments
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, &argv, environ)
        close(pipe[1])
        defer { close(pipe[0]) }
        guard spawned == 0 else { throw BenchError("cannot start tmux (\(spawned))") }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(pipe[0], &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        guard status == 0 else { throw BenchError("tmux \(tmuxArguments.first ?? "") failed (\(status))") }
        return String(decoding: output, as: UTF8.self)
    }
}
