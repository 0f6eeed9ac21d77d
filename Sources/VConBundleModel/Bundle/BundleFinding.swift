import VConModel

/// A finding about a bundle: which archive entry it concerns (nil for the bundle as a whole), and the finding.
///
/// The finding's pointer and line:column are inside that entry; line:column are given only when they
/// point into the entry's own bytes (not into a decoded JWS payload).
public struct BundleFinding: Sendable, Equatable {
    public var entry: String?
    public var finding: Finding

    public init(entry: String?, _ finding: Finding) {
        self.entry = entry
        self.finding = finding
    }

    public init(entry: String?, _ severity: Finding.Severity, _ rule: String, pointer: String = "", _ message: String) {
        self.entry = entry
        self.finding = Finding(severity: severity, rule: rule, pointer: pointer, message: message)
    }

    /// `entry[:line:column][ pointer]: severity [rule] message`, every part terminal-safe.
    public var line: String { line(bundle: nil) }

    /// The same, the place prefixed by the bundle path: `bundle.vconz!vcons/x.json:3:5 /dialog/0: …`.
    public func line(bundle: String?) -> String {
        let prefix = bundle.map { TextSafety.line($0) + (entry == nil ? "" : "!") } ?? ""
        var place = prefix + (entry.map(TextSafety.line) ?? (bundle == nil ? "(bundle)" : ""))
        if let line = finding.line, let column = finding.column { place += ":\(line):\(column)" }
        if !finding.pointer.isEmpty { place += " \(TextSafety.line(finding.pointer))" }
        return "\(place): \(finding.severity.rawValue) [\(finding.rule)] \(TextSafety.line(finding.message))"
    }
}
