/// One request as the loopback server read it.
public struct LoopbackRequest: Sendable, Hashable {
    /// The method, such as `GET`.
    public var method: String
    /// The request target as sent: the path with its query, such as `/feed?page=2`.
    public var target: String
    /// The header fields by lowercased name; repeated fields are joined with ", ".
    public var headers: [String: String]

    /// Makes a request from its parts; `headers` are keyed by lowercased name.
    public init(method: String, target: String, headers: [String: String]) {
        self.method = method
        self.target = target
        self.headers = headers
    }

    /// The target without its query.
    public var path: String {
        String(target.prefix { $0 != "?" })
    }

    /// The value of the header field `name`, whatever its case.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// Whether the client asked to keep the connection open for another request.
    var keepsAlive: Bool {
        header("connection")?.lowercased() != "close"
    }
}
