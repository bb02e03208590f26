/// The key that identifies an item within its feed.
///
/// Feeds change the scheme of their GUIDs and links (`http://` to `https://`) when a site
/// moves to TLS; the item is the same. A GUID or link that is a web address is keyed without
/// its scheme, so that such an item is not new again. Any other GUID is kept as it is.
enum FeedItemKey {
    /// The key of a GUID or link.
    static func of(_ identifier: String) -> String {
        for scheme in ["https://", "http://"] where identifier.utf8.count > scheme.utf8.count {
            if identifier.prefix(scheme.count).lowercased() == scheme { return "//" + identifier.dropFirst(scheme.count) }
        }
        return identifier
    }
}
