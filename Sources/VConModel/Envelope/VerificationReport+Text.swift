import Foundation

extension VerificationReport {
    /// The text form: one line per layer (outermost first), then the chains, then content hashes, then STIR.
    /// Every string from the file is sanitised (controls, ESC and bidi shown as escapes).
    public func renderText() -> String {
        var lines: [String] = []
        let safe = TextSafety.line
        lines.append("\(safe(file)): \(verdict.rawValue)")
        for (number, layer) in envelope.layers.enumerated() {
            var line = "  layer \(number + 1) \(layer.kind.rawValue.padding(toLength: 4, withPad: " ", startingAt: 0)) "
            line += "\(layer.verdict.rawValue): \(safe(layer.reason))"
            if let form = layer.form { line += " [\(form)]" }
            lines.append(line)
            for note in layer.notes { lines.append("    \(note.severity.rawValue): \(safe(note.message))") }
            for signature in layer.signatures {
                if layer.signatures.count > 1 {
                    lines.append(
                        "    signature \(signature.index + 1) \(safe(signature.algorithm ?? "?")): \(signature.verdict.rawValue): \(safe(signature.reason))"
                    )
                }
                if !signature.headers.isEmpty {
                    lines.append("    headers: " + Self.headerWords(signature.headers))
                }
                for note in signature.notes { lines.append("    \(note.severity.rawValue): \(safe(note.message))") }
            }
            if !layer.headers.isEmpty { lines.append("    headers: " + Self.headerWords(layer.headers)) }
            for recipient in layer.recipients where !recipient.opened && layer.recipients.count > 1 {
                lines.append("    recipient \(recipient.index + 1) \(safe(recipient.algorithm ?? "?")): \(safe(recipient.detail))")
            }
        }
        for (number, layer) in envelope.layers.enumerated() {
            for signature in layer.signatures {
                guard let chain = signature.chain else { continue }
                lines.append("chain (layer \(number + 1), signature \(signature.index + 1), from \(safe(chain.source))):")
                lines += Self.chainLines(chain)
            }
        }
        if !hashes.isEmpty {
            lines.append("content hashes:")
            for hash in hashes {
                lines.append("  \(hash.pointer) \(hash.status.rawValue): \(safe(hash.detail))" + (hash.url.map { " <\(safe($0))>" } ?? ""))
            }
        }
        if !stir.isEmpty {
            lines.append("STIR:")
            for check in stir {
                lines.append("  party \(check.party) PASSporT \(check.verdict.rawValue): \(safe(check.reason))")
                let shown = ["attest", "orig", "dest", "iat", "origid"].compactMap { name in check.claim(name).map { "\(name)=\(safe($0))" }
                }
                if !shown.isEmpty { lines.append("    claims: " + shown.joined(separator: " ")) }
                let header = check.header.map { "\($0.name)=\(safe($0.value))" }
                if !header.isEmpty { lines.append("    header: " + header.joined(separator: " ")) }
                for note in check.notes { lines.append("    \(note.severity.rawValue): \(safe(note.message))") }
                for report in check.reports {
                    let who = safe(report.verifier ?? "unnamed verifier")
                    let said = safe(report.result ?? "no result")
                    let agreement = report.disagreement.map { "DISAGREES: \(safe($0))" } ?? "agrees"
                    lines.append("    report \(report.pointer) by \(who): \(said) — \(agreement)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `alg="RS256" (both), uuid="…" (unprotected)`, sanitised.
    static func headerWords(_ headers: [HeaderEntry]) -> String {
        headers.map { "\($0.name)=\(TextSafety.line($0.value)) (\($0.placement.rawValue))" }.joined(separator: ", ")
    }

    static func chainLines(_ chain: ChainReport) -> [String] {
        let safe = TextSafety.line
        var lines: [String] = []
        for (index, certificate) in chain.certificates.enumerated() {
            let ca = certificate.isCA.map { $0 ? "CA" : "not CA" } ?? "no basicConstraints"
            let bits = certificate.keyType == "RSA" ? "RSA \(certificate.keyBits)" : certificate.keyType
            lines.append(
                "  \(index) \(safe(SignatureWording.commonName(certificate.subject))) v\(certificate.version) \(bits) \(ca)"
                    + " valid \(isoDay(certificate.notBefore)) → \(isoDay(certificate.notAfter)) serial \(certificate.serial)")
            lines.append("      subject \(safe(certificate.subject))")
            lines.append("      issuer  \(safe(certificate.issuer))")
            if let link = chain.links.first(where: { $0.index == index }) {
                let state = link.signatureValid.map { $0 ? "valid" : "INVALID" } ?? "not checked"
                lines.append("      signed by \(safe(link.signer)): \(state)")
            }
        }
        switch chain.pathValidation {
        case .trusted(let anchor):
            lines.append("  path validation: trusted (anchor \(safe(anchor)))")
        case .notChecked(let why):
            lines.append("  path validation: not checked (\(safe(why)))")
        case .rejected(let reason, let depth, let subject, let explanation):
            var text = "  path validation: rejected: \(reason)"
            if let depth { text += " at depth \(depth)" }
            if let subject { text += " (\(safe(SignatureWording.commonName(subject))))" }
            if explanation == "v1 intermediate" {
                text += "; an X.509 v1 certificate has no basicConstraints, so OpenSSL 3 does not accept it as a CA"
            }
            lines.append(text)
        }
        return lines
    }

    /// `YYYY-MM-DD` in UTC.
    static func isoDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    static func isoTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", p.year ?? 0, p.month ?? 0, p.day ?? 0, p.hour ?? 0, p.minute ?? 0, p.second ?? 0)
    }
}
