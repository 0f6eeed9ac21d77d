import TermUI
import VConModel

/// The rows of each pane's list, built from the document without decoding any body.
///
///     [0] recording  2024-01-15 10:00:05Z  4.72s  [0] Alice, [1] Bob
///     [1] text       2024-01-15 10:02:00Z         [0] Alice
public enum PaneContent {
    /// The list items of `pane` (empty for Summary and JSON, which have no list).
    public static func items(_ pane: Pane, context: ContentContext) -> [PaneItem] {
        let theme = context.theme
        guard let vcon = context.document.vcon else {
            return pane == .security ? securityItems(context: context) : pane == .links ? linkItems(context: context) : []
        }
        switch pane {
        case .summary, .json:
            return []
        case .parties:
            return vcon.parties.map { party in
                // The role (contact center) is part of the label: `[0] Alice (agent, +1 555 0100)`.
                PaneItem(row: SafeText(party.resolvedLabel), pointer: "/parties/\(party.index)")
            }
        case .dialog:
            var previous: String?
            return vcon.dialog.map { dialog in
                var row = SafeText("[\(dialog.index)] ", style: theme.muted)
                row.append((dialog.type ?? "?").padding(10), style: theme.accent)
                row.append(" " + context.time.format(dialog.start, previous: previous))
                if let duration = dialog.duration, duration > 0 {
                    row.append("  " + TimeFormatter.duration(duration), style: theme.muted)
                }
                let names = dialog.parties.all.map { context.partyName($0) }.joined(separator: ", ")
                if !names.isEmpty { row.append("  " + names) }
                previous = dialog.start ?? previous
                return PaneItem(row: row, pointer: "/dialog/\(dialog.index)")
            }
        case .analysis:
            return vcon.analysis.map { analysis in
                var row = SafeText("[\(analysis.index)] ", style: theme.muted)
                row.append(analysis.type ?? "?", style: theme.accent)
                for d in analysis.dialog { row.append(" \(context.glyphs.arrowRight) dialog[\(d)]") }
                for a in analysis.attachment { row.append(" \(context.glyphs.arrowRight) attachments[\(a)]") }
                if let vendor = analysis.vendor { row.append("  " + vendor, style: theme.muted) }
                return PaneItem(row: row, pointer: "/analysis/\(analysis.index)")
            }
        case .attachments:
            return vcon.attachments.map { attachment in
                var row = SafeText("[\(attachment.index)] ", style: theme.muted)
                row.append(attachment.purpose ?? attachment.content.filename ?? "attachment", style: theme.accent)
                if let type = attachment.content.mediatype { row.append("  " + type, style: theme.muted) }
                if let p = attachment.party { row.append("  party " + context.partyName(p)) }
                if let d = attachment.dialog { row.append(", dialog \(d)") }
                return PaneItem(row: row, pointer: "/attachments/\(attachment.index)")
            }
        case .links:
            return linkItems(context: context)
        case .security:
            return securityItems(context: context)
        }
    }

    /// The detail lines of `item` in `pane` (Summary ignores the item).
    public static func detail(_ pane: Pane, item: Int?, context: ContentContext) -> [DetailLine] {
        var w = DetailWriter(theme: context.theme, glyphs: context.glyphs)
        switch pane {
        case .summary: summary(into: &w, context: context)
        case .parties: if let item { party(item, into: &w, context: context) }
        case .dialog: if let item { dialog(item, into: &w, context: context) }
        case .analysis: if let item { analysis(item, into: &w, context: context) }
        case .attachments: if let item { attachment(item, into: &w, context: context) }
        case .links: if let item { link(item, into: &w, context: context) }
        case .security: if let item { security(item, into: &w, context: context) }
        case .json: break
        }
        if w.lines.isEmpty, pane.hasList {
            w.lines.append(DetailLine(SafeText(emptyText(pane, context: context), style: context.theme.muted)))
        }
        return w.lines
    }

    static func emptyText(_ pane: Pane, context: ContentContext) -> String {
        if context.document.vcon == nil, pane != .security, pane != .links {
            return context.document.file?.innerNote ?? "no readable vCon in this file"
        }
        return "no \(pane.title.lowercased()) in this vCon"
    }

    /// Writes the members of `object` not in `skip` as generic fields.
    static func otherFields(_ object: JSONValue, skip: Set<String>, pointer: String, into w: inout DetailWriter) {
        for member in object.members where !skip.contains(member.key) {
            w.field(
                member.key, DetailPreview.value(member.value, quote: false),
                pointer: pointer + "/" + BodyLines.escape(member.key))
        }
    }
}

extension ContentContext {
    /// A party's short name for list rows: `[1] Bob`.
    func partyName(_ index: Int) -> String {
        guard let party = document.vcon.flatMap({ VConItems.party($0, index) }) else { return "[\(index)] ?" }
        return "[\(index)] " + party.labelWithRole
    }
}

extension String {
    /// Pads with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
