import Foundation

/// Plain words for a signature check: the verdict and the reason people read.
public enum SignatureWording {
    /// Maps a crypto check to verified / untrusted / invalid with its reason.
    public static func verdict(for check: SignatureCheck) -> (LayerVerdict, String) {
        switch check.outcome {
        case .invalid(let why):
            return (.invalid, "invalid signature: \(why)")
        case .cannotCheck(let why):
            return (.untrusted, why)
        case .valid:
            if let pinned = check.pinnedKey {
                return (.verified, "signature valid; signed by the public key you supplied (\(pinned))")
            }
            guard let chain = check.chain else {
                return (.untrusted, "signature valid; no certificate chain to judge the signer by")
            }
            let links = linkWords(chain)
            switch chain.pathValidation {
            case .trusted(let anchor):
                return (.verified, "signature valid; chain trusted (anchor \(commonName(anchor)))")
            case .notChecked:
                return (.untrusted, "signature valid, chain not checked against any trust anchor" + (links.map { "; \($0)" } ?? ""))
            case .rejected(let reason, let depth, let subject, let explanation):
                var text = "signature valid"
                if let links { text += "; \(links)" }
                text += "; chain rejected by X.509 path validation: "
                text += explanation ?? reason
                var detail = "OpenSSL: \(reason)"
                if let depth { detail += " at depth \(depth)" }
                if let subject { detail += ", \(commonName(subject))" }
                text += " (\(detail))"
                return (.untrusted, text)
            }
        }
    }

    /// The `CN=…` part of an RFC 2253 DN (the whole DN when it has none), for short reasons.
    public static func commonName(_ dn: String) -> String {
        let parts = dn.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.first { $0.hasPrefix("CN=") } ?? dn
    }

    /// "chain signatures valid" / "chain signatures invalid: …", or nil for a single certificate with nothing to check.
    static func linkWords(_ chain: ChainReport) -> String? {
        guard !chain.links.isEmpty else { return nil }
        if let bad = chain.links.first(where: { $0.signatureValid == false }) {
            return "chain signatures invalid: certificate \(bad.index) is not signed by \(bad.signer)"
        }
        if let open = chain.links.first(where: { $0.signatureValid == nil }) {
            return "chain signatures valid up to certificate \(open.index) (\(open.signer))"
        }
        return "chain signatures valid"
    }
}
