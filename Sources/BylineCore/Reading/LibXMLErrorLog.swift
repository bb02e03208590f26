import CLibXML2

/// libxml2's error reports during one parse, collected on the parsing thread instead of
/// printed: libxml2 writes to stderr unless a handler takes them, and some reports (an
/// encoder's "I/O error") ignore the parse's `NOERROR` option.
final class LibXMLErrorLog {
    /// How many errors (not warnings) were reported.
    private(set) var count = 0
    /// The line of the first error.
    private(set) var firstLine = 0
    /// The furthest line an error was reported on.
    private(set) var lastLine = 0

    private init() {}

    /// Runs `parse` with this thread's structured error handler set to a new log and its
    /// generic reports silenced; both go back to libxml2's defaults afterwards.
    static func capturing<Result>(_ parse: () -> Result) -> (result: Result, log: LibXMLErrorLog) {
        let log = LibXMLErrorLog()
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(log).toOpaque()) { context, error in
            guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            Unmanaged<LibXMLErrorLog>.fromOpaque(context).takeUnretainedValue().record(line: Int(error.pointee.line))
        }
        byline_xmlSilenceGenericErrors(1)
        defer {
            xmlSetStructuredErrorFunc(nil, nil)
            byline_xmlSilenceGenericErrors(0)
        }
        let result = withExtendedLifetime(log) { parse() }
        return (result, log)
    }

    private func record(line: Int) {
        if count == 0 { firstLine = line }
        count += 1
        lastLine = max(lastLine, line)
    }
}
