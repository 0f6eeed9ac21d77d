/// core-04 §4.3.1.6, Table 1: which Dialog Object parameters each dialog type MUST, SHOULD,
/// SHOULD NOT or MUST NOT have, with the table's footnotes. Applies under the core-04 profile only;
/// earlier profiles keep the per-parameter rules they had (transfer-dialog, dialog-type…).
///
/// Cells other rules already report are left to them, so each problem is said once: `type` M
/// (required-field), `recordings` M (dialog-type), `disposition` M/SN (disposition), `body`/`url`
/// S (2) and `content_hash` S (4) (content-presence), `encoding` S (3) (encoding).
public struct DialogParameterTableRule: ValidationRule {
    public static let id = "dialog-parameters"
    public static let section = "§4.3.1.6"
    public init() {}

    /// A cell of Table 1.
    enum Cell: Sendable {
        /// M: MUST be present.
        case must
        /// S: SHOULD be present.
        case should
        /// O: optional.
        case optional
        /// SN: SHOULD NOT be present.
        case shouldNot
        /// X: MUST NOT be present.
        case mustNot
        /// -: no defined meaning for this type.
        case undefined
    }

    /// The dialog types, in the table's column order.
    static let types = ["recording", "recording-set", "text", "transfer", "incomplete"]

    /// Table 1, row by row (columns as in `types`). Footnotes are applied in `check`.
    static let table: [(parameter: String, cells: [Cell])] = [
        ("type", [.must, .must, .must, .must, .must]),
        ("start", [.should, .should, .should, .optional, .should]),
        ("duration", [.optional, .optional, .optional, .undefined, .optional]),
        ("parties", [.should, .should, .should, .mustNot, .optional]),
        ("originator", [.optional, .optional, .optional, .mustNot, .optional]),
        ("recordings", [.mustNot, .must, .mustNot, .mustNot, .mustNot]),
        ("recording_set", [.optional, .mustNot, .mustNot, .mustNot, .mustNot]),
        ("mediatype", [.must, .mustNot, .must, .mustNot, .mustNot]),
        ("filename", [.optional, .mustNot, .optional, .mustNot, .mustNot]),
        ("body", [.should, .mustNot, .should, .mustNot, .mustNot]),
        ("encoding", [.should, .mustNot, .should, .mustNot, .mustNot]),
        ("url", [.should, .mustNot, .should, .mustNot, .mustNot]),
        ("content_hash", [.should, .mustNot, .should, .mustNot, .mustNot]),
        ("disposition", [.shouldNot, .shouldNot, .shouldNot, .shouldNot, .must]),
        ("session_id", [.optional, .optional, .optional, .mustNot, .optional]),
        ("party_history", [.optional, .optional, .optional, .mustNot, .optional]),
        ("transferee", [.mustNot, .mustNot, .mustNot, .should, .mustNot]),
        ("transferor", [.mustNot, .mustNot, .mustNot, .should, .mustNot]),
        ("transfer_target", [.mustNot, .mustNot, .mustNot, .optional, .mustNot]),
        ("original", [.mustNot, .mustNot, .mustNot, .should, .mustNot]),
        ("consultation", [.mustNot, .mustNot, .mustNot, .optional, .mustNot]),
        ("target_dialog", [.mustNot, .mustNot, .mustNot, .should, .mustNot]),
        ("application", [.optional, .optional, .optional, .optional, .optional]),
        ("message_id", [.optional, .mustNot, .optional, .mustNot, .mustNot]),
    ]

    /// Older spellings of a row's parameter, checked with it (their spelling is old-spelling's concern).
    static let aliases: [String: [String]] = [
        "mediatype": ["mimetype"], "transfer_target": ["transfer-target"], "target_dialog": ["target-dialog"],
        "content_hash": ["alg"],
    ]

    /// Rows whose S or M cells other rules report (see the type's comment).
    static let presenceReportedElsewhere: Set<String> = [
        "type", "recordings", "disposition", "body", "url", "encoding", "content_hash",
    ]

    static func mustNot(_ key: String, _ type: String) -> String {
        "\"\(key)\" MUST NOT be present in a \"\(type)\" dialog (Table 1)"
    }
    static func should(_ key: String, _ type: String) -> String {
        "a \"\(type)\" dialog SHOULD have \"\(key)\" (Table 1)" + (key == "start" ? "; it may be left out only when it is not known" : "")
    }
    static let inlineWithoutMediatype =
        "inline dialog content without \"mediatype\": Table 1 footnote (1) says it MUST be present for inline content"
    static func shouldNot(_ key: String, _ type: String) -> String {
        "\"\(key)\" SHOULD NOT be present in a \"\(type)\" dialog (Table 1)"
    }

    /// A body that is present, not null and not the empty string (the schema's and footnote (3)'s test).
    static func hasInlineContent(_ owner: JSONValue) -> Bool {
        guard let body = owner["body"], !body.isNull else { return false }
        return !(body.kind == .string && body.rawStringLength == 0)
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        guard context.isCore04 else { return }
        for item in context.dialog where item.json.isObject {
            guard let type = item.type, let column = Self.types.firstIndex(of: type) else { continue }
            let placeholder = PlaceholderRule.isPlaceholder(item.json)
            for row in Self.table {
                let keys = [row.parameter] + (Self.aliases[row.parameter] ?? [])
                let present = keys.compactMap { key in item.json[key].map { (key, $0) } }.first { !$0.1.isNull }
                switch row.cells[column] {
                case .mustNot:
                    if let (key, value) = present { findings.append(finding(.error, at: value, Self.mustNot(key, type))) }
                case .shouldNot:
                    if let (key, value) = present, !Self.presenceReportedElsewhere.contains(row.parameter) {
                        findings.append(finding(.warning, at: value, Self.shouldNot(key, type)))
                    }
                case .should:
                    // A placeholder (type only) is exempt: nothing is known about that dialog.
                    if present == nil, !placeholder, !Self.presenceReportedElsewhere.contains(row.parameter) {
                        findings.append(finding(.warning, at: item.json, Self.should(row.parameter, type)))
                    }
                case .must:
                    // Footnote (1): mediatype is a MUST for inline content only (not for external content whose
                    // HTTPS Content-Type gives it, nor when content is absent: placeholder, redacted).
                    // The 0.0.1 spelling mimetype is not core-04's mediatype (old-spelling also points at it).
                    if row.parameter == "mediatype", item.json["mediatype"] == nil, Self.hasInlineContent(item.json) {
                        let old = item.json["mimetype"] != nil ? " (it has the 0.0.1 spelling \"mimetype\")" : ""
                        findings.append(finding(.error, at: item.json, Self.inlineWithoutMediatype + old))
                    }
                case .optional, .undefined:
                    break
                }
            }
        }
    }
}
