import BylineUI
import FuzzSupport

/// The config file and theme loader on any text: a bad entry is an issue, never a crash. The
/// theme is looked up under any name, so `inherits` chains and cycles are followed too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = UserConfig.parse(text, path: "config.toml")
    let loader = ThemeLoader { name in name.count < 64 ? ("\(name).toml", text) : nil }
    _ = loader.load("fuzz")
    return 0
}

/// The program's entry (see `FuzzerDriver`).
@_cdecl("FuzzConfig_main")
public func fuzzConfigMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzerDriver.run(argc, argv, fuzzConfig)
}
