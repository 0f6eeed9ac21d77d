extension VerificationReport {
    /// The `--json` form: `{"file","verdict","exit_status","layers":[…],"hashes":[…],"stir":[…]}`.
    public func jsonOutput() -> JSONOutput {
        .object([
            ("file", .string(file)),
            ("verdict", .string(verdict.rawValue)),
            ("exit_status", .int(Int(exitStatus))),
            ("encrypted_but_not_signed", .bool(envelope.encryptedButNotSigned)),
            ("layers", .array(envelope.layers.map(Self.layer))),
            ("hashes", .array(hashes.map(Self.hash))),
            ("stir", .array(stir.map(Self.stir))),
        ])
    }

    /// The JSON text (pretty-printed with `indent` spaces, or compact with 0).
    public func renderJSON(indent: Int = 2) -> String {
        jsonOutput().render(indent: indent) + "\n"
    }

    static func layer(_ layer: EnvelopeLayer) -> JSONOutput {
        .object([
            ("kind", .string(layer.kind.rawValue)),
            ("verdict", .string(layer.verdict.rawValue)),
            ("reason", .string(layer.reason)),
            ("form", .optional(layer.form)),
            ("bytes", .int(layer.byteCount)),
            ("uuid", .optional(layer.claimedUUID)),
            ("notes", .array(layer.notes.map(note))),
            ("headers", .array(layer.headers.map(header))),
            ("signatures", .array(layer.signatures.map(signature))),
            (
                "recipients",
                .array(
                    layer.recipients.map { recipient in
                        .object([
                            ("index", .int(recipient.index)), ("alg", .optional(recipient.algorithm)),
                            ("opened", .bool(recipient.opened)), ("detail", .string(recipient.detail)),
                        ])
                    })
            ),
        ])
    }

    static func signature(_ signature: SignatureReport) -> JSONOutput {
        .object([
            ("index", .int(signature.index)),
            ("alg", .optional(signature.algorithm)),
            ("verdict", .string(signature.verdict.rawValue)),
            ("reason", .string(signature.reason)),
            ("key", .optional(signature.keyDescription)),
            ("uuid", .optional(signature.uuid)),
            ("headers", .array(signature.headers.map(header))),
            ("chain", signature.chain.map(chain) ?? .null),
            ("notes", .array(signature.notes.map(note))),
        ])
    }

    static func chain(_ chain: ChainReport) -> JSONOutput {
        let validation: JSONOutput
        switch chain.pathValidation {
        case .trusted(let anchor):
            validation = .object([("result", .string("trusted")), ("anchor", .string(anchor))])
        case .notChecked(let why):
            validation = .object([("result", .string("not-checked")), ("reason", .string(why))])
        case .rejected(let reason, let depth, let subject, let explanation):
            validation = .object([
                ("result", .string("rejected")), ("reason", .string(reason)), ("depth", .optional(depth)),
                ("subject", .optional(subject)), ("explanation", .optional(explanation)),
            ])
        }
        return .object([
            ("source", .string(chain.source)),
            (
                "certificates",
                .array(
                    chain.certificates.map { certificate in
                        .object([
                            ("subject", .string(certificate.subject)), ("issuer", .string(certificate.issuer)),
                            ("serial", .string(certificate.serial)),
                            ("not_before", .string(isoTime(certificate.notBefore))), ("not_after", .string(isoTime(certificate.notAfter))),
                            ("key_type", .string(certificate.keyType)), ("key_bits", .int(certificate.keyBits)),
                            ("version", .int(certificate.version)), ("is_ca", certificate.isCA.map(JSONOutput.bool) ?? .null),
                            ("self_issued", .bool(certificate.selfIssued)),
                        ])
                    })
            ),
            (
                "links",
                .array(
                    chain.links.map { link in
                        .object([
                            ("index", .int(link.index)), ("signer", .string(link.signer)),
                            ("signature_valid", link.signatureValid.map(JSONOutput.bool) ?? .null),
                        ])
                    })
            ),
            ("path_validation", validation),
        ])
    }

    static func hash(_ hash: HashCheck) -> JSONOutput {
        .object([
            ("pointer", .string(hash.pointer)), ("url", .optional(hash.url)), ("algorithm", .string(hash.algorithm)),
            ("expected", .string(hash.expected)), ("actual", .optional(hash.actual)),
            ("status", .string(hash.status.rawValue)), ("detail", .string(hash.detail)),
        ])
    }

    static func stir(_ check: StirCheck) -> JSONOutput {
        .object([
            ("party", .int(check.party)), ("pointer", .string(check.pointer)),
            ("verdict", .string(check.verdict.rawValue)), ("reason", .string(check.reason)),
            ("header", .object(check.header.map { ($0.name, .string($0.value)) })),
            ("claims", .object(check.claims.map { ($0.name, .string($0.value)) })),
            ("certificate_source", .optional(check.certificateSource)),
            ("chain", check.chain.map(chain) ?? .null),
            (
                "reports",
                .array(
                    check.reports.map { report in
                        .object([
                            ("pointer", .string(report.pointer)), ("verifier", .optional(report.verifier)),
                            ("result", .optional(report.result)), ("attestation", .optional(report.attestation)),
                            ("agrees", .bool(report.disagreement == nil)), ("disagreement", .optional(report.disagreement)),
                        ])
                    })
            ),
            ("notes", .array(check.notes.map(note))),
        ])
    }

    static func note(_ note: EnvelopeNote) -> JSONOutput {
        .object([("severity", .string(note.severity.rawValue)), ("message", .string(note.message))])
    }

    static func header(_ entry: HeaderEntry) -> JSONOutput {
        .object([("name", .string(entry.name)), ("value", .string(entry.value)), ("placement", .string(entry.placement.rawValue))])
    }
}
