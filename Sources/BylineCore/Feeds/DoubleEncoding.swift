/// Repairs UTF-8 text that was read as windows-1252 (or Latin-1) and encoded again, so that
/// "CafÃ©" reads "Café" and "itâ€™s" reads "it’s".
///
/// Only runs of characters whose windows-1252 bytes form one well-formed multi-byte UTF-8
/// sequence are replaced; a lone "Ã" or "â" followed by ordinary letters never is, so correctly
/// encoded text is left alone. Those bytes are the repaired character's UTF-8, so the repair
/// works on the text's UTF-8 without decoding it.
enum DoubleEncoding {
    /// `text` repaired, or `nil` when there is nothing to repair.
    static func repaired(_ text: String) -> String? {
        var copy = text
        return copy.withUTF8 { repaired($0) }
    }

    private static func repaired(_ input: UnsafeBufferPointer<UInt8>) -> String? {
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        while index + 1 < input.count {
            // A misread lead byte is one of U+00C2–U+00F4, whose UTF-8 is C3 82 to C3 B4.
            guard input[index] == 0xC3, (0x82...0xB4).contains(input[index + 1]),
                  let (bytes, end) = sequence(in: input, at: index) else {
                index += 1
                continue
            }
            if output.isEmpty { output.reserveCapacity(input.count) }
            output.append(contentsOf: input[copied..<index])
            output.append(contentsOf: bytes)
            index = end
            copied = end
        }
        guard copied > 0 else { return nil }
        output.append(contentsOf: input[copied...])
        return String(decoding: output, as: UTF8.self)
    }

    /// The windows-1252 bytes of the characters from `index` and where they end, when they
    /// form one well-formed multi-byte UTF-8 sequence.
    private static func sequence(in input: UnsafeBufferPointer<UInt8>, at index: Int) -> ([UInt8], Int)? {
        let lead = input[index + 1] + 0x40
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var bytes = [lead]
        var cursor = index + 2
        while bytes.count < length {
            guard let (scalar, end) = scalar(in: input, at: cursor), let byte = Windows1252.byte(for: scalar),
                  (0x80...0xBF).contains(byte) else { return nil }
            bytes.append(byte)
            cursor = end
        }
        let valid = bytes.withUnsafeBytes { UTF8Validation.sequenceLength($0, at: 0) } == length
        return valid ? (bytes, cursor) : nil
    }

    /// The character whose (valid) UTF-8 starts at `index`, and where it ends.
    private static func scalar(in input: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        guard index < input.count else { return nil }
        let lead = input[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= input.count else { return nil }
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<max(length, 1) { value = value << 6 | UInt32(input[index + offset] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, index + length) }
    }
}
