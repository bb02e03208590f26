/// Fetches documents over HTTP. The feeds work depends on this protocol, not on URLSession.
public protocol HTTPFetching: Sendable {
    /// Fetches `request`; every failure is an outcome, never a thrown error.
    func fetch(_ request: FetchRequest) async -> FetchOutcome
}
