import Foundation
import VConLibrary
import VConModel

/// One row of `vcon-browser list`: what a call list for scripts and tickets needs, per vCon.
struct ListRow {
    var source: String
    var uuid: String?
    var created: String?
    var subject: String?
    var parties: [String]
    var dialogs: Int?
    var analysis: Int?
    var attachments: Int?
    var form: String
    var verdict: String
    var errors: Int
    var warnings: Int
    /// Why the member could not be opened (its other fields are then empty).
    var problem: String?

    /// A row for a member opened through the catalog's opener (parsed once, judged, validated).
    static func make(source: String, opened: OpenedMember) -> ListRow {
        guard let file = opened.readable else {
            return ListRow(source: source, uuid: nil, problem: opened.error?.message ?? "cannot be opened")
        }
        return ListRow(source: source, file: file, opened: opened)
    }

    private init(source: String, file: LoadedFile, opened: OpenedMember) {
        self.source = source
        let vcon = file.vcon
        uuid = vcon?.uuid
        created = vcon?.createdAt
        subject = vcon?.subject
        parties = vcon?.parties.map(\.label) ?? []
        dialogs = vcon?.dialog.count
        analysis = vcon?.analysis.count
        attachments = vcon?.attachments.count
        form = file.layers.map(\.description).joined(separator: ">")
        if file.isEnveloped {
            verdict = opened.envelope?.shortBadge(ascii: true) ?? "not checked"
        } else {
            verdict = "unsigned"
        }
        let findings = opened.findings
        errors = findings.filter { $0.severity == .error }.count
        warnings = findings.filter { $0.severity == .warning }.count
        problem = file.vcon == nil ? file.innerNote : nil
    }

    /// A row for a member that could not be opened.
    init(source: String, uuid: String?, problem: String) {
        self.source = source
        self.uuid = uuid
        parties = []
        form = "-"
        verdict = "-"
        errors = 0
        warnings = 0
        self.problem = problem
    }

    static let headers = [
        "uuid", "created", "subject", "parties", "dialogs", "analysis", "attachments", "form", "verdict", "errors", "warnings",
        "source", "problem",
    ]

    /// The cells in `headers` order, as untrusted text (callers make them safe for their format).
    var cells: [String] {
        [
            uuid ?? "", created ?? "", subject ?? "", parties.joined(separator: "; "), dialogs.map(String.init) ?? "",
            analysis.map(String.init) ?? "", attachments.map(String.init) ?? "", form, verdict, String(errors), String(warnings),
            source, problem ?? "",
        ]
    }

    /// The row as a JSON object (counts as numbers, absent values as null).
    var json: JSONOutput {
        .object([
            ("uuid", .optional(uuid)), ("created", .optional(created)), ("subject", .optional(subject)),
            ("parties", .array(parties.map(JSONOutput.string))), ("dialogs", .optional(dialogs)), ("analysis", .optional(analysis)),
            ("attachments", .optional(attachments)), ("form", .string(form)), ("verdict", .string(verdict)),
            ("errors", .int(errors)), ("warnings", .int(warnings)), ("source", .string(source)), ("problem", .optional(problem)),
        ])
    }
}
