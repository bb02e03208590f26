/// What the loopback server answers to one request.
public struct LoopbackResponse: Sendable {
    /// How the body is sent.
    public enum Body: Sendable {
        /// These bytes, with a `Content-Length`.
        case bytes([UInt8])
        /// `chunk` sent `times` times, each after a pause of `interval`: a slow server when the
        /// pause is long, a trickle when the chunk is small. With `times` nil the body never
        /// ends: it goes out without a length until the client hangs up.
        case repeating([UInt8], times: Int?, interval: Duration)
    }

    /// The status code.
    public var status: Int
    /// Header fields sent as given. A `Content-Length` here replaces the one the body implies.
    public var headers: [String: String]
    /// The body.
    public var body: Body

    /// A response with `status`, `headers` and `body`.
    public init(status: Int = 200, headers: [String: String] = [:], body: Body = .bytes([])) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A 200 response with `text` as its UTF-8 body.
    public static func text(_ text: String, contentType: String = "text/plain; charset=utf-8") -> LoopbackResponse {
        LoopbackResponse(headers: ["Content-Type": contentType], body: .bytes(Array(text.utf8)))
    }

    /// A redirect with `status` (301, 302, 303, 307 or 308) to `location`.
    public static func redirect(_ status: Int, to location: String) -> LoopbackResponse {
        LoopbackResponse(status: status, headers: ["Location": location])
    }

    /// A 200 response whose body is `bytes` compressed with gzip, sent as `Content-Encoding: gzip`.
    public static func gzipped(_ bytes: [UInt8], contentType: String = "application/xml") -> LoopbackResponse {
        LoopbackResponse(headers: ["Content-Type": contentType, "Content-Encoding": "gzip"], body: .bytes(Gzip.compress(bytes)))
    }

    /// Whether the status code forbids a body (1xx, 204, 304).
    var forbidsBody: Bool {
        (100..<200).contains(status) || status == 204 || status == 304
    }
}
