import Glibc

/// A failed socket call while starting a loopback server or port.
public struct LoopbackError: Error, CustomStringConvertible {
    /// The POSIX call that failed.
    public var call: String
    /// Its `errno`.
    public var code: Int32

    public var description: String { "\(call): \(String(cString: strerror(code)))" }
}

/// The few POSIX socket calls the loopback server makes.
enum Socket {
    /// A TCP socket bound to 127.0.0.1 on a port the kernel picks, listening with `backlog`
    /// when one is given; returns the descriptor and the port.
    static func bindLoopback(listening backlog: Int32?) throws -> (descriptor: Int32, port: UInt16) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw LoopbackError(call: "socket", code: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { general in
                bind(descriptor, general, length) == 0 && getsockname(descriptor, general, &length) == 0
            }
        }
        guard bound else {
            let code = errno
            close(descriptor)
            throw LoopbackError(call: "bind", code: code)
        }
        if let backlog {
            setNoDelay(descriptor)
            guard listen(descriptor, backlog) == 0 else {
                let code = errno
                close(descriptor)
                throw LoopbackError(call: "listen", code: code)
            }
        }
        return (descriptor, UInt16(bigEndian: address.sin_port))
    }

    /// Sends every write at once (no Nagle delay): a response written in two parts would
    /// otherwise wait for the client's delayed acknowledgement, about 40 ms on Linux.
    static func setNoDelay(_ descriptor: Int32) {
        var on: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Writes all of `bytes`; false when the peer has gone.
    static func send(_ bytes: [UInt8], on descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    /// Appends what the peer sent next to `buffer`; false at the end of the stream or on an error.
    static func receive(on descriptor: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk[..<count])
            return true
        }
    }

    /// Waits `duration` unless the peer speaks, closes, or the socket is shut down first;
    /// true when the whole duration passed quietly.
    static func pause(_ duration: Duration, on descriptor: Int32) -> Bool {
        let (seconds, attoseconds) = duration.components
        let milliseconds = Int32(clamping: seconds * 1_000 + attoseconds / 1_000_000_000_000_000)
        guard milliseconds > 0 else { return true }
        var watched = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&watched, 1, milliseconds)
        return ready == 0 || (ready < 0 && errno == EINTR)
    }

    /// Wakes every call blocked on `descriptor` (accept, recv, send, poll).
    static func shutDown(_ descriptor: Int32) {
        shutdown(descriptor, Int32(SHUT_RDWR))
    }
}
