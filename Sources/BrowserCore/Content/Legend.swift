import TermUI

/// The help's "legend" tab: what the glyphs and badges on screen mean.
enum Legend {
    static func lines(glyphs: Glyphs, theme: Theme) -> [SafeText] {
        func row(_ symbol: String, _ meaning: String) -> SafeText {
            var line = SafeText(symbol.padding(22), style: theme.accent)
            line.append(meaning)
            return line
        }
        let ascii = glyphs.isASCII
        return [
            SafeText("Envelope badges", style: theme.accent),
            row(ascii ? "[S]" : "✔ Authentic", "signature verified, chain trusted"),
            row(ascii ? "[s?]" : "? Unverified", "signature valid, chain not trusted (the reason says why)"),
            row(ascii ? "[S!]" : "✖ Invalid signature", "signature invalid (the reason says why)"),
            row(ascii ? "[E]" : "🔒 Encrypted", "encrypted, no key (pass --key)"),
            row(ascii ? "[E!]" : "⚠ Encrypted, not signed", "encrypted but not signed"),
            row(ascii ? "[-]" : "· Unsigned", "no signature"),
            SafeText(),
            SafeText("Glyphs", style: theme.accent),
            row(glyphs.selectionMarker, "the selected row"),
            row(glyphs.collapsed + " " + glyphs.expanded, "folded / unfolded tree node (h, l, Space)"),
            row(glyphs.arrowRight, "a reference: Enter follows it, [ comes back"),
            row(glyphs.arrowLeft, "referenced by: something points here"),
            row(glyphs.ellipsis, "cut to fit (the whole value: y y, X, or the JSON pane)"),
            row("\\u001b", "an escape or control character from the file, shown, never sent to the terminal"),
            SafeText(),
            SafeText("Times (T)", style: theme.accent),
            row("…Z", "UTC"),
            row("…+02:00", "local time, or as written (offset)"),
            row("T+1m 05s", "relative to the conversation's start"),
            row("Δ+4.2s", "delta from the previous row"),
            SafeText(),
            SafeText("Paths", style: theme.accent),
            row(".dialog[2].parties", "where the focused value is (status line; y p copies the JSON Pointer)"),
        ]
    }
}
