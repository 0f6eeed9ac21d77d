internal import COpenSSL
import Foundation
import VConModel

/// X.509 path validation (`X509_verify_cert`) plus an independent check of each link's signature.
enum ChainValidator {
    /// Builds the report for `certificates` (leaf first) from `source`, validated against `store` at `now`.
    static func report(certificates: [Certificate], source: String, store: TrustStore?, now: Date) -> ChainReport {
        ChainReport(
            source: source,
            certificates: certificates.map { $0.summary() },
            links: links(certificates, anchors: store?.anchors ?? []),
            pathValidation: validate(certificates, store: store, now: now))
    }

    /// OpenSSL's verdict on the path from `certificates[0]` to an anchor in `store`.
    static func validate(_ certificates: [Certificate], store: TrustStore?, now: Date) -> PathValidation {
        guard let store, !store.anchors.isEmpty else {
            return .notChecked("chain not checked against any trust anchor (none given: --trust or VCON_TRUST)")
        }
        guard let leaf = certificates.first else { return .notChecked("no certificate") }
        guard let ctx = X509_STORE_CTX_new() else {
            return .rejected(reason: OpenSSLError.drain("X509_STORE_CTX_new").description, depth: nil, subject: nil, explanation: nil)
        }
        defer { X509_STORE_CTX_free(ctx) }
        guard let untrusted = cossl_sk_X509_new_null() else {
            return .rejected(reason: "cannot allocate a certificate stack", depth: nil, subject: nil, explanation: nil)
        }
        defer { cossl_sk_X509_free(untrusted) }
        // The stack borrows the certificates; `certificates` keeps them alive until the end of this function.
        for certificate in certificates.dropFirst() { _ = cossl_sk_X509_push(untrusted, certificate.ref) }
        guard X509_STORE_CTX_init(ctx, store.ref, leaf.ref, untrusted) == 1 else {
            return .rejected(reason: OpenSSLError.drain("X509_STORE_CTX_init").description, depth: nil, subject: nil, explanation: nil)
        }
        X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx), time_t(now.timeIntervalSince1970))
        let result = X509_verify_cert(ctx)
        OpenSSLError.drainQueue()
        if result == 1 {
            let chain = X509_STORE_CTX_get0_chain(ctx)
            let count = cossl_sk_X509_num(chain)
            let anchor = count > 0 ? cossl_sk_X509_value(chain, count - 1) : nil
            let name = anchor.map { Certificate.name(X509_get_subject_name($0)) } ?? "?"
            return .trusted(anchor: name)
        }
        let code = X509_STORE_CTX_get_error(ctx)
        let reason = X509_verify_cert_error_string(Int(code)).map { String(cString: $0) } ?? "error \(code)"
        let depth = Int(X509_STORE_CTX_get_error_depth(ctx))
        let failing = X509_STORE_CTX_get_current_cert(ctx)
        let subject = failing.map { Certificate.name(X509_get_subject_name($0)) }
        var explanation: String?
        if code == X509_V_ERR_INVALID_CA, let failing, X509_get_version(failing) == 0 {
            explanation = "v1 intermediate"
        } else if code == X509_V_ERR_CERT_HAS_EXPIRED {
            explanation = "expired"
        }
        return .rejected(reason: reason, depth: depth, subject: subject, explanation: explanation)
    }

    /// Whether each certificate's signature verifies under the next one's key (the last under an anchor of
    /// its issuer's name, or itself when self-issued), independent of X.509 path rules.
    static func links(_ certificates: [Certificate], anchors: [Certificate]) -> [ChainLink] {
        var links: [ChainLink] = []
        for (index, certificate) in certificates.enumerated() {
            if index + 1 < certificates.count {
                let issuer = certificates[index + 1]
                let valid = (try? issuer.publicKey()).map { certificate.isSigned(by: $0) }
                links.append(
                    ChainLink(
                        index: index, signer: "certificate \(index + 1) (\(SignatureWording.commonName(issuer.subject)))",
                        signatureValid: valid))
            } else if certificate.isSelfIssued {
                let valid = (try? certificate.publicKey()).map { certificate.isSigned(by: $0) }
                links.append(ChainLink(index: index, signer: "itself (self-issued)", signatureValid: valid))
            } else {
                let named = anchors.filter { $0.subject == certificate.issuer }
                if named.isEmpty {
                    links.append(
                        ChainLink(
                            index: index, signer: "issuer \(SignatureWording.commonName(certificate.issuer)) (not available)",
                            signatureValid: nil))
                } else {
                    let valid = named.contains { anchor in (try? anchor.publicKey()).map { certificate.isSigned(by: $0) } ?? false }
                    links.append(
                        ChainLink(
                            index: index, signer: "trust anchor \(SignatureWording.commonName(certificate.issuer))", signatureValid: valid))
                }
            }
        }
        return links
    }
}
