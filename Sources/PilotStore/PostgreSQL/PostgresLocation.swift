import CLibPQ
import Foundation

/// A PostgreSQL database named by a libpq URL: `postgresql:///DB?host=/socket/dir`,
/// `postgresql://?service=NAME`, `postgresql://user@host:port/db?sslmode=…`, several hosts
/// (`postgresql://a,b:5433/db`). libpq itself reads the URL, so it means exactly what `psql`
/// makes of it; passwords come from `PGPASSWORD` or `~/.pgpass`, never from the URL, which ends
/// up in shell histories, process lists and error messages.
public struct PostgresLocation: Equatable, Sendable, CustomStringConvertible {
    static let schemes = ["postgresql://", "postgres://"]
    /// The hosts that are this machine when named over TCP.
    static let loopbackHosts: Set<String> = ["localhost", "127.0.0.1", "::1"]
    /// Seconds libpq waits for each host when neither the URL nor `PGCONNECT_TIMEOUT` says: its
    /// own default is to wait as long as the kernel does, minutes for an unreachable host.
    static let connectTimeout = "10"

    /// The URL as given; it holds no password.
    public let url: String
    /// The hosts (names, addresses or Unix-socket folders) it connects to, from the URL or from
    /// `PGHOST` / `PGHOSTADDR`; empty for libpq's default socket or a service file's choice.
    public let hosts: [String]
    /// Whether Pilotdeck asks for `sslmode=verify-full`: a remote host named with no `sslmode`
    /// in the URL, in `PGSSLMODE` or in a service.
    public let verifiesServer: Bool
    /// Whether Pilotdeck gives libpq `connect_timeout` (the URL's own still wins): not when a
    /// service or `PGCONNECT_TIMEOUT` may say.
    public let limitsConnectTime: Bool
    /// The database's name as the URL or the environment give it (a service's name when only
    /// a service does), for a status line.
    public let databaseName: String

    public var description: String { url }

    /// Reads `url`, refusing a password in it without repeating either.
    init(url: String, field: String, environment: [String: String]) throws {
        if Self.holdsPassword(url) { throw Self.passwordRefusal(field: field) }
        let options = try Self.parse(url, field: field)
        if options["password"] != nil { throw Self.passwordRefusal(field: field) }
        self.url = url
        hosts = Self.hosts(options, environment)
        let service = options["service"] ?? environment["PGSERVICE"]
        let sslMode = options["sslmode"] ?? environment["PGSSLMODE"]
        verifiesServer = service == nil && sslMode == nil && hosts.contains(where: Self.isRemote)
        // A service file's own connect_timeout would be overridden by ours: libpq applies a
        // parameter given beside the service after the file.
        limitsConnectTime = environment["PGCONNECT_TIMEOUT"] == nil && service == nil
        databaseName = options["dbname"] ?? environment["PGDATABASE"] ?? service ?? "postgresql"
    }

    /// The parameters for `PQconnectdbParams` with the URL expanded, in the order libpq applies
    /// them (a later one overrides an earlier one): the URL's own override Pilotdeck's defaults,
    /// and nothing overrides the client encoding the store reads text in.
    var parameters: [(keyword: String, value: String)] {
        var parameters = [(keyword: "application_name", value: "pilotdeck")]
        if limitsConnectTime { parameters.append(("connect_timeout", Self.connectTimeout)) }
        parameters.append(("dbname", url))
        if verifiesServer { parameters.append(("sslmode", "verify-full")) }
        parameters.append(("client_encoding", "UTF8"))
        return parameters
    }

    /// The one line a password in the URL gets: it names neither the password nor the URL.
    static func passwordRefusal(field: String) -> StoreError {
        .refused(
            "\(field) holds a password; take it out of the URL and put it in PGPASSWORD or ~/.pgpass "
                + "(a line host:port:database:user:password, mode 0600)")
    }

    /// Whether the URL spells a password, read the way libpq reads it (its user part runs to the
    /// first '@' before any '/', and a ':' in it starts the password) or as a `password`
    /// parameter, so that the URL is refused before libpq's own errors could quote it.
    static func holdsPassword(_ url: String) -> Bool {
        guard let scheme = schemes.first(where: url.hasPrefix) else { return false }
        let rest = url.dropFirst(scheme.count)
        if let end = rest.firstIndex(where: { $0 == "@" || $0 == "/" }), rest[end] == "@", rest[..<end].contains(":") {
            return true
        }
        guard let query = rest.firstIndex(of: "?") else { return false }
        return rest[rest.index(after: query)...].split(separator: "&").contains { parameter in
            let key = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
            return (String(key).removingPercentEncoding ?? String(key)) == "password"
        }
    }

    /// libpq's reading of the URL: every parameter it sets, by keyword.
    static func parse(_ url: String, field: String) throws -> [String: String] {
        var message: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(url, &message) else {
            let reason = message.map { PostgresFailure.oneLine(String(cString: $0)) } ?? "libpq ran out of memory"
            PQfreemem(message)
            throw StoreError.refused(
                "\(field) is not a PostgreSQL URL libpq can read (\(reason)); "
                    + "write it as postgresql://[user@]host[:port]/database[?parameter=value&…]")
        }
        defer { PQconninfoFree(options) }
        var values: [String: String] = [:]
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val { values[String(cString: keyword)] = String(cString: value) }
            option += 1
        }
        return values
    }

    /// The hosts libpq will try: the URL's names and addresses, else the environment's.
    static func hosts(_ options: [String: String], _ environment: [String: String]) -> [String] {
        func list(_ value: String?) -> [String] {
            value.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
        }
        let named = list(options["host"]) + list(options["hostaddr"])
        if !named.isEmpty { return named }
        return list(environment["PGHOST"]) + list(environment["PGHOSTADDR"])
    }

    /// A host reached over the network: not a Unix-socket folder (absolute, or `@` for Linux's
    /// abstract namespace), not empty (libpq's default socket), not this machine's loopback.
    static func isRemote(_ host: String) -> Bool {
        !host.isEmpty && !host.hasPrefix("/") && !host.hasPrefix("@") && !loopbackHosts.contains(host.lowercased())
    }
}
