import Foundation

extension StringProtocol {
    /// Whether Foundation's `range(of:)` may find one of `needles`. `false` when the string
    /// holds only composition-inert scalars (`TextNormalizer.isCompositionInert`) and its bytes
    /// hold none of the needles' bytes: Foundation's search, by canonical equivalence and on
    /// composed characters, then finds no more than a byte search does. The needles must be
    /// composition-inert text too. Most short lines are answered so, without Foundation.
    func mayContain(anyOf needles: [String]) -> Bool {
        guard unicodeScalars.allSatisfy(TextNormalizer.isCompositionInert) else { return true }
        let bytes = Array(utf8)
        return needles.contains { bytes.contains(bytes: Array($0.utf8)) }
    }
}
