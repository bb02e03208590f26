import CLibXML2

/// How much text each subtree of a page holds, counted once in one backward pass.
///
/// Counts are of non-white-space Unicode scalars ("letters"), so that indentation and line
/// breaks in the markup weigh nothing.
struct TextStatistics {
    /// Letters in each subtree.
    private(set) var letters: [Int32]
    /// Letters inside links in each subtree.
    private(set) var linkLetters: [Int32]
    /// Commas in each subtree: a sign of prose rather than labels.
    private(set) var commas: [Int32]
    /// Paragraph elements (`p`) with some text in each subtree.
    private(set) var paragraphs: [Int32]
    /// Letters outside links in the subtree's paragraph elements (`p`) that are not mostly
    /// links: the subtree's prose, whatever buttons and link rows sit beside it.
    private(set) var proseLetters: [Int32]

    /// Counts the text of `tree`, leaving out nodes marked in `removed`; the counts of text
    /// nodes are taken from `earlier` when given, rather than counted again.
    init(tree: HTMLTree, removed: [Bool], reusing earlier: TextStatistics? = nil) {
        let count = tree.count
        letters = Array(repeating: 0, count: count)
        linkLetters = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        paragraphs = Array(repeating: 0, count: count)
        proseLetters = Array(repeating: 0, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) where !removed[index] {
            switch tree.tag(index) {
            case .text:
                if let earlier {
                    letters[index] = earlier.letters[index]
                    commas[index] = earlier.commas[index]
                } else if let bytes = tree.textBytes(index) {
                    tally(bytes, into: index)
                }
            case .a:
                linkLetters[index] = letters[index]
            case .p:
                if letters[index] > 0 { paragraphs[index] += 1 }
                if linkLetters[index] * 2 < letters[index] { proseLetters[index] = letters[index] - linkLetters[index] }
            default:
                break
            }
            guard let parent = tree.parent(index) else { continue }
            letters[parent] += letters[index]
            linkLetters[parent] += linkLetters[index]
            commas[parent] += commas[index]
            paragraphs[parent] += paragraphs[index]
            proseLetters[parent] += proseLetters[index]
        }
    }

    /// The share of a subtree's letters that sit inside links (0 when it has no text).
    func linkDensity(_ index: Int) -> Double {
        letters[index] > 0 ? Double(linkLetters[index]) / Double(letters[index]) : 0
    }

    private mutating func tally(_ bytes: UnsafePointer<xmlChar>, into index: Int) {
        var offset = 0
        var letterCount: Int32 = 0
        var commaCount: Int32 = 0
        while bytes[offset] != 0 {
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D:
                continue
            case UInt8(ascii: ","):
                commaCount += 1
                letterCount += 1
            default:
                if byte & 0xC0 != 0x80 { letterCount += 1 }
            }
        }
        letters[index] = letterCount
        commas[index] = commaCount
    }
}
