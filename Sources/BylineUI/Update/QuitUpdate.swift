import BylineCore
import BylineTerminal

extension AppState {
    /// Ends the program, unless that would throw away annotations made in this session
    /// without a word (a temporary library): then it asks first, and `y` quits.
    mutating func requestQuit() -> [Effect] {
        guard isLibraryTemporary, !sessionAnnotationIDs.isEmpty else {
            isQuitting = true
            return [.quit]
        }
        isConfirmingQuit = true
        let annotations = Quantity.phrase(sessionAnnotationIDs.count, "annotation")
        // What matters first: a narrow status line cuts the end.
        message = StatusMessage("y quits and deletes your \(annotations) with the demo library; any other key stays "
            + "(byline add Samples/ keeps a library of your own)")
        return []
    }

    /// The key typed while quitting waits: `y` quits, anything else stays.
    mutating func answerQuitConfirmation(_ key: KeyPress) -> [Effect] {
        isConfirmingQuit = false
        guard key == .character("y") else {
            message = StatusMessage("Not quitting")
            return []
        }
        isQuitting = true
        return [.quit]
    }
}
