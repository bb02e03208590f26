import Foundation
import Glibc

/// An HTTP/1.1 server on 127.0.0.1, on a port the kernel picks, for tests and benchmarks that
/// must not leave the machine.
///
/// Every connection has its own thread, which also runs the routes: a slow or endless body
/// holds no one else up, and the server needs nothing from Swift's cooperative thread pool,
/// which the client it serves may keep busy. Responses go out without Nagle's delay
/// (`TCP_NODELAY`). Connections stay open between requests (keep-alive) as HTTP/1.1 clients
/// expect. The server keeps a log of every request.
public final class LoopbackServer: Sendable {
    /// What answers each request, called on the connection's thread (so concurrently for
    /// concurrent connections).
    public typealias Routes = @Sendable (LoopbackRequest) -> LoopbackResponse

    /// The port the server listens on.
    public let port: UInt16
    private let routes: Routes
    private let connections: Connections
    private let log = RequestLog()

    private init(listener: Int32, port: UInt16, routes: @escaping Routes) {
        self.port = port
        self.routes = routes
        connections = Connections(listener: listener)
    }

    /// Starts a server that answers each request with `routes`; stop it with `stop()`.
    public static func start(routes: @escaping Routes) throws -> LoopbackServer {
        let (listener, port) = try Socket.bindLoopback(listening: 1_024)
        let server = LoopbackServer(listener: listener, port: port, routes: routes)
        Thread.detachNewThread { server.acceptConnections() }
        return server
    }

    /// `http://127.0.0.1:PORT`.
    public var baseURL: URL {
        URL(string: "http://127.0.0.1:\(port)")!
    }

    /// The URL of `path` (such as `/feed.xml`) on this server.
    public func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    /// Every request received so far, in order of arrival.
    public var requests: [LoopbackRequest] {
        log.requests
    }

    /// Stops listening and hangs up every open connection. Calling it again does nothing.
    public func stop() {
        connections.stop()
    }

    private func acceptConnections() {
        while true {
            let connection = accept(connections.listener, nil, nil)
            if connection >= 0 {
                guard connections.admit(connection) else { break }
                Socket.setNoDelay(connection)
                Thread.detachNewThread { self.serve(connection) }
            } else if connections.isStopped {
                break
            } else {
                usleep(1_000)  // out of descriptors, or a connection reset before it was accepted
            }
        }
        connections.closeListener()
    }

    private func serve(_ connection: Int32) {
        defer { connections.close(connection) }
        var reader = RequestReader(descriptor: connection)
        let writer = ResponseWriter(descriptor: connection)
        while let request = reader.next() {
            log.append(request)
            guard writer.write(routes(request), keepAlive: request.keepsAlive) else { return }
        }
    }
}

/// The listening socket and the open connections, so that `stop()` can hang up on all of them
/// and no descriptor is shut down after it was closed (and perhaps reused).
private final class Connections: @unchecked Sendable {
    let listener: Int32
    private let lock = NSLock()
    private var open: Set<Int32> = []
    private var stopped = false

    init(listener: Int32) {
        self.listener = listener
    }

    var isStopped: Bool {
        lock.withLock { stopped }
    }

    /// Registers an accepted connection; once the server has stopped, closes it and returns false.
    func admit(_ connection: Int32) -> Bool {
        lock.withLock {
            guard !stopped else {
                Glibc.close(connection)
                return false
            }
            open.insert(connection)
            return true
        }
    }

    /// Forgets and closes a connection whose thread has finished with it.
    func close(_ connection: Int32) {
        lock.withLock {
            open.remove(connection)
            Glibc.close(connection)
        }
    }

    /// Wakes the accepting thread and every connection's thread; they close their sockets.
    func stop() {
        lock.withLock {
            guard !stopped else { return }
            stopped = true
            Socket.shutDown(listener)
            open.forEach(Socket.shutDown)
        }
    }

    /// Closes the listening socket once the accepting thread has left it.
    func closeListener() {
        lock.withLock { _ = Glibc.close(listener) }
    }
}

/// The requests a server has received.
private final class RequestLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [LoopbackRequest] = []

    var requests: [LoopbackRequest] {
        lock.withLock { entries }
    }

    func append(_ request: LoopbackRequest) {
        lock.withLock { entries.append(request) }
    }
}
