import BylineCore
import FuzzSupport

/// The analysis (quotes, speakers, sources, claims) of any text, read verbatim so that the
/// fuzzer's bytes reach it as they are.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalysis(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let article = PlainTextReader.verbatim(text)
    let analysis = ArticleAnalyzer.analyze(article)
    ArticleChecks.check(analysis, length: text.unicodeScalars.count)
    return 0
}

/// The program's entry (see `FuzzerDriver`).
@_cdecl("FuzzAnalysis_main")
public func fuzzAnalysisMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzerDriver.run(argc, argv, fuzzAnalysis)
}
