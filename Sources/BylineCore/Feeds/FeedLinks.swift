/// Makes the addresses in a feed absolute and safe to open. A reference is resolved against
/// the first base that is an absolute http(s) address: the `xml:base` attributes around it
/// (nested ones resolve against each other), then the feed's own URL, then the website the
/// feed names, then (for enclosures and the like) the item's link. A scheme-relative
/// `//host/path` with no base becomes `https:`. Anything that ends up other than http(s)
/// (`javascript:`, `data:`, `file:`, a relative path with no base) is dropped, except that
/// a feed read from a file may point at files beside it: a relative path with no web base
/// resolves against the feed's own `file:` URL.
struct FeedLinks {
    /// The address the feed was fetched from.
    let feedURL: String?
    /// The feed's website, once read.
    var siteURL: String?

    /// The absolute http(s) form of `reference` found in `element`, or `nil`.
    func resolve(_ reference: String?, in element: LibXMLElement? = nil, itemURL: String? = nil) -> String? {
        guard let trimmed = reference?.trimmingASCIIWhitespace(), !trimmed.isEmpty else { return nil }
        let reference = trimmed.utf8.contains(0x20) ? trimmed.replacingOccurrences(" ", with: "%20") : trimmed
        if Self.isWeb(reference) { return reference }
        guard !Self.hasScheme(reference) else { return nil }
        let bases = [element?.base.flatMap(absoluteBase) ?? feedURL.flatMap(absoluteBase), siteURL.flatMap(absoluteBase), itemURL]
        guard let base = bases.lazy.compactMap({ $0 }).first(where: Self.isWeb) else {
            if reference.hasPrefix("//") { return "https:" + reference }
            guard let feedURL, Self.isFile(feedURL) else { return nil }
            return URLResolver(base: feedURL).resolve(reference).flatMap { Self.isFile($0) ? $0 : nil }
        }
        return URLResolver(base: base).resolve(reference).flatMap { Self.isWeb($0) ? $0 : nil }
    }

    /// `base` made absolute: as it is when it already is, else against the feed's website
    /// (an `xml:base="/blog/"` in a feed whose own URL is unknown).
    private func absoluteBase(_ base: String) -> String? {
        if Self.isWeb(base) { return base }
        guard let siteURL, Self.isWeb(siteURL) else { return nil }
        return URLResolver(base: siteURL).resolve(base)
    }

    /// Whether `address` is an absolute http or https URL.
    static func isWeb(_ address: String) -> Bool {
        let bytes = address.utf8
        func opens(with scheme: StaticString) -> Bool {
            let count = scheme.utf8CodeUnitCount
            guard bytes.count > count else { return false }
            return zip(bytes, UnsafeBufferPointer(start: scheme.utf8Start, count: count)).allSatisfy { byte, expected in
                ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) == expected
            }
        }
        return opens(with: "http://") || opens(with: "https://")
    }

    /// Whether `address` is a `file:` URL.
    static func isFile(_ address: String) -> Bool {
        address.utf8.count > 5 && address.prefix(5).lowercased() == "file:"
    }

    /// Whether `reference` opens with a URL scheme (`javascript:`, `mailto:`).
    private static func hasScheme(_ reference: String) -> Bool {
        for (offset, byte) in reference.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: ":"): return offset > 0
            case 0x41...0x5A, 0x61...0x7A: continue
            case 0x30...0x39, UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."): if offset == 0 { return false }
            default: return false
            }
        }
        return false
    }
}

/// Collects a feed's items: gives each a GUID when the document gives none, keeps the first
/// of items sharing a GUID, and drops items with nothing in them.
struct FeedItemCollector {
    private(set) var items: [FeedItem] = []
    private var seen: Set<String> = []
    private var duplicates = 0
    private var firstDuplicate: String?
    private var empty = 0

    /// Adds `item`, whose `guid` is empty when the document gives none.
    mutating func add(_ item: FeedItem) {
        var item = item
        item.guid = item.guid.trimmingASCIIWhitespace()
        if item.guid.isEmpty { item.guid = Self.fallbackGUID(for: item) }
        guard !item.guid.isEmpty else {
            empty += 1
            return
        }
        guard seen.insert(item.guid).inserted else {
            duplicates += 1
            if firstDuplicate == nil { firstDuplicate = item.guid }
            return
        }
        items.append(item)
    }

    /// Notes on the items dropped.
    var warnings: [String] {
        var notes: [String] = []
        if duplicates > 0, let firstDuplicate {
            notes.append("\(duplicates) item(s) repeating an earlier item's GUID dropped (first: \(firstDuplicate))")
        }
        if empty > 0 { notes.append("\(empty) empty item(s) dropped") }
        return notes
    }

    /// The item's link; else its title and date; else a stable hash of its body.
    private static func fallbackGUID(for item: FeedItem) -> String {
        if let link = item.link { return link }
        let titleAndDate = [item.title, (item.published ?? item.updated).map(FeedDate.iso8601)].compactMap { $0 }
        if !titleAndDate.isEmpty { return titleAndDate.joined(separator: " ") }
        guard let body = item.contentHTML ?? item.summaryHTML else { return "" }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in body.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return "content:" + String(hash, radix: 16)
    }
}
