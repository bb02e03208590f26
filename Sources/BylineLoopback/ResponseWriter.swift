/// Writes responses to a connection.
struct ResponseWriter {
    private let descriptor: Int32

    /// A writer to the connection `descriptor`.
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Sends `response`; returns whether the connection can carry another request. It cannot
    /// when the client asked to close it, the body has no end or its length was given by
    /// hand, or the client hung up.
    func write(_ response: LoopbackResponse, keepAlive: Bool) -> Bool {
        var headers = response.headers
        let lengthGiven = headers.keys.contains { $0.lowercased() == "content-length" }
        let endless: Bool
        switch response.body {
        case .bytes(let bytes):
            endless = false
            if !lengthGiven && !response.forbidsBody { headers["Content-Length"] = String(bytes.count) }
        case .repeating(let chunk, let times, _):
            endless = times == nil
            if !lengthGiven, let times { headers["Content-Length"] = String(chunk.count * times) }
        }
        let reusable = keepAlive && !endless && !lengthGiven
        if !reusable { headers["Connection"] = "close" }
        let head = Self.head(status: response.status, headers: headers)

        switch response.body {
        case .bytes(let bytes):
            // One write: head and body leave together.
            guard Socket.send(head + (response.forbidsBody ? [] : bytes), on: descriptor) else { return false }
        case .repeating(let chunk, let times, let interval):
            guard Socket.send(head, on: descriptor) else { return false }
            var sent = 0
            while times.map({ sent < $0 }) ?? true {
                guard Socket.pause(interval, on: descriptor), Socket.send(chunk, on: descriptor) else { return false }
                sent += 1
            }
        }
        return reusable
    }

    /// The status line and header fields, ending with the blank line.
    private static func head(status: Int, headers: [String: String]) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(reason(for: status))\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            text += "\(name): \(value)\r\n"
        }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// The reason phrase of `status`; clients read only the code.
    private static func reason(for status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 404: "Not Found"
        case 410: "Gone"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status \(status)"
        }
    }
}
