/// A run of capitalised words naming someone or something, found outside quotations.
struct NameMention {
    /// The tokens of the run, titles included.
    var tokens: Range<Int>
    /// The name's own words: titles, honorifics and a possessive "’s" taken off.
    var words: [String]
    /// The gender its honorific or title reveals.
    var gender: NameWords.Gender?
    /// The title or honorific words before the name ("Chinese Foreign Minister", "Mr.").
    var hasTitle: Bool
}

/// Finds the names of an article and splits off their titles.
struct NameScanner {
    let words: TokenWords

    /// Every name run outside quotations, in text order.
    func mentions() -> [NameMention] {
        var result: [NameMention] = []
        var index = 0
        let count = words.count
        while index < count {
            guard words.isCapitalized(index), !words.insideQuotation[index] else {
                index += 1
                continue
            }
            var end = index
            var scan = index + 1
            while scan < count, !words.insideQuotation[scan] {
                if words.isCapitalized(scan) {
                    end = scan
                } else if words.isPunctuation(scan, "."), isAbbreviation(scan - 1), scan + 1 < count, words.isCapitalized(scan + 1),
                          words.text.tokens[scan + 1].range.start > words.text.tokens[scan].range.end {
                    // "Mr. Obama", "J. R. R. Tolkien": the period stays inside the name.
                } else if words.isWord(scan), NameWords.particles.contains(words.lowered[scan]), scan + 1 < count, words.isCapitalized(scan + 1) {
                    // "Ludwig van Beethoven"
                } else {
                    break
                }
                scan += 1
            }
            if let mention = mention(index..<(end + 1)) { result.append(mention) }
            index = end + 1
        }
        return result
    }

    /// The mention made of `tokens`, or `nil` when nothing but titles and common words remains.
    func mention(_ tokens: Range<Int>) -> NameMention? {
        var gender: NameWords.Gender?
        var hasTitle = false
        var nameWords: [String] = []
        for index in tokens where words.isWord(index) {
            var word = words.written[index]
            if word.hasSuffix("’s") || word.hasSuffix("'s") { word = String(word.dropLast(2)) }
            if nameWords.isEmpty {
                if let honorific = NameWords.honorifics[word] {
                    gender = gender ?? honorific
                    hasTitle = true
                    continue
                }
                if NameWords.titles.contains(word) || NameWords.neverNames.contains(word) || isDescriptor(index) {
                    if let titleGender = NameWords.genderedTitles[word] { gender = titleGender }
                    hasTitle = hasTitle || NameWords.titles.contains(word)
                    continue
                }
            }
            nameWords.append(word)
        }
        guard !nameWords.isEmpty else { return nil }
        return NameMention(tokens: tokens, words: nameWords, gender: gender, hasTitle: hasTitle)
    }

    /// Whether the capitalised word is a nationality or other descriptor before a title
    /// ("Chinese" in "Chinese Foreign Minister Wang Yi"): followed by a title in the same run.
    private func isDescriptor(_ index: Int) -> Bool {
        index + 1 < words.count && words.isCapitalized(index + 1) && NameWords.titles.contains(words.written[index + 1])
            && (words.written[index].hasSuffix("an") || words.written[index].hasSuffix("ese") || words.written[index].hasSuffix("ish")
                || words.written[index].hasSuffix("i") || words.written[index] == "U.S." || words.written[index] == "Former")
    }

    private func isAbbreviation(_ index: Int) -> Bool {
        guard index >= 0, words.isCapitalized(index) else { return false }
        let word = words.written[index]
        return word.unicodeScalars.count == 1 || NameWords.isTitle(word)
    }
}
