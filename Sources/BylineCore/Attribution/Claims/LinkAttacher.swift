/// Attaches the article's hyperlinks to the claims of their sentences, and makes a sentence
/// that links out without any other attribution a claim of the linked document.
enum LinkAttacher {
    /// Adds to each claim the URLs of the links in its sentence; adds link claims.
    static func attach(to claims: inout [Claim], resolver: inout ClaimSourceResolver, words: SentenceWords) {
        let links = words.text.article.paragraphs.flatMap(\.links).sorted { $0.range < $1.range }
        guard !links.isEmpty else { return }
        var linksBySentence: [Int: [Link]] = [:]
        for link in links {
            if let sentence = words.sentenceIndex(containing: link.range.start) { linksBySentence[sentence, default: []].append(link) }
        }
        var claimed = Set<Int>()
        for index in claims.indices {
            guard let sentence = words.sentenceIndex(containing: claims[index].range.start) else { continue }
            claimed.insert(sentence)
            claims[index].links = (linksBySentence[sentence] ?? []).map(\.url)
        }
        for (sentence, sentenceLinks) in linksBySentence.sorted(by: { $0.key < $1.key }) where !claimed.contains(sentence) {
            guard let first = sentenceLinks.first else { continue }
            let anchor = words.text.mention(first.range)
            let source = resolver.linkSource(host: host(of: first.url), anchor: anchor)
            claims.append(Claim(range: words.text.sentences[sentence].range, sourceIndex: source, sourceMention: anchor, links: sentenceLinks.map(\.url)))
        }
        claims.sort { $0.range < $1.range }
    }

    /// The host of `url` without "www." ("https://www.example.org/a" → "example.org").
    static func host(of url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        let bare = host.hasPrefix("www.") ? host.dropFirst(4) : host
        return bare.isEmpty ? url : String(bare).lowercased()
    }
}
