import Foundation
import VConModel

/// The text form of `show`: aligned `label  value` lines, then one line per party, dialog,
/// analysis, attachment and relation.
extension ShowReport {
    /// The whole summary, newline-terminated.
    public func text() -> String {
        var out: [String] = [TextSafety.line(file.source)]
        func field(_ label: String, _ value: String) { out.append("  " + label.padding(toLength: 12, withPad: " ", startingAt: 0) + value) }
        field("form", layersDescription)
        if let envelope {
            for line in envelope.lines where security == nil || !line.hasPrefix("signatures not checked") { field("envelope", line) }
        }
        if let security {
            field("security", security.badge(ascii: false))
            field("layers", security.stackLine)
        }
        guard let vcon = file.vcon else {
            if let note = file.innerNote { field("payload", TextSafety.line(note)) }
            field("findings", FindingsReport.counts(findings))
            return out.joined(separator: "\n") + "\n"
        }
        if file.isEnveloped {
            field(
                "payload",
                security == nil
                    ? "the vCon below, read from the payload (signature not checked here)" : "the vCon below, read from the payload")
        }
        field("generation", Self.generationDescription(vcon))
        if let profile = profileDescription { field("profile", profile) }
        let spellings = Self.distinctSpellings(vcon)
        if !spellings.isEmpty { field("spellings", spellings.map(\.rawValue).joined(separator: ", ")) }
        field("uuid", safe(vcon.uuid))
        field("created", safe(vcon.createdAt))
        field("updated", safe(vcon.updatedAt))
        field("subject", safe(vcon.subject))
        if !vcon.extensions.isEmpty { field("extensions", vcon.extensions.map(TextSafety.line).joined(separator: ", ")) }
        if !vcon.critical.isEmpty {
            let unsupported = Self.unsupportedCritical(vcon)
            let warning =
                unsupported.isEmpty
                ? ""
                : "  !! NOT SUPPORTED by this reader: \(unsupported.map(TextSafety.line).joined(separator: ", ")); the content below may be misread"
            field("critical", vcon.critical.map(TextSafety.line).joined(separator: ", ") + warning)
        }
        if !vcon.unknownKeys.isEmpty { field("other keys", vcon.unknownKeys.map(TextSafety.line).joined(separator: ", ")) }

        /// `name (N)`, then one indented line each.
        func section(_ name: String, _ lines: [String]) {
            out.append("\(name) (\(lines.count))")
            out += lines.map { "  " + $0 }
        }
        section("parties", vcon.parties.map(partyLine))
        section("dialog", vcon.dialog.map { dialogLine($0, vcon) })
        section("analysis", vcon.analysis.map(analysisLine))
        section("attachments", vcon.attachments.map { attachmentLine($0, vcon) })
        section("relations", relationLines(vcon))
        out.append(
            "findings (\(findings.count)): " + FindingsReport.counts(findings)
                + (findings.isEmpty ? "" : "; details: vcon-browser validate \(TextSafety.line(file.source))"))
        return out.joined(separator: "\n") + "\n"
    }

    private func safe(_ text: String?) -> String { text.map(TextSafety.line) ?? "-" }

    private func partyLine(_ party: Party) -> String {
        var parts = [party.resolvedLabel]
        let identifiers: [(String, String?)] = [
            ("tel", party.tel), ("mailto", party.mailto), ("sip", party.sip), ("did", party.did), ("uuid", party.uuid),
            ("role", party.role), ("stir", party.stir.map { _ in "PASSporT" }),
        ]
        for (label, value) in identifiers { if let value { parts.append("\(label) \(TextSafety.line(value))") } }
        if !party.json.isObject { parts.append("(not an object)") }
        return parts.joined(separator: "  ")
    }

    private func dialogLine(_ item: Dialog, _ vcon: VCon) -> String {
        if item.isPlaceholder { return "[\(item.index)] (empty placeholder)" }
        var parts = ["[\(item.index)] \(safe(item.type))", safe(item.start)]
        if let duration = item.json["duration"]?.numberText { parts.append("\(duration) s") }
        if case .none = item.parties {} else { parts.append("parties " + Self.partiesDescription(item.parties, in: vcon)) }
        if let originator = item.originator { parts.append("originator " + vcon.partyLabel(originator)) }
        if let disposition = item.disposition { parts.append("disposition \(TextSafety.line(disposition))") }
        for (label, value) in [("transferee", item.transferee), ("transferor", item.transferor)] {
            if let value { parts.append("\(label) " + vcon.partyLabel(value)) }
        }
        if let target = item.transferTarget {
            parts.append("target " + Analysis.indices(target).map(vcon.partyLabel).joined(separator: ", "))
        }
        if let mediatype = item.content.mediatype { parts.append(TextSafety.line(mediatype)) }
        if item.content.isInline || item.content.isExternal { parts.append(Self.contentDescription(item.content)) }
        return parts.joined(separator: "  ")
    }

    private func analysisLine(_ item: Analysis) -> String {
        if item.isPlaceholder { return "[\(item.index)] (empty placeholder)" }
        var parts = ["[\(item.index)] \(safe(item.type))"]
        if !item.dialog.isEmpty { parts.append("dialog " + Self.indices(item.dialog)) }
        if !item.attachment.isEmpty { parts.append("attachment " + Self.indices(item.attachment)) }
        if let vendor = item.vendor { parts.append("vendor \(TextSafety.line(vendor))") }
        if let product = item.product { parts.append("product \(TextSafety.line(product))") }
        if let mediatype = item.content.mediatype { parts.append(TextSafety.line(mediatype)) }
        parts.append(Self.contentDescription(item.content))
        return parts.joined(separator: "  ")
    }

    private func attachmentLine(_ item: Attachment, _ vcon: VCon) -> String {
        if item.isPlaceholder { return "[\(item.index)] (empty placeholder)" }
        var parts = ["[\(item.index)] \(safe(item.purpose))"]
        if let party = item.party { parts.append("party " + vcon.partyLabel(party)) }
        if let dialog = item.dialog { parts.append("dialog \(dialog)") }
        if let start = item.start { parts.append(TextSafety.line(start)) }
        if let mediatype = item.content.mediatype { parts.append(TextSafety.line(mediatype)) }
        if let filename = item.content.filename { parts.append("file \(TextSafety.line(filename))") }
        parts.append(Self.contentDescription(item.content))
        return parts.joined(separator: "  ")
    }

    private func relationLines(_ vcon: VCon) -> [String] {
        var lines: [String] = []
        for (k, reference) in vcon.group.enumerated() { lines.append("group[\(k)]  " + referenceText(reference)) }
        for reference in [vcon.redacted, vcon.amended].compactMap({ $0 }) where !reference.isEmpty && !reference.json.isNull {
            lines.append("\(reference.kind.rawValue)  " + referenceText(reference))
        }
        return lines
    }

    private func referenceText(_ reference: VConReference) -> String {
        var parts: [String] = []
        if let uuid = reference.uuid { parts.append("uuid \(TextSafety.line(uuid))") }
        if let type = reference.type { parts.append("type \(TextSafety.line(type))") }
        if reference.content.isInline || reference.content.isExternal { parts.append(Self.contentDescription(reference.content)) }
        return parts.isEmpty ? "(no uuid, url or body)" : parts.joined(separator: "  ")
    }
}
