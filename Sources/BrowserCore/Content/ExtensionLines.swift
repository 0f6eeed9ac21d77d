import VConModel

/// The Summary's `extensions` and `critical` lines, one name a line with "known" (and what this reader
/// shows for it) or "unknown to this reader"; an unknown critical extension is drawn as an error (the vCon
/// may be misread; the `critical-extension` finding says so too).
///
///     extensions  lawful_basis  known: lawful basis attachments
///                 x-acme        unknown to this reader
///     critical    x-acme        UNKNOWN to this reader: what is shown may be misread
enum ExtensionLines {
    static func write(_ vcon: VCon, into w: inout DetailWriter, context: ContentContext) {
        let critical = vcon.json["critical"] != nil ? "critical" : "must_support"
        let names = vcon.extensions + vcon.critical
        let width = min(24, names.map { TextSafety.line($0).count }.max() ?? 0)
        func padded(_ name: String) -> String {
            let safe = TextSafety.line(name)
            return safe.count >= width ? safe + "  " : safe + String(repeating: " ", count: width - safe.count + 2)
        }
        for (k, name) in vcon.extensions.enumerated() {
            w.field(k == 0 ? "extensions" : "", padded(name) + describe(name), pointer: "/extensions/\(k)")
        }
        for (k, name) in vcon.critical.enumerated() {
            let known = KnownExtension.named(name) != nil
            let text = padded(name) + (known ? describe(name) : "UNKNOWN to this reader: what is shown may be misread")
            w.field(k == 0 ? critical : "", text, pointer: "/\(critical)/\(k)", style: known ? .plain : context.theme.error)
        }
    }

    /// `known: contact center` (the part of the extension's summary before its colon) or `unknown to this reader`.
    static func describe(_ name: String) -> String {
        guard let known = KnownExtension.named(name) else { return "unknown to this reader" }
        let what = known.summary.split(separator: ":", maxSplits: 1).first.map(String.init) ?? known.summary
        return "known: " + what
    }
}
