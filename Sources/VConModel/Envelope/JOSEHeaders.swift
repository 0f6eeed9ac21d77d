/// The JOSE header of one signature or recipient: protected and unprotected parameters merged.
///
/// RFC 7515 §7.2.1 and RFC 7516 §7.2.1 require the header sets to be disjoint, but every spec example
/// repeats `alg`/`x5c` (JWS) or `enc` (JWE) in both. We accept a repetition with the same value (a note),
/// and when the values differ the protected one wins (a warning): only it is covered by the signature or tag.
struct JOSEHeaders {
    /// Merged parameters, first appearance order; protected values take precedence.
    private(set) var values: [(name: String, value: JSONValue)] = []
    private(set) var entries: [HeaderEntry] = []
    private(set) var notes: [EnvelopeNote] = []
    /// Names that were in the integrity-protected header.
    private(set) var protectedNames: Set<String> = []

    /// Why a protected header could not be read.
    struct ProtectedHeaderError: Error {
        var message: String
    }

    /// Decodes a base64url protected header into its JSON object.
    static func decodeProtected(_ encoded: String) throws(ProtectedHeaderError) -> JSONValue {
        guard case .success(let decoded) = Base64.decode(Array(encoded.utf8)) else {
            throw ProtectedHeaderError(message: "the protected header is not base64url")
        }
        let document: JSONDocument
        do {
            document = try JSONDocument.parse(bytes: decoded.bytes)
        } catch {
            throw ProtectedHeaderError(message: "the protected header is not JSON (\(error.message))")
        }
        guard document.root.isObject else {
            throw ProtectedHeaderError(message: "the protected header is not a JSON object")
        }
        return document.root
    }

    /// Merges, in precedence order: the protected header, then each unprotected set (shared, then per-recipient).
    init(protected: JSONValue?, unprotected: [(placement: HeaderEntry.Placement, value: JSONValue)]) {
        var seen: [String: Int] = [:]
        if let protected {
            for (name, value) in protected.members {
                seen[name] = values.count
                values.append((name, value))
                entries.append(HeaderEntry(name: name, value: Self.display(name, value), placement: .protected))
                protectedNames.insert(name)
            }
        }
        for (placement, set) in unprotected where set.isObject {
            for (name, value) in set.members {
                guard let at = seen[name] else {
                    seen[name] = values.count
                    values.append((name, value))
                    entries.append(HeaderEntry(name: name, value: Self.display(name, value), placement: placement))
                    continue
                }
                let kept = values[at].value
                if JSONCanonical.text(kept) == JSONCanonical.text(value) {
                    if entries[at].placement == .protected { entries[at].placement = .both }
                    notes.append(
                        EnvelopeNote(
                            .info,
                            "header \"\(name)\" appears in more than one header set with the same value (RFC 7515/7516 want them disjoint; accepted, as in the spec examples)"
                        ))
                } else if protectedNames.contains(name) {
                    notes.append(
                        EnvelopeNote(
                            .warning,
                            "header \"\(name)\" differs between the protected (\(JSONCanonical.compact(kept))) and \(placement.rawValue) (\(JSONCanonical.compact(value))) headers: the protected value is used"
                        ))
                } else {
                    notes.append(
                        EnvelopeNote(
                            .warning,
                            "header \"\(name)\" differs between two unprotected header sets: the first value (\(JSONCanonical.compact(kept))) is used"
                        ))
                }
            }
        }
    }

    /// A header value for display: compact JSON, with `x5c` summarised (the chain is reported on its own)
    /// and any other long value cut to 200 characters.
    static func display(_ name: String, _ value: JSONValue) -> String {
        if name == "x5c", value.isArray { return "[\(value.count) certificate\(value.count == 1 ? "" : "s"): see the chain]" }
        let text = JSONCanonical.compact(value)
        guard text.count > 200 else { return text }
        return String(text.prefix(200)) + "… (\(text.count) characters)"
    }

    subscript(name: String) -> JSONValue? {
        values.first { $0.name == name }?.value
    }

    func string(_ name: String) -> String? { self[name]?.string }

    /// RFC 7515 §4.1.11: `crit` must be protected, and every name in it understood. This reader
    /// implements no JOSE extension, so any `crit` entry makes the signature or JWE invalid.
    func critProblem() -> String? {
        guard let crit = self["crit"] else { return nil }
        if !protectedNames.contains("crit") { return "\"crit\" is in an unprotected header; RFC 7515 requires it to be protected" }
        let names = crit.elements.compactMap(\.string)
        if !crit.isArray || names.isEmpty || names.count != crit.count {
            return "\"crit\" must be a non-empty array of header names"
        }
        return "critical header extension(s) not understood: " + names.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
