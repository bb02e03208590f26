import BylineCore
import FuzzSupport

/// The HTML reader on any bytes, with and without an encoding hint and a page address.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let article = HTMLReader.read(bytes)
    ArticleChecks.check(article, normalized: true)
    let hinted = HTMLReader.read(bytes, encodingHint: size % 2 == 0 ? "windows-1252" : "shift_jis", url: "https://news.example/a/b.html")
    ArticleChecks.check(hinted, normalized: true)
    return 0
}

/// The program's entry (see `FuzzerDriver`).
@_cdecl("FuzzHTML_main")
public func fuzzHTMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzerDriver.run(argc, argv, fuzzHTML)
}
