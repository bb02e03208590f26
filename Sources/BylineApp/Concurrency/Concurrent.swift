import Dispatch

/// Work spread over every core.
public enum Concurrent {
    /// `transform` applied to every element, on every core at once; the results are in the
    /// order of the elements.
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        Array(unsafeUninitializedCapacity: elements.count) { buffer, initializedCount in
            // Each element's slot is initialised exactly once, by the thread that transforms it.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                slots.initializeElement(at: index, to: transform(elements[index]))
            }
            initializedCount = elements.count
        }
    }
}
