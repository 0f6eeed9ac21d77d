import TermUI

/// The top line: program, file, generation (with "core-03 ok, not core-04" when only core-04's rules fail
/// the file), envelope verdict, findings, time mode.
///
///      vcon-browser · call.vcon · 0.4.0 · ? Unverified — chain not trusted · 1 finding              UTC
///      vcon-browser · de02f3…4e.json · 0.4.0 · ? Unverified — cha… · 1 finding                      UTC
///
/// The verdict word (`? Unverified`, `[s?]` in ASCII) is never cut and is drawn in its state's style;
/// when the line is short, the file name is shortened (in the middle) to 24 cells, then the verdict's reason is
/// cut, then the file name goes down to 16, the reason goes, and at last the program name.
extension BrowserScreen {
    static func header(
        _ state: AppState, layout: ScreenLayout, glyphs: Glyphs, theme: Theme,
        into buffer: inout CellBuffer
    ) {
        let right = SafeText(state.time.mode.badge(ascii: glyphs.isASCII))
        let room = max(0, layout.header.width - right.width - 3)
        let left: SafeText
        if let document = state.currentDocument {
            left = documentHeader(document, room: room, glyphs: glyphs, theme: theme)
        } else {
            let count = state.session.paged?.countText(ascii: glyphs.isASCII) ?? Counted.text(state.session.listed.count, "vCon")
            var text = SafeText("vcon-browser " + glyphs.separator + " " + count)
            if let filter = state.session.paged?.filterText, !filter.isEmpty {
                text.append(" " + glyphs.separator + " ")
                text.append("store filter: " + filter, style: theme.accent)
            }
            let skipped = state.session.skipped.count
            if skipped > 0 {
                text.append(" " + glyphs.separator + " ")
                text.append(Counted.text(skipped, "file") + " skipped (! says why)", style: theme.warning)
            }
            left = text
        }
        StatusBar(left: left, right: right, style: theme.bar, glyphs: glyphs)
            .render(into: &buffer, area: layout.header)
    }

    /// The header of one vCon fitted to `room` cells, the verdict word kept whole.
    static func documentHeader(_ document: BrowserDocument, room: Int, glyphs: Glyphs, theme: Theme) -> SafeText {
        let dot = " \(glyphs.separator) "
        let kind = BadgeKind.of(document)
        let badge = SecurityBadge.header(document, ascii: glyphs.isASCII, separator: glyphs.separator)
        let split = glyphs.isASCII ? " " : " — "
        let word = badge.components(separatedBy: split).first ?? badge
        let reason = word.count < badge.count ? String(badge.dropFirst(word.count)) : ""
        let file = SafeText(document.shortName).asciiOnly(if: glyphs.isASCII)
        let findings = document.findingsChecked ? Counted.text(document.findings.count, "finding") : "checking findings…"
        func line(program: Bool, fileWidth: Int, reasonWidth: Int) -> SafeText {
            var text = SafeText(program ? "vcon-browser" + dot : "")
            text.append(file.truncated(to: fileWidth, ellipsis: glyphs.ellipsis, position: .middle))
            text.append(dot + document.generationText)
            if let profile = document.profileText { text.append(" (" + profile + ")", style: theme.warning) }
            text.append(dot)
            text.append(SafeText(word, style: kind.style(theme)))
            if reasonWidth > 0 {
                text.append(
                    SafeText(reason, style: kind.style(theme)).asciiOnly(if: glyphs.isASCII).truncated(
                        to: reasonWidth, ellipsis: glyphs.ellipsis))
            }
            text.append(dot + findings)
            return text
        }
        let reasonWidth = SafeText(reason).width
        let full = line(program: true, fileWidth: file.width, reasonWidth: reasonWidth)
        if full.width <= room { return full }
        // The file name keeps up to 24 cells, then 16, while the reason gets what is left (a stub under 8
        // cells goes); then the file name takes the rest, and at last the program name goes.
        for fileBudget in [24, 16] {
            let fileWidth = min(file.width, fileBudget)
            let base = line(program: true, fileWidth: fileWidth, reasonWidth: 0).width
            if room - base >= min(8, reasonWidth) { return line(program: true, fileWidth: fileWidth, reasonWidth: room - base) }
        }
        for program in [true, false] {
            let bare = line(program: program, fileWidth: 0, reasonWidth: 0).width
            if bare + 8 <= room { return line(program: program, fileWidth: min(file.width, room - bare), reasonWidth: 0) }
        }
        return line(program: false, fileWidth: 0, reasonWidth: 0)
    }
}
