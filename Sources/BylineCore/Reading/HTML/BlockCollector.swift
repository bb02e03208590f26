/// One paragraph of an HTML article before it joins the body: normalised text, its kind,
/// and its links with ranges into `text`.
struct CollectedParagraph: Equatable {
    var text: String
    var kind: Paragraph.Kind
    var links: [Link]
}

/// Walks the body's containers in document order and turns their blocks into paragraphs:
/// block elements start and end paragraphs, inline markup flows into them, `<br>` is a space
/// and two in a row a paragraph break, headings, block quotes and list items keep their kind,
/// and the text of links keeps its target.
struct BlockCollector {
    let tree: HTMLTree
    let removed: [Bool]
    let resolver: URLResolver

    private struct OpenElement {
        var end: Int
        var tag: HTMLTag
    }

    /// The paragraphs of `containers`, in order.
    func paragraphs(in containers: [Int]) -> [CollectedParagraph] {
        var draft = ParagraphDraft()
        var result: [CollectedParagraph] = []
        for container in containers {
            var open: [OpenElement] = []
            var context = BlockContext()
            var index = container
            let stop = tree.end(container)
            while index < stop {
                while let top = open.last, index >= top.end {
                    close(top.tag, context: &context, draft: &draft, into: &result)
                    open.removeLast()
                }
                if removed[index] {
                    index = tree.end(index)
                    continue
                }
                let tag = tree.tag(index)
                switch tag {
                case .text:
                    if let bytes = tree.textBytes(index) {
                        draft.append(bytes, kind: context.kind, link: context.link, insideTime: context.isInsideTime)
                    }
                case .br:
                    if draft.endsWithBreak {
                        draft.finish(into: &result)
                    } else {
                        draft.appendBreak()
                    }
                default:
                    if tag.isBlock { draft.finish(into: &result) }
                    open.append(OpenElement(end: tree.end(index), tag: tag))
                    context.enter(tag, link: tag == .a ? link(at: index) : nil)
                }
                index += 1
            }
            while let top = open.popLast() { close(top.tag, context: &context, draft: &draft, into: &result) }
            draft.finish(into: &result)
        }
        return result
    }

    private func close(_ tag: HTMLTag, context: inout BlockContext, draft: inout ParagraphDraft, into result: inout [CollectedParagraph]) {
        if tag.isBlock { draft.finish(into: &result) }
        context.leave(tag)
    }

    private func link(at index: Int) -> BlockContext.OpenLink? {
        guard let href = tree.attribute("href", of: index), let url = resolver.resolve(href) else { return nil }
        return BlockContext.OpenLink(anchor: index, url: url)
    }
}

/// Which blocks and link the walk is inside.
private struct BlockContext {
    struct OpenLink: Equatable {
        var anchor: Int
        var url: String
    }

    private var headings = 0
    private var quotes = 0
    private var times = 0
    private var listItems = 0
    private var links: [OpenLink?] = []

    /// The link the walk is in (the outermost, should links nest).
    var link: OpenLink? { links.lazy.compactMap { $0 }.first }

    /// Whether the walk is inside a `<time>` element.
    var isInsideTime: Bool { times > 0 }

    /// The kind a paragraph started here takes.
    var kind: Paragraph.Kind {
        if headings > 0 { return .heading }
        if quotes > 0 { return .blockquote }
        if listItems > 0 { return .listItem }
        return .body
    }

    mutating func enter(_ tag: HTMLTag, link: OpenLink?) {
        adjust(tag, by: 1)
        if tag == .a { links.append(link) }
    }

    mutating func leave(_ tag: HTMLTag) {
        adjust(tag, by: -1)
        if tag == .a, !links.isEmpty { links.removeLast() }
    }

    private mutating func adjust(_ tag: HTMLTag, by step: Int) {
        if tag.isHeading { headings += step }
        if tag == .blockquote { quotes += step }
        if tag == .time { times += step }
        if tag == .li || tag == .dd || tag == .dt { listItems += step }
    }
}

/// The text of one paragraph as it is gathered, piece by piece, as UTF-8: white space collapsed
/// across pieces, every piece normalised, lengths counted in Unicode scalars.
private struct ParagraphDraft {
    private var utf8: [UInt8] = []
    private var length = 0
    private var pendingSpace = false
    private var kind: Paragraph.Kind = .body
    private var links: [(anchor: Int, url: String, range: TextRange)] = []
    private(set) var endsWithBreak = false
    private var hasTextOutsideTime = false

    /// Appends a text node's bytes (NUL-terminated UTF-8). Text that `TextNormalizer` would
    /// leave alone is copied as it is; anything else goes through it first.
    mutating func append(_ text: UnsafePointer<UInt8>, kind: Paragraph.Kind, link: BlockContext.OpenLink?, insideTime: Bool) {
        var count = 0
        while text[count] != 0 { count += 1 }
        let bytes = UnsafeBufferPointer(start: text, count: count)
        var start: Int?
        if StableUTF8.isStable(bytes) {
            start = appendCollapsing(bytes, kind: kind)
        } else {
            var normalized = TextNormalizer.normalize(String(decoding: bytes, as: UTF8.self))
            start = normalized.withUTF8 { appendCollapsing($0, kind: kind) }
        }
        if start != nil, !insideTime { hasTextOutsideTime = true }
        guard let link, let start else { return }
        if let last = links.last, last.anchor == link.anchor {
            links[links.count - 1].range = TextRange(start: last.range.start, end: length)
        } else {
            links.append((link.anchor, link.url, TextRange(start: start, end: length)))
        }
    }

    /// Appends normalised UTF-8, each run of white space one space; returns the scalar offset
    /// of the first character appended, if any.
    private mutating func appendCollapsing(_ bytes: UnsafeBufferPointer<UInt8>, kind: Paragraph.Kind) -> Int? {
        var start: Int?
        var index = 0
        while index < bytes.count {
            let spaceLength = StableUTF8.whitespaceLength(bytes, at: index)
            if spaceLength > 0 {
                pendingSpace = length > 0
                index += spaceLength
                continue
            }
            if length == 0 { self.kind = kind }
            if pendingSpace {
                utf8.append(0x20)
                length += 1
                pendingSpace = false
            }
            if start == nil { start = length }
            let byte = bytes[index]
            utf8.append(byte)
            if byte & 0xC0 != 0x80 { length += 1 }
            index += 1
            // Continuation bytes follow their lead byte in the same scalar.
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 {
                utf8.append(bytes[index])
                index += 1
            }
            endsWithBreak = false
        }
        return start
    }

    /// Notes a line break: white space, unless a second one ends the paragraph.
    mutating func appendBreak() {
        pendingSpace = length > 0
        endsWithBreak = length > 0
    }

    /// Hands the paragraph over and starts afresh. A paragraph with no text, or whose text is
    /// all inside `<time>` (a standalone date line), is dropped.
    mutating func finish(into result: inout [CollectedParagraph]) {
        if length > 0, hasTextOutsideTime {
            let finished = links.map { Link(range: $0.range, url: $0.url) }
            result.append(CollectedParagraph(text: String(decoding: utf8, as: UTF8.self), kind: kind, links: finished))
        }
        self = ParagraphDraft()
    }
}
