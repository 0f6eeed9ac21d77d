import VConModel

/// Collects a `LadderInput` from a vCon: parties, the dialog, its SIP attachments and its events.
///
/// Sources (SIP signaling draft §6): `sip-message-trace` (JSON body, or a string/base64url body holding
/// that JSON), individual `message/sip` attachments (`sip-invite`, `sip-response`, `sip-ack`, `sip-bye`,
/// `sip-cancel`, `sip-update`, `sip-refer`, any other `sip-*`), `sip-sdp`, `sip-headers`; dialog
/// `sip_call_id`, `party_history`, `start`/`duration` and `transfer` dialogs; party `sip_*` parameters.
public enum LadderSources {
    /// Individual-message purposes and the method each names (nil: a response).
    public static let messagePurposes: [String: String?] = [
        "sip-invite": "INVITE", "sip-response": nil, "sip-ack": "ACK", "sip-bye": "BYE",
        "sip-cancel": "CANCEL", "sip-update": "UPDATE", "sip-refer": "REFER",
    ]

    /// What an attachment is for the ladder.
    public enum AttachmentRole: Sendable, Equatable {
        case trace, message, sdp, headers
    }

    /// The ladder role of an attachment, or nil when it is not SIP signaling (`stir-*` included).
    public static func role(of attachment: Attachment) -> AttachmentRole? {
        let purpose = attachment.purpose ?? ""
        switch purpose {
        case "sip-message-trace": return .trace
        case "sip-sdp": return .sdp
        case "sip-headers": return .headers
        default:
            if purpose.hasPrefix("sip-") { return .message }
            if attachment.content.mediatype?.lowercased().hasPrefix("message/sip") == true { return .message }
            return nil
        }
    }

    /// Whether any attachment carries SIP signaling.
    public static func hasSignaling(_ vcon: VCon) -> Bool {
        vcon.attachments.contains { role(of: $0) != nil }
    }

    /// Dialog indices that SIP attachments name, sorted; when signaling names no dialog and the vCon has
    /// exactly one, that one.
    public static func signalingDialogs(_ vcon: VCon) -> [Int] {
        let sip = vcon.attachments.filter { role(of: $0) != nil }
        var found = Set(sip.compactMap(\.dialog))
        if sip.contains(where: { $0.dialog == nil }) && vcon.dialog.count == 1 { found.insert(0) }
        return found.sorted()
    }

    /// The ladder input of one dialog, or of the whole vCon when `dialog` is nil.
    ///
    /// An attachment without `dialog` belongs to every dialog when the vCon has at most one dialog.
    public static func input(from vcon: VCon, dialog: Int?) -> LadderInput {
        let parties = vcon.parties.map { party in
            LadderParty(
                index: party.index, name: party.name, tel: party.tel, sip: party.sip, mailto: party.mailto,
                sipDisplayName: party.sipDisplayName, sipContact: party.sipContact, sipUserAgent: party.sipUserAgent,
                role: party.role)
        }
        let dialogs = vcon.dialog
        let chosen = dialog.flatMap { index in dialogs.first { $0.index == index } }
        var input = LadderInput(parties: parties, dialogParties: chosen?.parties.all ?? [], callID: chosen?.sipCallId)
        if let dialog, chosen == nil {
            input.warnings.append(SIPWarning("dialog \(dialog) does not exist (\(dialogs.count) dialogs)"))
        }
        let belongs: (Attachment) -> Bool = { attachment in
            guard let dialog else { return true }
            return attachment.dialog == dialog || (attachment.dialog == nil && dialogs.count <= 1)
        }
        for attachment in vcon.attachments where belongs(attachment) {
            guard let role = role(of: attachment) else { continue }
            let pointer = "/attachments/\(attachment.index)"
            switch role {
            case .trace:
                let trace = traceMessages(attachment: attachment)
                input.messages += trace.messages
                input.warnings += trace.warnings
            case .message:
                input.messages.append(message(attachment: attachment))
            case .sdp:
                let text = bodyText(attachment)
                input.sdpAttachments.append(
                    LadderSDPAttachment(
                        party: attachment.party, time: attachment.start.flatMap(LadderTime.parse),
                        text: text.text, source: pointer))
                input.warnings += text.warnings.map { SIPWarning("\(pointer): \($0.message)") }
            case .headers:
                if input.callID == nil, let value = attachment.content.jsonValue() {
                    input.callID = (value["Call-ID"] ?? value["call-id"] ?? value["i"])?.string
                }
            }
        }
        for item in dialogs where dialog == nil || item.index == dialog {
            input.events += events(of: item)
        }
        if let dialog { input.events += transferEvents(dialogs, concerning: dialog) }
        return input
    }
}
