import Foundation
import VConStore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Blocking GET requests on Foundation's URL loading (libcurl underneath on Linux), one at a time, cancellable
/// from any thread, never following a redirect (the token must only go where the user pointed).
final class HTTPClient: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var current: URLSessionDataTask?  // guarded by lock
    private var session: URLSession?
    let timeout: Double

    init(timeout: Double) {
        self.timeout = timeout
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = max(timeout, 300)
        configuration.httpAdditionalHeaders = ["accept": "application/json"]
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }

    /// The status and body of `GET url`, or a typed error (messages masked by `mask`).
    func get(_ url: URL, headers: [String: String], mask: SecretMask) throws(StoreError) -> (status: Int, body: Data) {
        var request = URLRequest(url: url)
        request.httpMethod = "GET"
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let box = ResultBox()
        guard let session else { throw StoreError(.cannotConnect, "the HTTP session is closed") }
        let task = session.dataTask(with: request) { data, response, error in
            box.set(data: data, response: response, error: error)
        }
        lock.lock()
        current = task
        lock.unlock()
        task.resume()
        let (data, response, error) = box.wait()
        lock.lock()
        current = nil
        lock.unlock()
        let shown = mask.apply(url.path)
        if let error {
            throw Self.describe(error, place: shown, timeout: timeout, mask: mask)
        }
        guard let http = response as? HTTPURLResponse else {
            throw StoreError(.malformed, "\(shown): no HTTP response")
        }
        return (http.statusCode, data ?? Data())
    }

    /// Cancels the request in progress (its `get` throws `.cancelled`).
    func cancel() {
        lock.lock()
        let task = current
        lock.unlock()
        task?.cancel()
    }

    /// Ends the session (its delegate, this object, is released with it).
    func close() {
        session?.invalidateAndCancel()
        session = nil
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        // Not followed: the caller sees the 3xx and says where it pointed.
        completionHandler(nil)
    }

    private static func describe(_ error: any Error, place: String, timeout: Double, mask: SecretMask) -> StoreError {
        let nsError = error as NSError
        let text = mask.apply(nsError.localizedDescription)
        switch nsError.code {
        case NSURLErrorCancelled: return StoreError(.cancelled, "\(place): cancelled")
        case NSURLErrorTimedOut:
            return StoreError(.timeout, "\(place): no answer within \(Int(timeout)) s")
        case NSURLErrorCannotConnectToHost, NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed, NSURLErrorNotConnectedToInternet:
            return StoreError(.cannotConnect, "cannot connect: \(text)")
        case NSURLErrorNetworkConnectionLost:
            return StoreError(.malformed, "\(place): the connection closed before the whole answer arrived (\(text))")
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasBadDate,
            NSURLErrorServerCertificateNotYetValid, NSURLErrorServerCertificateHasUnknownRoot:
            return StoreError(.cannotConnect, "TLS failed: \(text)")
        default:
            return StoreError(.malformed, "\(place): \(text)")
        }
    }
}

/// Hands a completion handler's result to the waiting thread.
private final class ResultBox: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private var data: Data?
    private var response: URLResponse?
    private var error: (any Error)?

    func set(data: Data?, response: URLResponse?, error: (any Error)?) {
        self.data = data
        self.response = response
        self.error = error
        semaphore.signal()
    }

    func wait() -> (Data?, URLResponse?, (any Error)?) {
        semaphore.wait()
        return (data, response, error)
    }
}
