/// libFuzzer's driver. SwiftPM links an executable target with `main` set to a function named
/// after its module (`FuzzHTML_main`), which `-parse-as-library` leaves undefined: each target
/// defines that function and hands its arguments and its test function to the driver.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

public enum FuzzerDriver {
    /// An invented paragraph that reaches every parser's tables (markup, a quotation, a speaker
    /// with a role): one run of it before fuzzing builds the lazily made tables, so that the
    /// first input's time (and its one-second timeout) is the input's own.
    static let warmUpInput = Array("""
        <p>\u{201C}The pier closes on Monday,\u{201D} said Ann Example, a professor of economics at Lakeside University.</p>
        """.utf8)

    /// Runs libFuzzer with the program's arguments on `test`, after one warm-up run of
    /// `warmUpInput`; returns the exit status.
    public static func run(
        _ argc: CInt,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt {
        _ = warmUpInput.withUnsafeBufferPointer { test($0.baseAddress!, $0.count) }
        var count = argc
        var arguments = argv
        return runDriver(&count, &arguments, test)
    }
}
