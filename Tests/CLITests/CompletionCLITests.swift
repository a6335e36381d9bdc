import Foundation
import PilotdeckTestSupport
import Testing

@Suite("CLI: shell completion")
struct CompletionCLITests {
    @Test("each shell gets a completion script from ArgumentParser; bash's completes the pilot subcommands")
    func scripts() throws {
        let cli = try CLI()
        for (shell, marker) in [("bash", "complete -o filenames -F _pilotdeck pilotdeck"), ("zsh", "#compdef pilotdeck"), ("fish", "complete -c 'pilotdeck'")] {
            let result = try cli.run(["--generate-completion-script", shell])
            #expect(result.status == 0, "\(shell): \(result.stderr)")
            #expect(result.stdout.contains(marker), "\(shell)")
        }
        let script = cli.path("pilotdeck.bash")
        try Data(try cli.run(["--generate-completion-script", "bash"]).stdout.utf8).write(to: URL(fileURLWithPath: script))
        let bash = Process()
        bash.executableURL = URL(fileURLWithPath: "/bin/bash")
        bash.arguments = [
            "-c",
            #"source "$1"; COMP_LINE="pilotdeck pilot "; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(pilotdeck pilot ""); COMP_CWORD=2; _pilotdeck; echo "${COMPREPLY[@]}""#,
            "bash", script,
        ]
        let out = Pipe()
        bash.standardOutput = out
        try bash.run()
        let words = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(whereSeparator: \.isWhitespace)
        bash.waitUntilExit()
        #expect(Set(["new", "list", "show", "scope", "participant", "resume"]).isSubset(of: words.map(String.init)))
    }
}
