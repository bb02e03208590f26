/// Reads HTTP/1.1 requests, one after another, from a connection.
struct RequestReader {
    /// The longest request head read; a longer one ends the connection.
    static let maximumHeadBytes = 65_536

    private let descriptor: Int32
    private var buffer: [UInt8] = []

    /// A reader of the connection `descriptor`.
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next request (its body read and dropped), or nil when the client has gone or sent
    /// something that is not an HTTP request.
    mutating func next() -> LoopbackRequest? {
        var scanned = 0
        while true {
            if let end = headEnd(from: scanned) {
                let head = String(decoding: buffer[..<end], as: UTF8.self)
                buffer.removeFirst(end + 4)
                guard let request = Self.parse(head), skipBody(of: request) else { return nil }
                return request
            }
            scanned = max(0, buffer.count - 3)
            guard buffer.count <= Self.maximumHeadBytes, Socket.receive(on: descriptor, into: &buffer) else { return nil }
        }
    }

    /// Where the blank line that ends the head starts, searching from `start`.
    private func headEnd(from start: Int) -> Int? {
        guard start + 4 <= buffer.count else { return nil }
        return (start...(buffer.count - 4)).first { index in
            buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10
        }
    }

    /// Reads and drops the body a `Content-Length` announces; false when the client left first.
    private mutating func skipBody(of request: LoopbackRequest) -> Bool {
        let length = request.header("content-length").flatMap { Int($0) } ?? 0
        while buffer.count < length {
            guard Socket.receive(on: descriptor, into: &buffer) else { return false }
        }
        buffer.removeFirst(length)
        return true
    }

    /// The request line and header fields of `head`.
    static func parse(_ head: String) -> LoopbackRequest? {
        // "\r\n" is a single Character in Swift.
        let lines = head.split(separator: "\r\n")
        guard let requestLine = lines.first else { return nil }
        let parts = requestLine.split(separator: " ")
        guard parts.count == 3, parts[2].hasPrefix("HTTP/") else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces()
            headers[name] = headers[name].map { "\($0), \(value)" } ?? value
        }
        return LoopbackRequest(method: String(parts[0]), target: String(parts[1]), headers: headers)
    }
}

private extension Substring {
    /// Without the spaces and tabs at either end.
    func trimmingSpaces() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }
}
