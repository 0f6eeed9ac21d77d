/// Checks a vCon against a profile's rules (see `Profile`: core-04 by default for 0.4.0 files,
/// core-03 on request, older generations' own rules for older files).
///
/// `validate(_:)` on a loaded file adds the JSON reader's own issues and the envelope's;
/// on a bare `VCon` it runs the rules only. Findings come sorted by layer, line and column.
public enum Validator {
    /// Every rule over an unsigned vCon, in the order their findings are listed on a tie.
    public static let rules: [any ValidationRule] = [
        VConVersionRule(),
        RequiredFieldRule(),
        FieldTypeRule(),
        UUIDSyntaxRule(),
        DateSyntaxRule(),
        MediaTypeRule(),
        EncodingRule(),
        ContentHashRule(),
        ContentPresenceRule(),
        URLSyntaxRule(),
        ExclusiveReferencesRule(),
        PartyIndexRule(),
        DialogIndexRule(),
        AttachmentIndexRule(),
        TransferDialogRule(),
        DialogTypeRule(),
        DispositionRule(),
        PartyEventRule(),
        SessionIdRule(),
        DialogParameterTableRule(),
        PlaceholderRule(),
        TransferSingleIndexRule(),
        PartyUUIDRule(),
        PartyDIDRule(),
        ReferenceObjectRule(),
        VConContentRule(),
        LawfulBasisRule(),
        OldSpellingRule(),
        CriticalExtensionRule(),
        UnknownKeyRule(),
    ]

    /// Extensions this reader understands (`KnownExtension.all`: sip-signaling, wtf_transcription, CC,
    /// lawful_basis, all Compatible).
    public static let knownExtensions: Set<String> = Set(KnownExtension.all.map(\.name))

    /// All findings for a loaded file: reader issues, envelope, and the readable vCon's rules.
    public static func validate(_ file: LoadedFile, profile: Profile? = nil) -> [Finding] {
        var findings = JSONIssueRule.findings(for: file.document, layer: 0)
        findings += EnvelopeRule.findings(for: file)
        if let vcon = file.vcon {
            let layer = vcon.document === file.document ? 0 : payloadLayer(of: file)
            if layer > 0 { findings += JSONIssueRule.findings(for: vcon.document, layer: layer) }
            findings += validate(vcon, layer: layer, profile: profile)
        }
        return sorted(findings)
    }

    /// The rules' findings for one unsigned vCon under `profile` (nil: `Profile.automatic`);
    /// `layer` marks findings inside a JWS payload.
    public static func validate(_ vcon: VCon, layer: Int = 0, profile: Profile? = nil) -> [Finding] {
        guard vcon.json.isObject else {
            return [
                Finding(
                    severity: .error, rule: "not-vcon", pointer: "", line: 1, column: 1,
                    message: "the vCon is not a JSON object", layer: layer)
            ]
        }
        let context = ValidationContext(vcon: vcon, profile: profile)
        var findings: [Finding] = []
        for rule in rules { rule.check(context, into: &findings) }
        if layer != 0 { for k in findings.indices { findings[k].layer = layer } }
        return sorted(findings)
    }

    /// How many JWS layers wrap the readable vCon.
    static func payloadLayer(of file: LoadedFile) -> Int {
        max(1, file.layers.filter { if case .jws = $0 { true } else { false } }.count)
    }

    /// Stable order: layer, line, column, then rule order, keeping each rule's own order.
    static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { a, b in
            let l = a.element, r = b.element
            if l.layer != r.layer { return l.layer < r.layer }
            if (l.line ?? 0) != (r.line ?? 0) { return (l.line ?? 0) < (r.line ?? 0) }
            if (l.column ?? 0) != (r.column ?? 0) { return (l.column ?? 0) < (r.column ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
    }
}
