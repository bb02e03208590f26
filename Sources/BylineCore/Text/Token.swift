/// One token of prose: a word, a number, a punctuation mark or a quotation mark.
public struct Token: Hashable, Sendable {
    /// What sort of token it is.
    public enum Kind: Hashable, Sendable {
        /// Letters, with inner apostrophes, hyphens and acronym periods ("King’s", "U.S.", "co-op").
        case word
        /// Digits, with inner separators ("3.5", "1,200", "’90s" counts as a word).
        case number
        /// Any other visible scalar (".", ",", "—", "(").
        case punctuation
        /// A quotation mark (not an apostrophe).
        case quoteMark
    }

    // A token takes 8 bytes: its start as a 32-bit offset, and its length with its kind in
    // the top two bits. An article holds about one token per five scalars. No article comes
    // near 2^32 scalars (its scalar array alone would take 16 GB), nor a token near 2^30;
    // values beyond are clamped, never trapped on.
    private var start: UInt32
    private var lengthAndKind: UInt32

    private static let lengthMask: UInt32 = (1 << 30) - 1

    /// What sort of token it is.
    public var kind: Kind {
        get {
            switch lengthAndKind >> 30 {
            case 0: .word
            case 1: .number
            case 2: .punctuation
            default: .quoteMark
            }
        }
        set { lengthAndKind = lengthAndKind & Self.lengthMask | Self.bits(of: newValue) }
    }

    /// Where the token lies, in Unicode scalar offsets.
    public var range: TextRange {
        get { TextRange(start: Int(start), end: Int(start) + Int(lengthAndKind & Self.lengthMask)) }
        set {
            start = UInt32(clamping: newValue.start)
            let length = UInt32(clamping: min(max(0, newValue.end - Int(start)), Int(Self.lengthMask)))
            lengthAndKind = lengthAndKind & ~Self.lengthMask | length
        }
    }

    /// Creates a token.
    public init(range: TextRange, kind: Kind) {
        start = 0
        lengthAndKind = Self.bits(of: kind)
        self.range = range
    }

    private static func bits(of kind: Kind) -> UInt32 {
        switch kind {
        case .word: 0 << 30
        case .number: 1 << 30
        case .punctuation: 2 << 30
        case .quoteMark: 3 << 30
        }
    }
}

/// Character classes shared by the tokenizer, the segmenter and the quotation scanner.
public enum ScalarClass {
    /// Whether `scalar` is a letter or a combining mark.
    @inline(__always)
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        if isGeneralPunctuation(scalar) { return false }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Whether `scalar` is a mark of the General Punctuation block other than its spaces and
    /// format characters: curly quotes, dashes, ellipses, which news text is full of and
    /// which are no letter, digit, space or capital.
    @inline(__always)
    static func isGeneralPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x2010 && scalar.value <= 0x2027) || (scalar.value >= 0x2030 && scalar.value <= 0x205E)
    }

    /// Whether `scalar` is an ASCII or Unicode decimal digit.
    @inline(__always)
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        if isGeneralPunctuation(scalar) { return false }
        return scalar.properties.numericType == .decimal
    }

    /// Whether `scalar` is a letter or digit.
    @inline(__always)
    public static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isDigit(scalar)
    }

    /// Whether `scalar` is white space (line breaks included).
    @inline(__always)
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" }
        if isGeneralPunctuation(scalar) { return false }
        // Invisible format characters (zero-width space, joiners) separate nothing visible
        // and are skipped like spaces.
        return scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
    }

    /// Whether `scalar` is an uppercase letter.
    @inline(__always)
    public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        if isGeneralPunctuation(scalar) { return false }
        return scalar.properties.isUppercase
    }

    /// Whether `scalar` can be an apostrophe (’ or ').
    @inline(__always)
    public static func isApostropheLike(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    /// Whether the mark at `index` and the next are the same single quotation mark typed twice
    /// for a double one ('' ‘‘ ’’), as typewritten and archived copy writes quotations.
    static func isDoubledMark<Scalars: RandomAccessCollection<Unicode.Scalar>>(
        at index: Int, in scalars: Scalars, range: TextRange
    ) -> Bool where Scalars.Index == Int {
        guard index + 1 < range.end else { return false }
        let scalar = scalars[index]
        return (scalar == "'" || scalar == "\u{2018}" || scalar == "\u{2019}") && scalars[index + 1] == scalar
    }

    /// Whether `scalar` is any quotation mark, apostrophe-like ones included.
    public static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}",
             "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}", "\u{300C}", "\u{300D}", "\u{300E}", "\u{300F}",
             "\u{FF02}", "\u{301D}", "\u{301E}":
            return true
        default:
            return false
        }
    }

    /// Whether the apostrophe-like scalar at `index` is an apostrophe inside or at the edge of a
    /// word (King’s, don't, ’90s, rock ’n’ roll, students’ union) rather than a quotation mark.
    ///
    /// A mark between two letters is an apostrophe; so is one before digits (’90s) and the marks
    /// around a lone letter (’n’). A mark after a word's final "s" followed by a space is left
    /// for the quotation scanner to decide.
    public static func isApostrophe<Scalars: RandomAccessCollection<Unicode.Scalar>>(
        at index: Int, in scalars: Scalars, range: TextRange
    ) -> Bool where Scalars.Index == Int {
        guard isApostropheLike(scalars[index]) else { return false }
        let previous: Unicode.Scalar? = index > range.start ? scalars[index - 1] : nil
        let next: Unicode.Scalar? = index + 1 < range.end ? scalars[index + 1] : nil
        let letterBefore = previous.map(isAlphanumeric) ?? false
        let letterAfter = next.map(isLetter) ?? false
        if letterBefore && letterAfter { return true }
        if let next, isDigit(next), !letterBefore {
            // ’90s, '20: a digit run followed by "s" or space, not a quoted number.
            var cursor = index + 1
            while cursor < range.end, isDigit(scalars[cursor]) { cursor += 1 }
            return cursor - index - 1 == 2
        }
        // rock ’n’ roll: a lone letter wrapped in apostrophes.
        if !letterBefore, letterAfter, index + 2 < range.end, isApostropheLike(scalars[index + 2]),
           index + 3 >= range.end || !isLetter(scalars[index + 3]) {
            return true
        }
        if letterBefore, !letterAfter, index >= range.start + 2, isApostropheLike(scalars[index - 2]),
           index - 3 < range.start || !isLetter(scalars[index - 3]) {
            return true
        }
        return false
    }
}
