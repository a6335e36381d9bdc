import Foundation

/// `pilotdeck-bench SUITE`: prints figures beside their targets; exits non-zero when one misses.
let usage = """
    usage: swift run -c release pilotdeck-bench SUITE
      phi    PHI guard recall per identifier kind, clean sentences altered, throughput
    """

switch CommandLine.arguments.dropFirst().first {
case "phi":
    exit(runPHIReport())
default:
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}
