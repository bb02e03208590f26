import BylineCore
import Foundation

/// What re-analysing the library did: printed as a sentence, or encoded as JSON.
public struct ReanalysisReport: Encodable, Sendable {
    /// How many articles were read and analysed again.
    public internal(set) var reanalysed = 0
    /// How many could not be read from their original bytes (they keep their old analysis).
    public internal(set) var failed = 0
    /// How many annotations could not be placed in the new texts.
    public internal(set) var orphaned = 0
    /// How long the run took, to the millisecond.
    public internal(set) var seconds = 0.0

    /// The readable summary: "Re-analysed 12 articles in 0.4 s." with what went wrong, if anything.
    public var summary: String {
        "Re-analysed \(Quantity.phrase(reanalysed, "article")) in \(String(format: "%.1f", seconds)) s"
            + (failed > 0 ? ", \(failed) could not be read" : "")
            + (orphaned > 0 ? "; \(orphaned) annotation(s) are now orphans" : "") + "."
    }
}
