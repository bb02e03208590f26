/// Finds the kinds of contact details in a paragraph: URLs, e-mail addresses, phone numbers
/// and postal addresses.
enum ContactDetails {
    /// How many different kinds occur (0 to 4).
    static func kinds(in text: String, words: WordTokens) -> Int {
        var hasURL = false
        var hasEmail = false
        // A web address holds "://" or "www.", an e-mail address "@": most paragraphs hold
        // neither, and are not lower-cased and split to find out.
        if mayHoldAddress(text) {
            let chunks = text.lowercased().split(separator: " ")
            hasURL = chunks.contains { $0.hasPrefix("http://") || $0.hasPrefix("https://") || $0.hasPrefix("www.") }
            hasEmail = chunks.contains { chunk in
                guard let at = chunk.firstIndex(of: "@"), at != chunk.startIndex else { return false }
                return chunk[chunk.index(after: at)...].dropLast().contains(".")
            }
        }
        return [hasURL, hasEmail, hasPhoneNumber(text), hasPostalAddress(words)].filter { $0 }.count
    }

    /// Whether the bytes of `text` hold "@", "://" or "www." (in any case).
    private static func mayHoldAddress(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(mayHoldAddress)
    }

    private static func mayHoldAddress(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "@"): return true
            case UInt8(ascii: "/") where previous.1 == UInt8(ascii: ":") && previous.2 == UInt8(ascii: "/"): return true
            case UInt8(ascii: ".") where [previous.0, previous.1, previous.2].allSatisfy({ $0 | 0x20 == UInt8(ascii: "w") }): return true
            default: break
            }
            previous = (previous.1, previous.2, byte)
        }
        return false
    }

    /// A run of digits and phone punctuation holding at least nine digits and a separator.
    private static func hasPhoneNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(hasPhoneNumber)
    }

    private static func hasPhoneNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        var separators = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                continue
            case UInt8(ascii: "("), UInt8(ascii: "+"):
                separators += 1
                continue
            case UInt8(ascii: " "), UInt8(ascii: ")"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if digits > 0 {
                    separators += 1
                    continue
                }
            case 0x80..<0xC0:
                // The rest of a scalar whose first byte ended the run already.
                continue
            default:
                break
            }
            if digits >= 9, separators > 0 { return true }
            digits = 0
            separators = 0
        }
        return digits >= 9 && separators > 0
    }

    /// A number followed within four words by a street word, or a post office box.
    private static func hasPostalAddress(_ words: WordTokens) -> Bool {
        let numbers = words.numbers
        for index in numbers.indices {
            if numbers[index] == box, index > 0, [po, o].contains(numbers[index - 1]) { return true }
            guard words.isShortNumber[index] else { continue }
            if numbers[(index + 1)..<min(numbers.count, index + 5)].contains(where: streetNumbers.contains) { return true }
        }
        return false
    }

    /// The words a postal address is told by, for the scorer's word numbering.
    static let knownWords = streetWords + ["po", "o", "box"]

    private static let box = KnownWords.number(of: "box")
    private static let po = KnownWords.number(of: "po")
    private static let o = KnownWords.number(of: "o")
    private static let streetNumbers = Set(streetWords.map(KnownWords.number(of:)))

    private static let streetWords = [
        "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "boulevard", "blvd", "drive", "dr",
        "way", "place", "pl", "square", "sq", "suite", "floor", "quay", "parkway", "highway",
    ]
}
