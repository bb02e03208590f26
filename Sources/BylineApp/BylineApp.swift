/// BylineApp: the application's work between the core, the store and the executable.
///
/// The import pipeline, feeds (subscriptions, reload, full-text fetch), exports and the
/// store-backed executor of the reader live here, so that commands stay thin and everything
/// is tested without a terminal.
public enum BylineApp {
    /// The name Byline gives itself on the network ("User-Agent") and in exported files.
    public static let name = "Byline"
}
