import CLibXML2

extension HTMLTree {
    /// The number of UTF-8 bytes of text inside element `index`, white space included, counted
    /// without making strings and only until it passes `limit`.
    func textByteCount(of index: Int, atMost limit: Int) -> Int {
        var count = 0
        for node in index..<end(index) {
            guard let bytes = textBytes(node) else { continue }
            var length = 0
            while bytes[length] != 0, count + length <= limit { length += 1 }
            count += length
            if count > limit { return count }
        }
        return count
    }
}
