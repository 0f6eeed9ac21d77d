/// Members of the signed form: a JWS in general (`signatures[]`) or flattened (top-level `header`) JSON serialization.
extension ExplainCatalog {
    private static let signedForm = SpecReference.core("5.2", "Signed Form of vCon Object")
    private static let signatureObject = SpecReference.core("5.2.1", "Signature Object")
    private static let headerObject = SpecReference.core("5.2.2", "Header Object")

    static let envelopeJWS: [FieldExplanation] =
        [
            FieldExplanation(
                "", form: .jws, title: "Signed vCon (JWS)",
                meaning:
                    "A vCon wrapped in a JSON Web Signature: the vCon travels base64url-encoded in payload, and each entry of signatures signs it. Both payload and signatures present means signed form. A JWS may itself be the payload of a newer JWS when an archive is re-signed before its certificate expires.",
                standing: .envelope,
                specs: [
                    signedForm, .core("5.2.3", "Long Term Archiving of Signed vCons"), .petrie("5.2", "Signed Form of vCon Object"),
                    .jws("7.2.1", "General JWS JSON Serialization Syntax"),
                ],
                related: ["payload", "signatures"]),
            FieldExplanation(
                "payload", form: .jws, title: "Signed payload",
                meaning:
                    "The base64url text of what was signed: the unsigned vCon JSON, since core-00 possibly gzipped first, or for an archive re-signing another whole JWS. The browser decodes it to show the vCon inside.",
                standing: .envelope, specs: [signedForm, .jws("7.2.1", "General JWS JSON Serialization Syntax")],
                spellings: [
                    GenerationSpelling(
                        from: .v0_0_1, through: .v0_0_2, spelling: "payload = base64url(vCon JSON)", drafts: "petrie-00 .. container-03"),
                    GenerationSpelling(
                        from: .v0_3_0, through: nil, spelling: "payload = base64url(vCon JSON or gzip of it)", drafts: "core-00 .. core-03"),
                ],
                related: ["signatures", "signatures[].header.uuid"]),
            FieldExplanation(
                "signatures", form: .jws, title: "Signatures",
                meaning:
                    "One entry per signer over the same payload; each has its own protected header, unprotected header and signature value.",
                standing: .envelope, specs: [signedForm, .jws("7.2.1", "General JWS JSON Serialization Syntax")],
                related: ["signatures[]"]),
            FieldExplanation(
                "signatures[]", form: .jws, title: "Signature Object",
                meaning:
                    "One signature: protected (signed header, base64url), header (unsigned header with alg and x5c or x5u) and signature (the signature value).",
                standing: .envelope, specs: [signatureObject, .petrie("5.2.1", "Signature Object")],
                related: ["signatures[].protected", "signatures[].header", "signatures[].signature"]),
        ] + jwsSignatureMembers(prefix: "signatures[].") + jwsSignatureMembers(prefix: "")

    /// protected, header (and its members) and signature, under `signatures[]` or at the top (flattened form).
    private static func jwsSignatureMembers(prefix p: String) -> [FieldExplanation] {
        let flattened = p.isEmpty
        let serialization: SpecReference =
            flattened
            ? .jws("7.2.2", "Flattened JWS JSON Serialization Syntax") : .jws("7.2.1", "General JWS JSON Serialization Syntax")
        let note = flattened ? " (Flattened serialization: a single signature whose members sit at the top level.)" : ""
        return [
            FieldExplanation(
                "\(p)protected", form: .jws, title: "Protected header",
                meaning:
                    "The base64url text of a JSON header that is covered by the signature, usually with alg (and, in the drafts' examples, typ and x5c too). Repeating a name in both headers breaks JOSE rules; the browser accepts it and says so."
                    + note,
                standing: .envelope, specs: [signatureObject, serialization],
                related: ["\(p)header", "\(p)signature"]),
            FieldExplanation(
                "\(p)header", form: .jws, title: "Unprotected header",
                meaning:
                    "A JSON object of header parameters not covered by the signature. The vCon drafts require alg and x5c or x5u here, and recommend the vCon's uuid."
                    + note,
                standing: .envelope, specs: [headerObject, .petrie("5.2.2", "Header Object"), serialization],
                related: ["\(p)header.alg", "\(p)header.x5c", "\(p)header.uuid"]),
            FieldExplanation(
                "\(p)header.alg", form: .jws, title: "Signature algorithm",
                meaning:
                    "The JWS algorithm used to sign, e.g. RS256 (RSA with SHA-256), which the drafts recommend for interoperability; ES256 and others also appear."
                    + note,
                standing: .envelope, specs: [headerObject, .jws("4.1.1", "alg")], spellings: always("alg"),
                values: [
                    AllowedValue("RS256", "RSASSA-PKCS1-v1_5 with SHA-256 (recommended)"),
                    AllowedValue("ES256", "ECDSA P-256 with SHA-256"),
                ],
                related: ["\(p)header.x5c"]),
            FieldExplanation(
                "\(p)header.x5c", form: .jws, title: "Signer certificate chain",
                meaning:
                    "The signer's X.509 certificate followed by the certificates that vouch for it, each as standard base64 DER (not base64url). The vCon drafts require x5c or x5u so the chain travels with the vCon."
                    + note,
                standing: .envelope, specs: [headerObject, .jws("4.1.6", "x5c")], spellings: always("x5c"),
                related: ["\(p)header.x5u", "\(p)header.alg"]),
            FieldExplanation(
                "\(p)header.x5u", form: .jws, title: "Signer certificate URL",
                meaning:
                    "An HTTPS URL where the signer's certificate chain (PEM) can be fetched, as an alternative to x5c. The browser does not fetch it unless asked, so without a local copy it cannot check the signature."
                    + note,
                standing: .envelope, specs: [headerObject, .jws("4.1.5", "x5u")], spellings: always("x5u"),
                related: ["\(p)header.x5c"]),
            FieldExplanation(
                "\(p)header.uuid", form: .jws, title: "UUID of the signed vCon",
                meaning:
                    "The uuid of the vCon inside payload, repeated so it can be read without decoding or verifying. A verifier should compare it with the uuid in the payload; the browser shows a mismatch."
                    + note,
                standing: .envelope, specs: [headerObject, .core("6.5", "JSON Web Signature and Encryption Header Parameters")],
                spellings: [
                    GenerationSpelling(
                        from: .v0_0_1, through: .v0_0_1, spelling: "- (petrie) / uuid (container-01)", drafts: "petrie-00 .. container-01"),
                    GenerationSpelling(from: .v0_0_2, through: nil, spelling: "uuid", drafts: "container-02 .. core-03"),
                ],
                related: ["payload"]),
            FieldExplanation(
                "\(p)header.typ", form: .jws, title: "Token type",
                meaning:
                    "A media type hint for the whole JWS; the drafts' examples put \"JWT\" in the protected header. No vCon rule depends on it."
                    + note,
                standing: .envelope, specs: [.jws("4.1.9", "typ")]),
            FieldExplanation(
                "\(p)header.kid", form: .jws, title: "Key identifier",
                meaning:
                    "A hint naming the key that signed. The vCon drafts do not use it; a verifier still needs the certificate from x5c or x5u."
                    + note,
                standing: .envelope, specs: [.jws("4.1.4", "kid")]),
            FieldExplanation(
                "\(p)signature", form: .jws, title: "Signature value",
                meaning:
                    "The base64url signature over the protected header and the payload. For ES256 it is the raw R and S values side by side."
                    + note,
                standing: .envelope, specs: [signatureObject, serialization],
                related: ["\(p)protected", "payload"]),
        ]
    }
}
