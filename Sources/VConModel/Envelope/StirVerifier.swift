import Foundation

/// Decodes and checks each party's `stir` PASSporT, with the party's `stir-certificate` attachment as the key
/// (the `x5u` is never fetched), and compares any `stir-verification-report` with our own result.
public struct StirVerifier: Sendable {
    public let crypto: any JOSECrypto
    public let now: Date

    public init(crypto: any JOSECrypto, now: Date) {
        self.crypto = crypto
        self.now = now
    }

    public func check(_ vcon: VCon) -> [StirCheck] {
        let attachments = vcon.attachments
        return vcon.parties.compactMap { party -> StirCheck? in
            guard let token = party.stir, let value = party.json["stir"] else { return nil }
            let mine = attachments.filter { $0.json["party"]?.int == party.index }
            let certificate = mine.first { Self.purpose(of: $0.json) == "stir-certificate" }
            let reports = mine.filter { Self.purpose(of: $0.json) == "stir-verification-report" }
            var check = verify(token, party: party.index, pointer: value.pointer, certificate: certificate.map { Content(owner: $0.json) })
            check.reports = reports.map { compare(Content(owner: $0.json), with: check) }
            return check
        }
    }

    static func purpose(of attachment: JSONValue) -> String? {
        attachment["purpose"]?.string ?? attachment["type"]?.string
    }

    private func verify(_ token: String, party: Int, pointer: String, certificate: Content?) -> StirCheck {
        var check = StirCheck(
            party: party, pointer: pointer, header: [], claims: [], verdict: .unreadable, reason: "", chain: nil,
            certificateSource: nil, reports: [], notes: [])
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            check.reason = "not a compact JWS (expected 3 dot-separated parts, found \(parts.count))"
            return check
        }
        let header: JSONValue
        let claims: JSONValue
        do {
            header = try JOSEHeaders.decodeProtected(String(parts[0]))
            claims = try JOSEHeaders.decodeProtected(String(parts[1]))
        } catch {
            check.reason = "PASSporT unreadable: \(error.message.replacingOccurrences(of: "protected header", with: "header or claims"))"
            return check
        }
        check.header = header.members.map { HeaderEntry(name: $0.key, value: JSONCanonical.compact($0.value), placement: .protected) }
        check.claims = claims.members.map { HeaderEntry(name: $0.key, value: JSONCanonical.compact($0.value), placement: .protected) }
        if header["ppt"]?.string == nil { check.notes.append(EnvelopeNote(.info, "no \"ppt\" header: a plain PASSporT, not SHAKEN")) }
        if let alg = header["alg"]?.string, alg != "ES256" {
            check.notes.append(EnvelopeNote(.warning, "PASSporT alg is \(alg); RFC 8225 requires ES256"))
        }
        guard case .success(let signature) = Base64.decode(Array(parts[2].utf8)) else {
            check.verdict = .invalid
            check.reason = "invalid signature: the signature is not base64url"
            return check
        }
        let algorithm: JWSAlgorithm
        switch JWSAlgorithmPolicy.decide(header["alg"]?.string) {
        case .check(let known): algorithm = known
        case .refuse(let why):
            check.verdict = .invalid
            check.reason = "invalid: \(why)"
            return check
        case .unsupported(let why):
            check.verdict = .untrusted
            check.reason = why
            return check
        }
        let source: SigningKeySource
        if let certificate, let pem = certificate.decodedText() {
            let origin = "stir-certificate attachment \(certificate.owner.pointer)"
            source = .certificatePEM(pem, origin: origin)
            check.certificateSource = origin
        } else if let x5u = header["x5u"]?.string {
            source = .x5u(x5u)
            check.certificateSource = "x5u \(x5u)"
        } else {
            source = .none
        }
        let input = Array((String(parts[0]) + "." + String(parts[1])).utf8)
        let result = crypto.verifySignature(
            algorithm: algorithm, signingInput: input, signature: signature.bytes, keySource: source, now: now)
        check.chain = result.chain
        (check.verdict, check.reason) = SignatureWording.verdict(for: result)
        return check
    }

    private func compare(_ report: Content, with check: StirCheck) -> StirReportComparison {
        let body = report.jsonValue()
        var comparison = StirReportComparison(
            pointer: report.owner.pointer, verifier: body?["verifier"]?.string, result: body?["result"]?.string,
            attestation: body?["attestation"]?.string, disagreement: nil)
        guard let body else {
            comparison.disagreement = "the report body is not JSON: cannot compare"
            return comparison
        }
        var problems: [String] = []
        let theirs = (comparison.result ?? "").lowercased()
        let theySayValid = ["verified", "pass", "passed", "valid", "tn-validation-passed"].contains(theirs)
        switch check.verdict {
        case .invalid where theySayValid:
            problems.append("it says \"\(comparison.result ?? "")\", but the PASSporT signature does not verify here")
        case .verified, .untrusted:
            if !theySayValid, !theirs.isEmpty, check.reason.hasPrefix("signature valid") {
                problems.append("it says \"\(comparison.result ?? "")\", but the PASSporT signature is valid here")
            }
        default: break
        }
        // A report that vouches for a PASSporT we could not check (unreadable, x5u not fetched) is not agreement.
        let established = check.verdict == .invalid || check.reason.hasPrefix("signature valid")
        if !established, theySayValid {
            problems.append("it says \"\(comparison.result ?? "")\", which cannot be confirmed here: \(check.reason)")
        }
        if let attestation = comparison.attestation, let attest = check.claim("attest"), "\"\(attestation)\"" != attest {
            problems.append("attestation \(attestation) differs from the PASSporT's attest \(attest)")
        }
        if let reportOrig = body["orig_tn"]?.string, let orig = check.claims.first(where: { $0.name == "orig" })?.value,
            !Self.digits(orig).isEmpty, Self.digits(reportOrig) != Self.digits(orig)
        {
            problems.append("orig_tn \(reportOrig) differs from the PASSporT's orig \(orig)")
        }
        comparison.disagreement = problems.isEmpty ? nil : problems.joined(separator: "; ")
        return comparison
    }

    /// The digits of a telephone number text, for comparing "+1555…" with {"tn":"1555…"}.
    static func digits(_ text: String) -> String {
        String(text.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
    }
}
