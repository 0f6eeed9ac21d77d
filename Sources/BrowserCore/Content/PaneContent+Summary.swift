import Foundation
import TermUI
import VConModel
import VConSIP

/// The Summary pane: what the conversation is, at a glance.
///
///     Subject     python-vcon feature sampler
///     Start       2022-09-23 23:24:59Z
///     Duration    …
///     Parties     → [0] Alice (+12345678901)
///     Dialog      → 4: 2 recording, 2 text
///     Summary     → analysis[1] summary
///       Alice called Bob; they exchanged greetings.
extension PaneContent {
    static func summary(into w: inout DetailWriter, context: ContentContext) {
        let document = context.document
        guard let vcon = document.vcon else {
            w.heading("No readable vCon")
            w.text(document.file?.innerNote ?? "the file could not be read as a vCon", pointer: nil)
            w.blank()
            w.field("file", document.name, pointer: nil)
            w.field("form", document.file?.layers.map(\.description).joined(separator: " > "), pointer: "")
            w.field("envelope", SecurityBadge.file(document, ascii: context.glyphs.isASCII), pointer: "")
            return
        }
        w.field("Subject", vcon.subject ?? "(none)", pointer: "/subject", style: Style(bold: true))
        w.field("uuid", vcon.uuid ?? "(none)", pointer: "/uuid")
        w.field("vcon", document.generationText, pointer: "/vcon")
        if let profile = document.profile {
            w.field("profile", "\(profile.name): \(profile.draft)", pointer: nil)
            if let note = document.profileNote { w.field("", note, pointer: nil, style: context.theme.warning) }
        }
        ExtensionLines.write(vcon, into: &w, context: context)
        w.field("created", context.time.format(vcon.createdAt), pointer: "/created_at")
        if let updated = vcon.updatedAt { w.field("updated", context.time.format(updated), pointer: "/updated_at") }
        let dialogs = vcon.dialog
        let starts = dialogs.compactMap { d in d.start.flatMap(RFC3339Time.init).map { (d, $0) } }
        if let first = starts.min(by: { $0.1.epochSeconds < $1.1.epochSeconds }) {
            w.field("Start", context.time.format(first.1), pointer: "/dialog/\(first.0.index)/start")
            let ends = starts.map { $0.1.epochSeconds + ($0.0.duration ?? 0) }
            if let end = ends.max() {
                // The end is computed, so "as written" shows it at the offset the start was written with.
                let endTime = RFC3339Time(epochSeconds: end, offsetSeconds: first.1.offsetSeconds)
                w.field("End", context.time.format(endTime), pointer: nil)
                w.field("Duration", TimeFormatter.duration(end - first.1.epochSeconds), pointer: nil)
            }
        }
        w.field("file", document.name, pointer: nil)
        w.field("envelope", SecurityBadge.file(document, ascii: context.glyphs.isASCII), pointer: "")
        w.blank()
        let parties = vcon.parties
        if parties.isEmpty { w.field("Parties", "none", pointer: "/parties") }
        for (n, party) in parties.enumerated() {
            w.link(
                "Parties", party.resolvedLabel, pointer: "/parties/\(party.index)",
                link: .pointer("/parties/\(party.index)"), first: n == 0)
        }
        w.link(
            "Dialog", "\(dialogs.count)" + countByType(dialogs.map { $0.type ?? "?" }), pointer: "/dialog",
            link: .pointer(dialogs.isEmpty ? "/dialog" : "/dialog/0"))
        let analyses = vcon.analysis
        w.link(
            "Analysis", "\(analyses.count)" + countByType(analyses.map { $0.type ?? "?" }), pointer: "/analysis",
            link: .pointer(analyses.isEmpty ? "/analysis" : "/analysis/0"))
        let attachments = vcon.attachments
        w.link(
            "Attachments", "\(attachments.count)" + countByType(attachments.map { $0.purpose ?? $0.content.mediatype ?? "attachment" }),
            pointer: "/attachments", link: .pointer(attachments.isEmpty ? "/attachments" : "/attachments/0"))
        if document.findingsChecked {
            let errors = document.findings.filter { $0.severity == .error }.count
            let warnings = document.findings.filter { $0.severity == .warning }.count
            let infos = document.findings.count - errors - warnings
            w.field(
                "Findings",
                "\(document.findings.count): \(Counted.text(errors, "error")), \(Counted.text(warnings, "warning")), \(infos) info  (! lists them)",
                pointer: nil, style: errors > 0 ? context.theme.error : .plain)
        } else {
            w.field("Findings", "checking…", pointer: nil, style: context.theme.muted)
        }
        if LadderSources.hasSignaling(vcon) {
            let dialogs = LadderSources.signalingDialogs(vcon)
            w.link(
                "Signaling",
                "SIP ladder" + (dialogs.isEmpty ? "" : " of dialog " + dialogs.map(String.init).joined(separator: ", "))
                    + "  (L)", pointer: nil, link: .pointer("#ladder"))
        }
        if !vcon.references.isEmpty {
            w.link(
                "Links", "\(vcon.references.count): " + vcon.references.map(\.kind.rawValue).joined(separator: ", "),
                pointer: nil, link: .pointer("#links"))
        }
        for analysis in analyses where (analysis.type ?? "").lowercased().contains("summary") {
            w.blank()
            w.link(
                "Summary", "analysis[\(analysis.index)] \(analysis.type ?? "")",
                pointer: "/analysis/\(analysis.index)", link: .pointer("/analysis/\(analysis.index)"))
            if let text = analysis.content.decodedText() {
                w.text(String(text.prefix(4000)), pointer: "/analysis/\(analysis.index)/body")
            }
        }
    }

    /// `: 2 recording, 2 text` in first-seen order.
    static func countByType(_ types: [String]) -> String {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for type in types {
            if counts[type] == nil { order.append(type) }
            counts[type, default: 0] += 1
        }
        guard !order.isEmpty else { return "" }
        return ": " + order.map { "\(counts[$0] ?? 0) \($0)" }.joined(separator: ", ")
    }
}
