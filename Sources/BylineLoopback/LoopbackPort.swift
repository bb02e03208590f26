import Foundation
import Glibc

/// A port on 127.0.0.1 that never serves: a connection to it is refused, or accepted and then
/// never answered. For testing how a client fails.
public final class LoopbackPort: Sendable {
    /// What a client meets at the port.
    public enum Behaviour: Sendable {
        /// The port is bound but not listening: connecting is refused at once.
        case refusing
        /// The port listens but never accepts: the kernel completes the connection and takes
        /// the request, and no answer ever comes.
        case silent
    }

    /// The port number.
    public let port: UInt16
    private let socket: ClosableSocket

    /// Reserves a port with `behaviour`; it is held until `close()` or until this is released.
    public init(_ behaviour: Behaviour) throws {
        let (descriptor, port) = try Socket.bindLoopback(listening: behaviour == .silent ? 64 : nil)
        self.port = port
        socket = ClosableSocket(descriptor)
    }

    deinit {
        socket.close()
    }

    /// The URL of `path` (such as `/feed.xml`) at this port.
    public func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    /// Releases the port. Calling it again does nothing.
    public func close() {
        socket.close()
    }
}

/// A socket closed exactly once, whoever asks first.
private final class ClosableSocket: @unchecked Sendable {
    private let lock = NSLock()
    private var descriptor: Int32?

    init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    func close() {
        lock.withLock {
            if let descriptor { Glibc.close(descriptor) }
            descriptor = nil
        }
    }
}
