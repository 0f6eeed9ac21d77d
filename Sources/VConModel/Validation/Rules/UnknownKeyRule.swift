/// Members no draft defines for their object (kept and shown, never dropped), and members an older
/// generation defined but this one moved out of the core (party `role`, dialog `campaign`…). Info.
///
/// The same key in many array elements is reported once, at its first occurrence, with a count,
/// so a vCon with 10 000 dialog entries does not print 10 000 lines.
public struct UnknownKeyRule: ValidationRule {
    public static let id = "unknown-key"
    public static let section = "§6.3"
    public init() {}

    static func unknown(_ key: String, _ owner: String, more: Int) -> String {
        "\(owner) member \"\(TextSafety.line(key))\" is not defined by any vCon draft (kept and shown as is)" + also(more)
    }
    static func retired(_ key: String, _ owner: String, _ why: String, more: Int) -> String {
        "\(owner) member \"\(TextSafety.line(key))\" \(why)" + also(more)
    }
    static func sipWithoutExtension(_ key: String, more: Int) -> String {
        "\"\(key)\" is a SIP signaling extension member, but \"extensions\" does not list sip-signaling" + also(more)
    }
    private static func also(_ more: Int) -> String { more > 0 ? " (and in \(more) more)" : "" }

    /// Members of the contact-center extension (draft-ietf-vcon-cc-extension-02), which "CC" in `extensions` declares.
    static let contactCenter: Set<String> = ["role", "contact_list", "campaign", "interaction_type", "interaction_id", "skill"]
    static let sipParty: Set<String> = ["sip_contact", "sip_user_agent", "sip_display_name"]
    static let sipDialog: Set<String> = ["sip_call_id", "sip_from_tag", "sip_to_tag", "sip_cseq"]
    static let contentKeys: Set<String> = [
        "mediatype", "mimetype", "filename", "body", "encoding", "url", "content_hash", "alg", "signature",
    ]
    static let party: Set<String> = [
        "tel", "stir", "mailto", "name", "validation", "gmlpos", "civicaddress", "jCard", "timezone", "uuid",
        "role", "contact_list", "sip", "did", "type", "org", "dept",
    ]
    static let dialog: Set<String> = contentKeys.union([
        "type", "start", "duration", "parties", "originator", "disposition", "party_history",
        "transferee", "transferor", "transfer-target", "transfer_target", "target-dialog", "target_dialog", "original", "consultation",
        "campaign", "interaction", "interaction_type", "interaction_id", "skill", "application", "message_id", "session_id",
        "recordings", "recording_set",
    ])
    static let analysis: Set<String> = contentKeys.union(["type", "dialog", "attachment", "vendor", "product", "schema"])
    static let attachment: Set<String> = contentKeys.union(["purpose", "type", "start", "party", "dialog"])
    static let reference: Set<String> = contentKeys.union(["uuid", "type"])
    static let partyHistory: Set<String> = ["party", "time", "event", "dtmf", "button"]

    /// Members an older generation defined, with when and why they left the core.
    static let retiredKeys: [String: (since: Generation, why: String)] = [
        "role": (.v0_3_0, "moved from the core to the contact-center extension in 0.3.0"),
        "contact_list": (.v0_3_0, "moved from the core to the contact-center extension in 0.3.0"),
        "campaign": (.v0_3_0, "moved from the core to the contact-center extension in 0.3.0"),
        "interaction": (.v0_3_0, "moved from the core to the contact-center extension in 0.3.0"),
        "interaction_type": (.v0_3_0, "moved from the core to the contact-center extension in 0.3.0"),
        "interaction_id": (.v0_3_0, "moved from the core to the contact-center extension in 0.3.0"),
        "skill": (.v0_3_0, "moved from the core to the contact-center extension in 0.3.0"),
        "jCard": (.v0_4_0, "was removed in core-02 (it had never been specified)"),
        "timezone": (.v0_4_0, "was removed in core-02 (it had never been specified)"),
    ]

    private struct Hit {
        var first: JSONValue
        var more: Int
        var message: (Int) -> String
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let root = context.vcon.json
        let sipDeclared = context.vcon.extensions.contains("sip-signaling")
        let ccDeclared = context.vcon.extensions.contains("CC")
        var hits: [String: Hit] = [:]
        var order: [String] = []
        func note(_ bucket: String, _ keyValue: JSONValue, _ message: @escaping (Int) -> String) {
            if hits[bucket] != nil {
                hits[bucket]?.more += 1
            } else {
                hits[bucket] = Hit(first: keyValue, more: 0, message: message)
                order.append(bucket)
            }
        }
        func scan(_ object: JSONValue, _ known: Set<String>, owner: String, sip: Set<String> = []) {
            guard object.isObject else { return }
            for (key, value) in object.members {
                if sip.contains(key) {
                    if !sipDeclared { note("sip|\(key)", value) { Self.sipWithoutExtension(key, more: $0) } }
                } else if !known.contains(key) {
                    note("\(owner)|\(key)", value) { Self.unknown(key, owner, more: $0) }
                } else if ccDeclared, Self.contactCenter.contains(key) {
                    continue  // a CC extension member, declared
                } else if let retired = Self.retiredKeys[key], context.rulesGeneration >= retired.since {
                    note("\(owner)|\(key)", value) { Self.retired(key, owner, retired.why, more: $0) }
                }
            }
        }
        scan(root, VCon.coreKeys, owner: "vCon")
        for item in context.parties { scan(item.json, Self.party, owner: "party", sip: Self.sipParty) }
        for item in context.dialog {
            scan(item.json, Self.dialog, owner: "dialog", sip: Self.sipDialog)
            for event in item.partyHistory { scan(event.json, Self.partyHistory, owner: "party_history") }
        }
        for item in context.analysis { scan(item.json, Self.analysis, owner: "analysis") }
        for item in context.attachments { scan(item.json, Self.attachment, owner: "attachment") }
        for reference in context.vcon.group + [context.vcon.redacted, context.vcon.amended].compactMap({ $0 }) {
            scan(reference.json, Self.reference, owner: reference.kind.rawValue)
        }
        for bucket in order {
            guard let hit = hits[bucket] else { continue }
            findings.append(finding(.info, at: hit.first, hit.message(hit.more)))
        }
    }
}
