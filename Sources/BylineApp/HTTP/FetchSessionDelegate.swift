import Foundation
import FoundationNetworking

/// The session's delegate: hands URLSession's reports on each task to that task's transfer.
/// On Linux only a session delegate, not a per-task one, hears of redirects.
final class FetchSessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// Where tasks past the size cap are cancelled.
    private let control: SessionControl
    // Guarded by `lock`.
    private let lock = NSLock()
    private var transfers: [Int: Transfer] = [:]

    /// A delegate cancelling through `control`.
    init(control: SessionControl) {
        self.control = control
    }

    /// Routes the reports on `task` to `transfer` until the task completes.
    func track(_ task: URLSessionTask, as transfer: Transfer) {
        lock.withLock { transfers[task.taskIdentifier] = transfer }
    }

    private func transfer(of task: URLSessionTask) -> Transfer? {
        lock.withLock { transfers[task.taskIdentifier] }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        let follows = transfer(of: task)?.redirect(status: response.statusCode, to: request.url) ?? false
        completionHandler(follows ? request : nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        transfer(of: dataTask)?.receivedResponse()
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        if transfer(of: dataTask)?.received(data) == .overLimit { control.cancel(dataTask) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let transfer = lock.withLock { transfers.removeValue(forKey: task.taskIdentifier) }
        transfer?.completed(response: task.response, finalURL: task.currentRequest?.url, error: error)
    }
}
