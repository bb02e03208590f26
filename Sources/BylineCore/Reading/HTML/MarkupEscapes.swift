import Foundation

/// Removes terminal escape sequences whole from a page's markup before libxml2 parses it, by
/// the rule `TextNormalizer` applies to text (`EscapeSequence`), with `<` as a boundary.
///
/// Done before parsing because libxml2 drops ESC and BEL, characters XML forbids, and keeps
/// the rest: `ESC ]0;title BEL` would reach the text, a title or a link as `]0;title`.
/// Covers text, attribute values and everything else in the page at once.
enum MarkupEscapes {
    /// `bytes` (valid UTF-8) without escape sequences, or `nil` when they hold none.
    static func removed(from bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { input in
            guard mayHoldSequence(input) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(input.count)
            var scalars = UTF8Scalars(bytes: input)
            var pending = scalars.next()
            while let scalar = pending {
                pending = scalars.next()
                if EscapeSequence.opens(scalar) {
                    pending = EscapeSequence.skip(openedBy: scalar, next: pending, in: &scalars, boundary: .markup)
                } else {
                    UTF8.encode(scalar) { output.append($0) }
                }
            }
            return output
        }
    }

    /// Whether `input` holds an ESC or the UTF-8 form of an 8-bit CSI, DCS, OSC, PM or APC
    /// (0xC2 followed by 0x90, 0x9B, 0x9D, 0x9E or 0x9F): found with `memchr`.
    private static func mayHoldSequence(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = input.baseAddress else { return false }
        if memchr(base, 0x1B, input.count) != nil { return true }
        var index = 0
        while index < input.count - 1, let found = memchr(base + index, 0xC2, input.count - 1 - index) {
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if EscapeSequence.opens(Unicode.Scalar(input[position + 1])) { return true }
            index = position + 1
        }
        return false
    }
}

/// The scalars of valid UTF-8 bytes, one at a time.
private struct UTF8Scalars: IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    mutating func next() -> Unicode.Scalar? {
        guard index < bytes.count else { return nil }
        let (scalar, length) = [Unicode.Scalar].scalar(in: bytes, at: index)
        index += length
        return scalar
    }
}
