import Foundation

/// Standard output written in blocks of 64 KB: a long text printed piece by piece costs one
/// system call per block, and is never held whole.
struct BufferedOutput {
    private var buffer: [UInt8] = []

    /// Adds `text`, writing the buffer out once it holds 64 KB.
    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes out what the buffer holds.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
