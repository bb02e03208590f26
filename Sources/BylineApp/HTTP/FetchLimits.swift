/// How long a fetch may take and how much it may bring back.
public struct FetchLimits: Sendable, Hashable {
    /// Time allowed to connect. URLSession on Linux does not report when the connection
    /// opens, so until the response head arrives the fetcher allows the longer of this and
    /// `idleTimeout`.
    public var connectTimeout: Duration
    /// Time allowed without a single byte arriving.
    public var idleTimeout: Duration
    /// Time allowed for the whole fetch, redirects included (waiting for a free connection
    /// to the host is not counted).
    public var totalTimeout: Duration
    /// The largest body accepted, counted after gzip or deflate decoding.
    public var maxBodyBytes: Int
    /// The most fetches talking to one host (and port) at once.
    public var perHostConnections: Int
    /// The `User-Agent` sent with every request.
    public var userAgent: String

    /// Limits with the given values; the defaults suit feeds and article pages.
    public init(
        connectTimeout: Duration = .seconds(10),
        idleTimeout: Duration = .seconds(30),
        totalTimeout: Duration = .seconds(60),
        maxBodyBytes: Int = 16 * 1_024 * 1_024,
        perHostConnections: Int = 2,
        userAgent: String = BylineApp.name
    ) {
        self.connectTimeout = connectTimeout
        self.idleTimeout = idleTimeout
        self.totalTimeout = totalTimeout
        self.maxBodyBytes = maxBodyBytes
        self.perHostConnections = perHostConnections
        self.userAgent = userAgent
    }

    /// The time allowed before the response head arrives.
    var firstByteTimeout: Duration {
        max(connectTimeout, idleTimeout)
    }
}
