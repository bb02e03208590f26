@testable import BylineApp
import Testing

/// The pieces the pipeline is made of: work on every core in input order, and batch sizes.
@Suite("Pipeline parts")
struct PipelinePartsTests {
    @Test("work spread over every core comes back in input order")
    func concurrentMapKeepsOrder() {
        let numbers = Array(0..<5_000)
        #expect(Concurrent.map(numbers) { $0 * 3 } == numbers.map { $0 * 3 })
        #expect(Concurrent.map([Int]()) { $0 }.isEmpty)
    }

    @Test("the first batch is a few inputs per core")
    func firstBatch() {
        #expect(BatchSize(cores: 2).next == 8)
        #expect(BatchSize(cores: 1_000).next == BatchSize.maximum)
    }

    @Test("a batch holds about a second of work, between a few per core and the maximum")
    func laterBatches() {
        var size = BatchSize(cores: 2)
        size.record(8, took: .milliseconds(10))
        #expect(size.next == BatchSize.maximum)
        size.record(50, took: .milliseconds(500))
        #expect(size.next == 100)
        size.record(8, took: .seconds(8))
        #expect(size.next == 8)
        size.record(8, took: .zero)
        #expect(size.next == BatchSize.maximum)
    }
}
