import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A TCP proxy on 127.0.0.1 in front of a PostgreSQL server that holds every byte back by half a
/// round trip in each direction, as a WAN between a site and the central server does (the
/// kernel's `netem` is not available on these machines). `pilotdeck-bench perf` measures the
/// dashboard through it; tests also cut a connection through it at a transaction's COMMIT.
public final class LatencyProxy: @unchecked Sendable {
    /// Where the proxy forwards to.
    public enum Upstream: Sendable {
        /// A Unix socket's path, such as `/run/postgresql/.s.PGSQL.5432`.
        case unix(String)
        case tcp(host: String, port: UInt16)
    }

    /// The port it listens on, on 127.0.0.1.
    public let port: UInt16
    public let roundTrip: Duration
    private let upstream: Upstream
    private let listener: Int32
    private let lock = NSLock()
    private var links: [ProxyLink] = []
    private var commitCut: CommitCut?
    private var closed = false

    /// Listens on `port` (0: any free one) and forwards each connection to `upstream`.
    public init(upstream: Upstream, roundTrip: Duration, port: UInt16 = 0) throws {
        self.upstream = upstream
        self.roundTrip = roundTrip
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ProxyError.system("socket") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            Glibc.close(fd)
            throw ProxyError.system("bind 127.0.0.1:\(port)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        self.port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// `url` reaching the same database as the same user through the proxy (libpq takes the
    /// last value of a parameter given twice).
    public func route(_ url: String) -> String {
        url + (url.contains("?") ? "&" : "?") + "host=127.0.0.1&port=\(port)&sslmode=disable"
    }

    /// Cuts the next connection that writes, at its COMMIT (see `CommitCut`).
    public func cutNextCommit(_ cut: CommitCut) { lock.withLock { commitCut = cut } }

    /// Takes the armed cut, once.
    func takeCommitCut() -> CommitCut? {
        lock.withLock {
            defer { commitCut = nil }
            return commitCut
        }
    }

    /// Stops listening and closes every connection through the proxy, once: a second close of
    /// the listener's number would close whatever file has taken that number since.
    public func close() {
        let open: [ProxyLink]? = lock.withLock {
            guard !closed else { return nil }
            closed = true
            return links
        }
        guard let open else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        Glibc.close(listener)
        open.forEach { $0.close() }
    }

    deinit { close() }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            guard let server = try? connectUpstream() else {
                Glibc.close(client)
                continue
            }
            for socket in [client, server] { Self.noDelay(socket) }
            let link = ProxyLink(client: client, server: server, oneWay: roundTrip / 2, proxy: self)
            let accepted = lock.withLock {
                if !closed { links.append(link) }
                return !closed
            }
            if accepted { link.start() } else { link.close() }
        }
    }

    private func connectUpstream() throws -> Int32 {
        switch upstream {
        case .unix(let path):
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            let capacity = MemoryLayout.size(ofValue: address.sun_path)
            guard path.utf8.count < capacity else { throw ProxyError.system("socket path too long: \(path)") }
            withUnsafeMutableBytes(of: &address.sun_path) { buffer in
                buffer.copyBytes(from: path.utf8)
                buffer[path.utf8.count] = 0
            }
            return try Self.connected(AF_UNIX, address, describing: path)
        case .tcp(let host, let port):
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr(host)
            return try Self.connected(AF_INET, address, describing: "\(host):\(port)")
        }
    }

    /// A stream socket of `family` connected to `address` (a `sockaddr_un` or `sockaddr_in`).
    private static func connected<Address>(_ family: Int32, _ address: Address, describing label: String) throws -> Int32 {
        let fd = socket(family, Int32(SOCK_STREAM.rawValue), 0)
        var address = address
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<Address>.size)) }
        }
        guard result == 0 else {
            Glibc.close(fd)
            throw ProxyError.system("connect \(label)")
        }
        return fd
    }

    private static func noDelay(_ socket: Int32) {
        var yes: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
    }
}

extension LatencyProxy.Upstream {
    /// Where the server of a libpq URL listens: the Unix socket in its `host` folder (libpq's
    /// default folder when none is named), or its TCP address.
    public init(postgresURL url: String) {
        let components = URLComponents(string: url)
        let query = components?.queryItems ?? []
        let host = query.last { $0.name == "host" }?.value ?? components?.host.flatMap { $0.isEmpty ? nil : $0 } ?? "/var/run/postgresql"
        let port = query.last { $0.name == "port" }?.value.flatMap { UInt16($0) } ?? components?.port.map(UInt16.init) ?? 5432
        self = host.hasPrefix("/") ? .unix("\(host)/.s.PGSQL.\(port)") : .tcp(host: host, port: port)
    }
}

/// Why the proxy could not start or connect.
public enum ProxyError: Error, CustomStringConvertible {
    case system(String)

    public var description: String {
        switch self {
        case .system(let what): "\(what) failed: \(String(cString: strerror(errno)))"
        }
    }
}
