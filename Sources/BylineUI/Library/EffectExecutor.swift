/// Performs the effects that read or change the library, answering each with messages.
/// The run loop uses one (in memory for the demo and benchmarks; the SQLite library for
/// real use); effects that concern the terminal (editor, browser, quit) stay with the run loop.
public protocol LibraryExecutor: AnyObject {
    /// Performs `effect` and returns the messages that answer it (none for effects it does not handle).
    func perform(_ effect: Effect) -> [Msg]
}
