import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One client's connection through the proxy: a delayed pipe each way, and the commit cut.
final class ProxyLink: @unchecked Sendable {
    private let client: Int32
    private let server: Int32
    private let toServer: DelayedPipe
    private let toClient: DelayedPipe
    private weak var proxy: LatencyProxy?
    private let lock = NSLock()
    private var isClosed = false
    /// Seen this connection begin a write transaction.
    private var writing = false

    private static let writeBegin = Array("BEGIN ISOLATION LEVEL READ COMMITTED".utf8)
    /// A simple-protocol query message: 'Q', its length (4 + 7), "COMMIT" and its NUL.
    private static let commit: [UInt8] = [0x51, 0, 0, 0, 11] + Array("COMMIT".utf8) + [0]

    init(client: Int32, server: Int32, oneWay: Duration, proxy: LatencyProxy) {
        self.client = client
        self.server = server
        self.proxy = proxy
        toServer = DelayedPipe(from: client, to: server, delay: oneWay)
        toClient = DelayedPipe(from: server, to: client, delay: oneWay)
    }

    func start() {
        toServer.inspect = { [weak self] bytes in self?.inspect(bytes) ?? .forward }
        toServer.onEnd = { [weak self] in self?.close() }
        toClient.onEnd = { [weak self] in self?.close() }
        toServer.start()
        toClient.start()
    }

    func close() {
        let first = lock.withLock {
            defer { isClosed = true }
            return !isClosed
        }
        guard first else { return }
        for socket in [client, server] { shutdown(socket, Int32(SHUT_RDWR)) }
        toServer.stop()
        toClient.stop()
    }

    /// What to do with bytes on their way to the server.
    private func inspect(_ bytes: [UInt8]) -> DelayedPipe.Verdict {
        if bytes.contains(slice: Self.writeBegin) { writing = true }
        guard writing, bytes.contains(slice: Self.commit) else { return .forward }
        writing = false
        guard let cut = proxy?.takeCommitCut() else { return .forward }
        switch cut {
        case .beforeServer:
            close()
            return .drop
        case .afterServer:
            // The server gets the COMMIT; nothing it answers reaches the client, and the
            // connection ends once the server has had time to commit.
            toClient.mute()
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(500)) { [weak self] in self?.close() }
            return .forward
        }
    }
}

extension Array where Element == UInt8 {
    func contains(slice: [UInt8]) -> Bool {
        guard slice.count <= count else { return false }
        return (0...(count - slice.count)).contains { start in self[start..<(start + slice.count)].elementsEqual(slice) }
    }
}
