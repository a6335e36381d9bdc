import CLibPQ
import Foundation

/// LISTENs on `PilotDatabase.changeChannel` on a connection of its own and reads what arrived
/// without waiting (`PQconsumeInput`, `PQnotifies`): a dashboard left open costs the server no
/// queries until someone writes. A broken connection says "look" and is opened again on the next
/// call.
final class PostgresChangeFeed: ChangeFeed {
    private let location: PostgresLocation
    private let roundTrips: RoundTripCounter
    private var connection: PostgresConnection?

    /// With PgBouncer's transaction pooling a LISTEN is lost between transactions: the fallback
    /// poll still finds the change within this time.
    let fallback = Duration.seconds(10)

    init(_ location: PostgresLocation, roundTrips: RoundTripCounter) throws {
        self.location = location
        self.roundTrips = roundTrips
        connection = try Self.listen(location, roundTrips)
    }

    private static func listen(_ location: PostgresLocation, _ roundTrips: RoundTripCounter) throws -> PostgresConnection {
        let connection = try PostgresConnection(location, roundTrips: roundTrips)
        try connection.execute("LISTEN \(PilotDatabase.changeChannel)")
        return connection
    }

    func hasChanges() -> Bool {
        guard let connection else {
            connection = try? Self.listen(location, roundTrips)
            return true
        }
        guard let arrived = connection.notifications() else {
            self.connection = nil
            return true
        }
        return arrived > 0
    }
}
