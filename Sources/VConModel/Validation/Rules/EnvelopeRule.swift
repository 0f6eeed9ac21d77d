/// What validation can say about the envelope itself: `not-validated` when the vCon inside
/// cannot be reached without a key, `hybrid-envelope` when a JWS also carries unsigned fields.
///
/// Signature and decryption verdicts belong to `verify`; this only says what was not checked.
public enum EnvelopeRule {
    public static let notValidatedID = "not-validated"
    public static let hybridID = "hybrid-envelope"

    static func notValidated(_ note: String) -> String { "the vCon inside was not validated: \(note)" }
    static let hybrid =
        "this JWS also carries unsigned vCon members beside payload/signatures (vcon-lib's form): only the payload is covered by the signature, and only the payload is validated"

    /// Envelope findings for a loaded file (all in the file's own document, layer 0).
    public static func findings(for file: LoadedFile) -> [Finding] {
        var findings: [Finding] = []
        let root = file.document.root
        if case .jws(_, hybrid: true) = file.layers.first(where: { if case .jws = $0 { true } else { false } }) {
            findings.append(Finding(.warning, hybridID, at: root, hybrid))
        }
        if file.vcon == nil, let note = file.innerNote {
            // Encrypted is expected without a key; a signed payload that does not open is broken.
            let encrypted = file.layers.last.map { if case .jwe = $0 { true } else { false } } ?? false
            findings.append(Finding(encrypted ? .info : .error, notValidatedID, at: root, notValidated(note)))
        }
        return findings
    }
}
