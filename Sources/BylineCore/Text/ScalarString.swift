extension String {
    /// The string of `scalars`, encoded straight into the new string's UTF-8 storage.
    ///
    /// Much cheaper than building a `String.UnicodeScalarView`, which appends scalar by
    /// scalar through the generic view: the analysis makes a string of every token it reads.
    public init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, decoded in a single pass: `Array(text.unicodeScalars)` decodes
    /// a whole article twice, once to count its scalars and once to copy them.
    public init(scalarsOf text: String) {
        self.init()
        reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { append(scalar) }
    }
}
