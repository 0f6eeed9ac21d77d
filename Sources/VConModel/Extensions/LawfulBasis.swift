/// A lawful-basis attachment (draft-howe-vcon-lawful-basis-02 §5): `purpose` (the draft's own example:
/// `type`) `lawful_basis`, a JSON body with `lawful_basis`, `expiration`, `purpose_grants`, and the
/// attachment's `party`/`dialog` as its scope.
public struct LawfulBasis: Sendable {
    public let attachment: Attachment
    public let body: JSONValue

    /// The extension's token and attachment purpose.
    public static let name = "lawful_basis"
    /// §5.2.1: the bases a body may name (GDPR Art. 6).
    public static let bases: Set<String> = [
        "consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests",
    ]

    /// One entry of `purpose_grants`.
    public struct Grant: Sendable {
        public var purpose: String
        public var granted: Bool?
        public var grantedAt: String?
        public var conditions: [String]
    }

    /// The lawful basis of an attachment whose purpose (or type) is `lawful_basis` and body a JSON object.
    public init?(_ attachment: Attachment) {
        guard attachment.purpose == Self.name, let body = attachment.content.jsonValue(), body.isObject else { return nil }
        self.attachment = attachment
        self.body = body
    }

    /// `consent`, `legitimate_interests`…
    public var basis: String? { body["lawful_basis"]?.string }
    /// The expiration as written; nil when absent or null (null: indefinite, §5.2.1).
    public var expiration: String? { body["expiration"]?.string }
    /// True when `expiration` is present and null (valid indefinitely, subject to revalidation).
    public var isIndefinite: Bool { body["expiration"]?.isNull ?? false }
    public var termsOfService: String? { body["terms_of_service"]?.string }
    public var statusInterval: String? { body["status_interval"]?.string }

    public var grants: [Grant] {
        (body["purpose_grants"]?.elements ?? []).prefix(500).compactMap { grant in
            guard let purpose = grant["purpose"]?.string else { return nil }
            return Grant(
                purpose: purpose, granted: grant["granted"]?.bool, grantedAt: grant["granted_at"]?.string,
                conditions: grant["conditions"]?.elements.compactMap(\.string) ?? [])
        }
    }

    /// `recording ✓, transcription ✓, sentiment_analysis ✗` (`+`/`-` in ASCII).
    public func purposesText(ascii: Bool) -> String {
        grants.map { grant in
            let mark = grant.granted == true ? (ascii ? "+" : "✓") : grant.granted == false ? (ascii ? "-" : "✗") : "?"
            return TextSafety.line(grant.purpose) + " " + mark + (grant.conditions.isEmpty ? "" : " (conditions)")
        }.joined(separator: ", ")
    }

    /// Seconds by which the basis had expired when the vCon was created (`created_at`), or nil when it had not
    /// (or either time is missing or unreadable).
    public func expiredBeforeCreation(createdAt: String?) -> Double? {
        guard let expiration, let end = RFC3339Time(expiration), let createdAt, let created = RFC3339Time(createdAt) else { return nil }
        let late = created.epochSeconds - end.epochSeconds
        return late > 0 ? late : nil
    }
}
