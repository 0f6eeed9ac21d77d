import VConModel

/// "Referenced by": for each party, dialog and attachment, the fields elsewhere that point at it.
public struct ReferenceIndex: Sendable {
    /// A field that points at an item: its pointer (`/analysis/0/dialog`) and a label (`analysis[0] transcript`).
    public struct Reference: Sendable, Hashable {
        public var pointer: String
        public var label: String
    }

    private var table: [String: [Reference]] = [:]

    public init() {}

    /// Indexes every index reference of `vcon` (dialog parties, originator, transfer roles, party history,
    /// analysis dialog/attachment, attachment party/dialog, transfer target dialogs).
    public init(vcon: VCon) {
        for dialog in vcon.dialog {
            let d = dialog.index
            let label = "dialog[\(d)] \(dialog.type ?? "")"
            for party in dialog.parties.all { add("/parties/\(party)", "/dialog/\(d)/parties", label) }
            if let o = dialog.originator { add("/parties/\(o)", "/dialog/\(d)/originator", label + " originator") }
            if let t = dialog.transferee { add("/parties/\(t)", "/dialog/\(d)/transferee", label + " transferee") }
            if let t = dialog.transferor { add("/parties/\(t)", "/dialog/\(d)/transferor", label + " transferor") }
            if let t = dialog.transferTarget?.int {
                add("/parties/\(t)", "/dialog/\(d)/transfer_target", label + " transfer target")
            }
            for (k, event) in dialog.partyHistory.enumerated() {
                if let p = event.party {
                    add("/parties/\(p)", "/dialog/\(d)/party_history/\(k)", label + " \(event.event ?? "event")")
                }
            }
            for (name, value) in [
                ("target_dialog", dialog.targetDialog), ("original", dialog.original),
                ("consultation", dialog.consultation),
            ] {
                if let target = value?.int { add("/dialog/\(target)", "/dialog/\(d)/\(name)", label + " \(name)") }
            }
        }
        for analysis in vcon.analysis {
            let label = "analysis[\(analysis.index)] \(analysis.type ?? "")"
            for d in analysis.dialog { add("/dialog/\(d)", "/analysis/\(analysis.index)/dialog", label) }
            for a in analysis.attachment { add("/attachments/\(a)", "/analysis/\(analysis.index)/attachment", label) }
        }
        for attachment in vcon.attachments {
            let label = "attachments[\(attachment.index)] \(attachment.purpose ?? attachment.content.filename ?? "")"
            if let p = attachment.party { add("/parties/\(p)", "/attachments/\(attachment.index)/party", label) }
            if let d = attachment.dialog { add("/dialog/\(d)", "/attachments/\(attachment.index)/dialog", label) }
        }
    }

    private mutating func add(_ target: String, _ pointer: String, _ label: String) {
        let reference = Reference(pointer: pointer, label: label.trimmingTrailingSpaces)
        if table[target]?.contains(reference) != true { table[target, default: []].append(reference) }
    }

    /// The references to the item at `pointer`, in document order.
    public func references(to pointer: String) -> [Reference] { table[pointer] ?? [] }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
