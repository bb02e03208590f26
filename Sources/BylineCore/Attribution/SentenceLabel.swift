extension TokenWords {
    /// Whether a sentence opens with a capitalised label and a colon ("READ MORE:", "WATCH:"),
    /// as the teasers and links set into an article do: what they quote is a headline.
    func opensWithLabel(_ sentence: Sentence) -> Bool {
        var index = sentence.tokenRange.lowerBound
        while index < sentence.tokenRange.upperBound, isWord(index), isAllCapitals(index) { index += 1 }
        return index > sentence.tokenRange.lowerBound && index < sentence.tokenRange.upperBound && isPunctuation(index, ":")
    }

    private func isAllCapitals(_ index: Int) -> Bool {
        written[index].unicodeScalars.allSatisfy { !ScalarClass.isLetter($0) || ScalarClass.isUppercase($0) }
    }
}
