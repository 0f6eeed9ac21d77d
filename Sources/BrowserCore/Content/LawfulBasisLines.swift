import VConModel

/// A lawful-basis attachment's body as fields (draft-howe-vcon-lawful-basis-02 §5.2): the basis, its
/// expiry (marked when it had expired before the vCon was created), the purposes granted or denied, and
/// its scope (the attachment's party and dialog, the grants' conditions, the terms of service).
enum LawfulBasisLines {
    static func write(_ basis: LawfulBasis, vcon: VCon, pointer: String, into w: inout DetailWriter, context: ContentContext) {
        w.blank()
        w.heading("Lawful basis (\(LawfulBasis.name))", pointer: pointer + "/body")
        w.field("basis", basis.basis ?? "(none)", pointer: pointer + "/body/lawful_basis")
        if let expiration = basis.expiration {
            var shown = context.time.format(expiration)
            let expired = basis.expiredBeforeCreation(createdAt: vcon.createdAt) != nil
            if expired {
                shown += "  " + TimeFormatter.invalidMarker(ascii: context.glyphs.isASCII) + " expired before the vCon was created"
            }
            w.field("expires", shown, pointer: pointer + "/body/expiration", style: expired ? context.theme.error : .plain)
        } else if basis.isIndefinite {
            w.field("expires", "never (null: indefinite, subject to revalidation)", pointer: pointer + "/body/expiration")
        }
        w.field("purposes", basis.purposesText(ascii: context.glyphs.isASCII), pointer: pointer + "/body/purpose_grants")
        var scope: [String] = []
        if let party = basis.attachment.party { scope.append("party " + context.partyName(party)) }
        if let dialog = basis.attachment.dialog { scope.append("dialog \(dialog)") }
        // Neither named: the basis covers the whole conversation.
        if scope.isEmpty { scope.append("the whole vCon (no party or dialog named)") }
        let conditions = basis.grants.flatMap(\.conditions)
        if !conditions.isEmpty { scope.append("conditions: " + conditions.joined(separator: "; ")) }
        w.field("scope", scope.joined(separator: ", "), pointer: pointer)
        w.field("terms", basis.termsOfService, pointer: pointer + "/body/terms_of_service")
        w.field("revalidate", basis.statusInterval, pointer: pointer + "/body/status_interval")
    }
}
