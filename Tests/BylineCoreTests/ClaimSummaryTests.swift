import Testing
@testable import BylineCore

@Suite("Sourcing summary")
struct ClaimSummaryTests {
    @Test("counts quotes, named, anonymous and vague sources, experts, officials and named claims")
    func counts() {
        let sources = [
            Source(name: "Jonas Weber", kind: .person, sourceClass: .expert),
            Source(name: "Lena Holt", kind: .person, sourceClass: .official),
            Source(name: "experts", kind: .group, sourceClass: .expert),
            Source(name: "a senior official who asked not to be named", kind: .person, sourceClass: .anonymous),
        ]
        let range = TextRange(start: 0, end: 1)
        let analysis = Analysis(
            quotes: [Quote(range: range, kind: .direct, sourceIndex: 0), Quote(range: range, kind: .indirect, sourceIndex: 3)],
            sources: sources,
            claims: [Claim(range: range, sourceIndex: 0), Claim(range: range, sourceIndex: 1),
                     Claim(range: range, sourceIndex: 2, isVague: true), Claim(range: range, isVague: true)]
        )
        let summary = SourcingSummary(analysis)
        #expect(summary.quotes == 2)
        #expect(summary.sources == 4)
        #expect(summary.namedSources == 2)
        #expect(summary.anonymousSources == 1)
        #expect(summary.vagueSources == 1)
        #expect(summary.experts == 2)
        #expect(summary.officials == 1)
        #expect(summary.claims == 4)
        #expect(summary.claimsWithNamedSource == 2)
        #expect(summary.vagueClaims == 2)
        #expect(summary.namedSourceShare == 0.5)
    }

    @Test("an article without claims has no share")
    func empty() {
        #expect(SourcingSummary(Analysis()).namedSourceShare == nil)
    }
}
