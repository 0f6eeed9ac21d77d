internal import COpenSSL

/// A failed OpenSSL call, with the whole error queue it left behind.
public struct OpenSSLError: Error, Sendable, CustomStringConvertible {
    /// One entry of the OpenSSL error queue (`ERR_get_error_all`).
    public struct Entry: Sendable, Equatable {
        public var code: UInt
        public var library: String
        public var reason: String
        public var detail: String
    }

    /// What we were doing ("EVP_PKEY_decrypt (RSA-OAEP)").
    public var operation: String
    /// Oldest first; may be empty when OpenSSL reports failure without queueing a reason.
    public var entries: [Entry]

    public var description: String {
        guard !entries.isEmpty else { return "\(operation) failed" }
        let reasons = entries.map { $0.detail.isEmpty ? $0.reason : "\($0.reason) (\($0.detail))" }
        return "\(operation) failed: " + reasons.joined(separator: "; ")
    }

    /// The most specific reason (the last queued entry), or nil.
    public var lastReason: String? { entries.last?.reason }

    /// Drains the calling thread's error queue into a new error for `operation`.
    static func drain(_ operation: String) -> OpenSSLError {
        OpenSSLError(operation: operation, entries: drainQueue())
    }

    /// Empties the thread's error queue, returning what was in it (oldest first).
    @discardableResult
    static func drainQueue() -> [Entry] {
        var entries: [Entry] = []
        while true {
            var data: UnsafePointer<CChar>?
            var flags: Int32 = 0
            let code = ERR_get_error_all(nil, nil, nil, &data, &flags)
            if code == 0 { break }
            let library = ERR_lib_error_string(code).map { String(cString: $0) } ?? "lib \(cossl_ERR_GET_LIB(code))"
            let reason = ERR_reason_error_string(code).map { String(cString: $0) } ?? "reason \(cossl_ERR_GET_REASON(code))"
            let detail = (flags & ERR_TXT_STRING) != 0 ? data.map { String(cString: $0) } ?? "" : ""
            entries.append(Entry(code: UInt(code), library: library, reason: reason, detail: detail))
        }
        return entries
    }
}
