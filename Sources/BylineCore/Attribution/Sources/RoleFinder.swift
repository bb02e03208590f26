/// Finds the role the article gives a name where it occurs: an apposition after it ("David
/// Tubbs, a professor of politics at King's College,"), a title before it ("Chinese Foreign
/// Minister Wang Yi"), or a description ("Ruiz, who chairs the ethics committee", "Ruiz is a
/// lawyer at Smith & Wong").
struct RoleFinder {
    let words: SentenceWords

    /// The most words a title or a role phrase may have.
    static let longestPhrase = 20

    /// The role at one occurrence of a name, the apposition first, then the title, then a
    /// description.
    func role(at position: SentenceWords.Position) -> RoleDescription? {
        apposition(after: position) ?? title(before: position) ?? description(after: position)
    }

    /// "Name, [age,] a professor at X," → the role phrase between the commas.
    func apposition(after position: SentenceWords.Position) -> RoleDescription? {
        let sentence = words.sentences[position.sentence]
        var index = position.end
        guard index < sentence.count, sentence[index].isMark(",") else { return nil }
        index += 1
        if index + 1 < sentence.count, sentence[index].text.allSatisfy(\.isNumber), sentence[index + 1].isMark(",") {
            index += 2
        }
        guard index < sentence.count, sentence[index].folded != "who" else { return nil }
        return RoleParser.parse(phrase(in: sentence, from: index), in: words.text)
    }

    /// "Chinese Foreign Minister Name", "former prime minister Name", "China's envoy Name".
    func title(before position: SentenceWords.Position) -> RoleDescription? {
        let sentence = words.sentences[position.sentence]
        // "the governor of Virginia": a name after "of" is the title's affiliation, not its holder.
        if position.start > 0, sentence[position.start - 1].folded == "of" { return nil }
        var start = position.start
        while start > 0, position.start - start < Self.longestPhrase {
            let word = sentence[start - 1]
            guard word.isWord, !TitleLexicon.honorifics.contains(word.folded) else { break }
            if word.folded == "of", start >= 2, TitleLexicon.isHead(sentence[start - 2]) || sentence[start - 2].isCapitalized {
                start -= 1
                continue
            }
            if word.isCapitalized, RoleParser.possessive(word) != nil {
                start -= 1
                break
            }
            let isTitleWord = TitleLexicon.isHead(word) || TitleLexicon.modifiers.contains(word.folded)
                || word.isCapitalized && !FunctionWords.contains(word.text)
            guard isTitleWord else { break }
            start -= 1
        }
        let candidate = Array(sentence[start..<position.start])
        guard candidate.contains(where: { TitleLexicon.isHead($0) }) else { return nil }
        return RoleParser.parseTitle(candidate, in: words.text)
    }

    /// "Name, who is a professor at X", "Name, who chairs the Y Committee", "Name is a lawyer at Z".
    func description(after position: SentenceWords.Position) -> RoleDescription? {
        let sentence = words.sentences[position.sentence]
        var index = position.end
        if index + 1 < sentence.count, sentence[index].isMark(","), sentence[index + 1].folded == "who" {
            index += 2
        } else if position.start > 0, !sentence[position.start - 1].isMark(",") {
            return nil
        }
        guard index < sentence.count else { return nil }
        if let noun = TitleLexicon.describingVerbs[sentence[index].folded] {
            return describedByVerb(noun, object: phrase(in: sentence, from: index + 1))
        }
        let copulas: Set<String> = ["is", "was", "has been", "had been", "serves as", "served as", "works as", "worked as"]
        var copulaEnd = index + 1
        guard copulaEnd <= sentence.count else { return nil }
        var copula = sentence[index].folded
        if !copulas.contains(copula), copulaEnd < sentence.count {
            copula += " " + sentence[copulaEnd].folded
            copulaEnd += 1
        }
        guard copulas.contains(copula) else { return nil }
        return RoleParser.parse(phrase(in: sentence, from: copulaEnd), in: words.text)
    }

    /// "chairs the Senate Ethics Committee" → role "chair", affiliation the committee;
    /// "chairs the ethics committee" → role "chair of the ethics committee".
    private func describedByVerb(_ noun: String, object: [ClauseWord]) -> RoleDescription? {
        guard let first = object.first, let last = object.last else { return nil }
        let headClass = TitleLexicon.headClass(of: noun) ?? .other
        var nameStart = 0
        if first.folded == "the" { nameStart = 1 }
        if nameStart < object.count, object[nameStart].isCapitalized,
           let name = RoleParser.institutionName(object, from: nameStart, in: words.text) {
            return RoleDescription(role: noun, affiliation: name, headClass: headClass)
        }
        let objectText = words.text.string(TextRange(start: first.range.start, end: last.range.end))
        return RoleDescription(role: noun + " of " + objectText, affiliation: nil, headClass: headClass)
    }

    /// The words from `start` to the next punctuation mark or clause word.
    private func phrase(in sentence: [ClauseWord], from start: Int) -> [ClauseWord] {
        var end = start
        while end < sentence.count, end - start < Self.longestPhrase, sentence[end].isWord || sentence[end].text == "&" {
            if end > start, ["who", "which", "that", "said", "says", "told"].contains(sentence[end].folded) { break }
            end += 1
        }
        return Array(sentence[start..<end])
    }
}
