/// The one rule by which terminal escape sequences are recognised and removed whole: ESC
/// followed by a CSI (`ESC [` and its parameters and final byte), a control string (`ESC ]`
/// OSC, `ESC P` DCS, `ESC _`, `ESC ^`, `ESC X`, up to BEL, `ESC \` or ST) or one final byte
/// after intermediates (`ESC ( B`), and the 8-bit introducers CSI (U+009B), DCS, OSC, PM and
/// APC. `TextNormalizer` applies it to text; the HTML reader to a page's markup before parsing.
///
/// A sequence never swallows a boundary: a control string that is never terminated ends
/// there, so that a broken sequence cannot eat the article. In text the boundary is a line
/// break; in markup also `<`, so that no tag is eaten.
enum EscapeSequence {
    /// Where a broken sequence stops.
    enum Boundary {
        /// A line break.
        case text
        /// A line break or the `<` of a tag.
        case markup

        @inline(__always)
        func contains(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\n" || (self == .markup && scalar == "<")
        }
    }

    /// Whether `scalar` opens a sequence that `skip` removes: ESC, or an 8-bit CSI, DCS, OSC,
    /// PM or APC.
    @inline(__always)
    static func opens(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1B, 0x9B, 0x90, 0x9D, 0x9E, 0x9F: return true
        default: return false
        }
    }

    /// Skips the rest of the sequence that `opener` (a scalar `opens` accepts) began; `next`
    /// is the scalar after the opener, already taken from `scalars`. Returns the first scalar
    /// after the sequence.
    static func skip<Scalars: IteratorProtocol<Unicode.Scalar>>(
        openedBy opener: Unicode.Scalar, next: Unicode.Scalar?, in scalars: inout Scalars, boundary: Boundary
    ) -> Unicode.Scalar? {
        switch opener.value {
        case 0x1B: return skipEscape(after: next, in: &scalars, boundary: boundary)
        case 0x9B: return skipControlSequence(from: next, in: &scalars, boundary: boundary)
        default: return skipControlString(from: next, in: &scalars, boundary: boundary)
        }
    }

    /// Skips what follows an ESC: a CSI (`ESC [`), a control string (`ESC ]`, `ESC P`,
    /// `ESC _`, `ESC ^`, `ESC X`) or a two-character sequence.
    private static func skipEscape<Scalars: IteratorProtocol<Unicode.Scalar>>(
        after next: Unicode.Scalar?, in scalars: inout Scalars, boundary: Boundary
    ) -> Unicode.Scalar? {
        guard let next else { return nil }
        switch next {
        case "[":
            return skipControlSequence(from: scalars.next(), in: &scalars, boundary: boundary)
        case "]", "P", "_", "^", "X":
            return skipControlString(from: scalars.next(), in: &scalars, boundary: boundary)
        default:
            // Intermediate bytes (0x20–0x2F) then one final byte, as in `ESC ( B`.
            var current: Unicode.Scalar? = next
            while let scalar = current, (0x20...0x2F).contains(scalar.value) { current = scalars.next() }
            guard let final = current else { return nil }
            return (0x30...0x7E).contains(final.value) && !boundary.contains(final) ? scalars.next() : final
        }
    }

    /// Skips a CSI's parameter and intermediate bytes and its final byte.
    private static func skipControlSequence<Scalars: IteratorProtocol<Unicode.Scalar>>(
        from first: Unicode.Scalar?, in scalars: inout Scalars, boundary: Boundary
    ) -> Unicode.Scalar? {
        var current = first
        while let scalar = current, (0x20...0x3F).contains(scalar.value), !boundary.contains(scalar) { current = scalars.next() }
        guard let final = current else { return nil }
        return (0x40...0x7E).contains(final.value) ? scalars.next() : final
    }

    /// Skips a control string up to its terminator (BEL, ESC \ or ST), or to the boundary
    /// when it is never terminated.
    private static func skipControlString<Scalars: IteratorProtocol<Unicode.Scalar>>(
        from first: Unicode.Scalar?, in scalars: inout Scalars, boundary: Boundary
    ) -> Unicode.Scalar? {
        var current = first
        while let scalar = current {
            switch scalar.value {
            case 0x07, 0x9C:
                return scalars.next()
            case 0x1B:
                let next = scalars.next()
                return next == "\\" ? scalars.next() : next
            default:
                if boundary.contains(scalar) { return scalar }
                current = scalars.next()
            }
        }
        return nil
    }
}
