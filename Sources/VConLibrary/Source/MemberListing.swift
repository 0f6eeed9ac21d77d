import Foundation

/// One member as a listing names it: enough to draw a row, nothing parsed.
public struct MemberListing: Sendable, Hashable {
    public var key: MemberKey
    /// What the user sees (a path, `bundle.vconz!vcons/<uuid>.json`, a uuid); made terminal-safe when drawn.
    public var displayName: String
    /// Bytes as stored, when known without reading.
    public var size: Int?
    /// Modification or creation time, when known without reading.
    public var modified: Date?
    /// Fields the source had for free (a manifest, database columns, a uuid file name).
    public var summary: MemberSummary

    public init(key: MemberKey, displayName: String, size: Int? = nil, modified: Date? = nil, summary: MemberSummary = MemberSummary()) {
        self.key = key
        self.displayName = displayName
        self.size = size
        self.modified = modified
        self.summary = summary
    }
}

/// The summary of a member: what a list row shows. Every field is optional; a source fills what it knows for
/// free, and the catalog completes it when the member is opened.
public struct MemberSummary: Sendable, Hashable {
    public var uuid: String?
    public var subject: String?
    /// `created_at` as written (RFC 3339).
    public var createdAt: String?
    public var updatedAt: String?
    /// Party names (or tel/mailto when unnamed), in order.
    public var partyNames: [String]?
    public var dialogCount: Int?
    public var analysisCount: Int?
    public var attachmentCount: Int?
    /// The outer form's short name (`unsigned`, `signed`, `encrypted`), when known.
    public var form: String?

    public init(
        uuid: String? = nil, subject: String? = nil, createdAt: String? = nil, updatedAt: String? = nil,
        partyNames: [String]? = nil, dialogCount: Int? = nil, analysisCount: Int? = nil, attachmentCount: Int? = nil,
        form: String? = nil
    ) {
        self.uuid = uuid
        self.subject = subject
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.partyNames = partyNames
        self.dialogCount = dialogCount
        self.analysisCount = analysisCount
        self.attachmentCount = attachmentCount
        self.form = form
    }

    /// This summary with the fields `other` knows and this one does not.
    public func merged(with other: MemberSummary) -> MemberSummary {
        MemberSummary(
            uuid: uuid ?? other.uuid, subject: subject ?? other.subject, createdAt: createdAt ?? other.createdAt,
            updatedAt: updatedAt ?? other.updatedAt, partyNames: partyNames ?? other.partyNames,
            dialogCount: dialogCount ?? other.dialogCount, analysisCount: analysisCount ?? other.analysisCount,
            attachmentCount: attachmentCount ?? other.attachmentCount, form: form ?? other.form)
    }
}
