import BylineCore
import FuzzSupport

/// The plain-text reader: normalised and verbatim, on any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlainText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let article = try? ArticleReader.read(bytes, options: ArticleReader.Options(format: .text)) {
        ArticleChecks.check(article, normalized: true)
    }
    if let verbatim = try? PlainTextReader.verbatim(bytes) {
        ArticleChecks.check(verbatim, normalized: false)
        precondition(verbatim.text == TextDecoder.decode(bytes).text, "verbatim text differs from the decoded input")
    }
    return 0
}

/// The program's entry (see `FuzzerDriver`).
@_cdecl("FuzzPlainText_main")
public func fuzzPlainTextMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzerDriver.run(argc, argv, fuzzPlainText)
}
