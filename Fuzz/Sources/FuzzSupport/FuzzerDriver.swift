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
    /// Runs libFuzzer with the program's arguments on `test`; returns the exit status.
    public static func run(
        _ argc: CInt,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt {
        var count = argc
        var arguments = argv
        return runDriver(&count, &arguments, test)
    }
}
