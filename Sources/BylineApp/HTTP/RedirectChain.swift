import Foundation

/// The redirects one fetch has followed: how many, and whether every one was permanent.
struct RedirectChain: Sendable {
    /// The most redirects followed; one more is taken for a loop.
    static let maximumHops = 10

    private(set) var hops = 0
    private(set) var isPermanent = true
    /// Whether the fetch asked to go further than `maximumHops`.
    private(set) var isLoop = false

    /// Records a redirect with `status`; false (and a loop) when it would be one too many.
    mutating func follow(status: Int) -> Bool {
        guard hops < Self.maximumHops else {
            isLoop = true
            return false
        }
        hops += 1
        if status != 301 && status != 308 { isPermanent = false }
        return true
    }

    /// The URL to save in place of `requested`: `final` when every hop was permanent and it
    /// leads somewhere else, nil otherwise.
    func movedTo(from requested: URL, to final: URL) -> URL? {
        hops > 0 && isPermanent && final != requested ? final : nil
    }
}
