extension UnwrapState {
    /// A JWS layer: checks every signature, then hands the payload to the next layer.
    mutating func jws(_ message: JWSMessage, byteCount: Int) -> [UInt8]? {
        var layer = EnvelopeLayer(kind: .jws, verdict: .invalid, reason: "", form: message.form, byteCount: byteCount)
        layer.notes = message.notes
        guard let payload = decodeJOSEField(message.payloadText, name: "the payload", notes: &layer.notes) else {
            layer.verdict = .unreadable
            layer.reason = "the payload is not base64url"
            layers.append(layer)
            return nil
        }
        guard !payload.isEmpty else {
            layer.verdict = .unreadable
            layer.reason = "the payload is empty (a detached payload cannot be checked here)"
            layers.append(layer)
            return nil
        }
        layer.signatures = message.signatures.enumerated().map { index, signature in
            checkSignature(signature, index: index, payloadText: message.payloadText)
        }
        layer.verdict = Self.worst(layer.signatures.map(\.verdict))
        layer.reason = Self.layerReason(layer.signatures)
        if let outer = message.outerCopy { layer.notes.append(Self.compareHybrid(outer: outer, payload: payload)) }
        layers.append(layer)
        return payload
    }

    /// The worst of several signature verdicts (verified < untrusted < invalid).
    static func worst(_ verdicts: [LayerVerdict]) -> LayerVerdict {
        if verdicts.contains(.invalid) { return .invalid }
        if verdicts.contains(.untrusted) || verdicts.isEmpty { return .untrusted }
        return .verified
    }

    static func layerReason(_ signatures: [SignatureReport]) -> String {
        if signatures.count == 1 { return signatures[0].reason }
        return "\(signatures.count) signatures: "
            + signatures.map { "#\($0.index + 1) \($0.verdict.rawValue): \($0.reason)" }.joined(separator: "; ")
    }

    private func checkSignature(_ signature: JWSMessage.Signature, index: Int, payloadText: String) -> SignatureReport {
        var report = SignatureReport(
            index: index, algorithm: nil, verdict: .invalid, reason: "", keyDescription: nil, chain: nil,
            headers: [], uuid: nil, notes: [])
        var protectedValue: JSONValue?
        if let text = signature.protectedText {
            do {
                protectedValue = try JOSEHeaders.decodeProtected(text)
            } catch {
                report.reason = "invalid signature: \(error.message)"
                return report
            }
        } else {
            report.notes.append(EnvelopeNote(.warning, "no protected header: \"alg\" is not covered by the signature"))
        }
        let headers = JOSEHeaders(protected: protectedValue, unprotected: signature.header.map { [(.unprotected, $0)] } ?? [])
        report.headers = headers.entries
        report.notes += headers.notes
        report.algorithm = headers.string("alg")
        report.uuid = headers.string("uuid")
        if let problem = headers.critProblem() {
            report.reason = "invalid: \(problem)"
            return report
        }
        guard let signatureBytes = decodeJOSEField(signature.signatureText, name: "the signature", notes: &report.notes) else {
            report.reason = "invalid signature: the signature is not base64url"
            return report
        }
        let algorithm: JWSAlgorithm
        switch JWSAlgorithmPolicy.decide(report.algorithm) {
        case .check(let known): algorithm = known
        case .refuse(let why):
            report.reason = "invalid: \(why)"
            return report
        case .unsupported(let why):
            report.verdict = .untrusted
            report.reason = why
            return report
        }
        let source = keySource(headers, notes: &report.notes)
        if case .failure(let problem) = source {
            report.reason = "invalid: \(problem.message)"
            return report
        }
        guard case .success(let keySource) = source else { return report }
        let input = Array(((signature.protectedText ?? "") + "." + payloadText).utf8)
        let check = context.crypto.verifySignature(
            algorithm: algorithm, signingInput: input, signature: signatureBytes, keySource: keySource, now: context.now)
        report.keyDescription = check.keyDescription
        report.chain = check.chain
        (report.verdict, report.reason) = SignatureWording.verdict(for: check)
        return report
    }

    /// The key named by the header: `x5c` (standard base64 DER), else `x5u`, else none.
    private func keySource(_ headers: JOSEHeaders, notes: inout [EnvelopeNote]) -> Result<SigningKeySource, JOSEFormatError> {
        if let x5c = headers["x5c"] {
            guard x5c.isArray else { return .failure(JOSEFormatError("\"x5c\" is not an array of certificates")) }
            var ders: [[UInt8]] = []
            for (i, entry) in x5c.elements.enumerated() {
                guard let text = entry.string, case .success(let decoded) = Base64.decode(Array(text.utf8)) else {
                    return .failure(JOSEFormatError("x5c[\(i)] is not base64"))
                }
                if decoded.leniency.contains(.urlAlphabet) {
                    notes.append(
                        EnvelopeNote(.warning, "x5c[\(i)] uses the base64url alphabet; RFC 7515 §4.1.6 says standard base64 (accepted)"))
                }
                ders.append(decoded.bytes)
            }
            return .success(.x5c(ders))
        }
        if let x5u = headers.string("x5u") { return .success(.x5u(x5u)) }
        if headers["jwk"] != nil {
            notes.append(
                EnvelopeNote(
                    .warning, "the header carries its own \"jwk\": a key that vouches for itself is never trusted, so it is not used"))
        }
        return .success(.none)
    }

    /// vcon-lib keeps an unsigned copy of the vCon beside `payload`/`signatures`: say whether it matches the payload.
    static func compareHybrid(outer: JSONValue, payload: [UInt8]) -> EnvelopeNote {
        guard let document = try? JSONDocument.parse(bytes: payload), document.root.isObject else {
            return EnvelopeNote(.warning, "unsigned copy beside the payload: cannot compare, the payload is not a plain JSON object")
        }
        let inner = document.root
        let outerMembers = outer.members.filter { $0.key != "payload" && $0.key != "signatures" }
        var names: [String] = []
        for member in outerMembers where !names.contains(member.key) { names.append(member.key) }
        for key in inner.keys where !names.contains(key) { names.append(key) }
        let differing = names.filter { name in
            let a = outer[name].map(JSONCanonical.text)
            let b = inner[name].map(JSONCanonical.text)
            return a != b
        }
        if differing.isEmpty {
            return EnvelopeNote(.info, "the unsigned copy beside the payload matches the signed payload")
        }
        return EnvelopeNote(
            .warning,
            "the unsigned copy beside the payload differs from the signed payload in "
                + differing.map { "\"\($0)\"" }.joined(separator: ", ") + ": only the signed payload is shown")
    }
}
