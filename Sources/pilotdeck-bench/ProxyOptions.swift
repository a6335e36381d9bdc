import Foundation
import LatencyProxy

/// `pilotdeck-bench proxy`: `LatencyProxy` on its own, for a dashboard or two run by hand
/// across a simulated WAN.
struct ProxyOptions {
    var upstream: LatencyProxy.Upstream
    var roundTrip = Duration.milliseconds(20)
    var port: UInt16 = 0

    init?(_ arguments: ArraySlice<String>) {
        var upstream: LatencyProxy.Upstream?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--to":
                guard let target = rest.popFirst() else { return nil }
                if target.hasPrefix("/") {
                    upstream = .unix(target.hasSuffix(".5432") ? target : target + "/.s.PGSQL.5432")
                } else {
                    let parts = target.split(separator: ":")
                    guard parts.count == 2, let port = UInt16(parts[1]) else { return nil }
                    upstream = .tcp(host: String(parts[0]), port: port)
                }
            case "--rtt":
                guard let text = rest.popFirst(), let milliseconds = Int(text), milliseconds >= 0 else { return nil }
                roundTrip = .milliseconds(milliseconds)
            case "--port":
                guard let text = rest.popFirst(), let port = UInt16(text) else { return nil }
                self.port = port
            default: return nil
            }
        }
        guard let upstream else { return nil }
        self.upstream = upstream
    }

    func run() -> Int32 {
        do {
            let proxy = try LatencyProxy(upstream: upstream, roundTrip: roundTrip, port: port)
            let line = "listening on 127.0.0.1:\(proxy.port), \(Units.ms(roundTrip)) round trip: add &host=127.0.0.1&port=\(proxy.port)&sslmode=disable to the URL\n"
            FileHandle.standardOutput.write(Data(line.utf8))
            while true { sleep(3600) }
        } catch {
            FileHandle.standardError.write(Data("proxy: \(error)\n".utf8))
            return 1
        }
    }
}
