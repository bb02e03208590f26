import Synchronization

/// Messages posted from other threads (a feed reload in the background) for the run loop,
/// which takes them between input events: `update` still runs on the run loop's thread only.
public final class Mailbox: Sendable {
    private let messages = Mutex<[Msg]>([])

    /// An empty mailbox.
    public init() {}

    /// Leaves `msg` for the run loop.
    public func post(_ msg: Msg) {
        messages.withLock { $0.append(msg) }
    }

    /// Every message posted since the last call, in the order they were posted.
    func takeAll() -> [Msg] {
        messages.withLock { messages in
            defer { messages.removeAll() }
            return messages
        }
    }
}
