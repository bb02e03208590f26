/// Performs the effects that read or change the library, answering each with messages.
/// The run loop uses one (in memory for the demo and benchmarks; the SQLite library for
/// real use); effects that concern the terminal (editor, browser, quit) stay with the run loop.
public protocol LibraryExecutor: AnyObject {
    /// Performs `effect` and returns the messages that answer it (none for effects it does not handle).
    func perform(_ effect: Effect) -> [Msg]
    /// Called once when the program ends: work still going on in the background (a feed
    /// reload) is finished or cancelled, never left half done.
    func finish()
}

extension LibraryExecutor {
    /// Nothing goes on in the background.
    public func finish() {}
}
