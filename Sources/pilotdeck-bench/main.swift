import Foundation
import PilotStore

/// `pilotdeck-bench SUITE`: prints figures beside their targets; exits non-zero when one misses.
let usage = """
    usage: swift run -c release pilotdeck-bench SUITE
      phi                      PHI guard recall per identifier kind, clean sentences altered, throughput
      perf --db PATH [--seed] [--only STEP]
                               the large hospital: first frame, keystrokes, reports, feedback import,
                               audit verify and dashboard memory, each beside its comparison and target
                               (seeds PATH when it is missing; --seed rebuilds it)
      perf --db postgresql://… [--sqlite PATH] [--only STEP]
                               the same figures on PostgreSQL beside the SQLite file's (default
                               /tmp/large.sqlite), and the round trips of the first frame and of
                               opening a pilot, and the dashboard through a 20 ms round trip
                               (seeds an empty database)
      proxy --to SOCKET-FOLDER|HOST:PORT [--rtt MS] [--port N]
                               LatencyProxy on 127.0.0.1 in front of a PostgreSQL server, holding each
                               byte back by half the round trip (default 20 ms) each way, until killed
    """

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "phi" { exit(runPHIReport()) }
if arguments.first == "perf", let options = PerfOptions(arguments.dropFirst()) {
    if case .postgres = try? StoreLocation(options.databasePath) { exit(PostgresPerfSuite(options: options).run()) }
    exit(PerfSuite(options: options).run())
}
if arguments.first == "proxy", let options = ProxyOptions(arguments.dropFirst()) { exit(options.run()) }
FileHandle.standardError.write(Data((usage + "\n").utf8))
exit(2)
