/// The one-line summary of a diff: "3 fields changed in 2 items, 1 dialog redacted (placeholder), 1 analysis added".
extension VConDiff.Result {
    public var summary: String {
        switch mode {
        case .lines: return lineSummary
        case .semantic: return semanticSummary
        }
    }

    private var semanticSummary: String {
        var parts: [String] = []
        let fields = entries.filter { $0.level == .field && $0.section != .top }
        let changedItems = entries.filter { $0.level == .item && $0.kind == .changed }
        if !fields.isEmpty {
            parts.append("\(Self.count(fields.count, "field", "fields")) changed in \(Self.count(changedItems.count, "item", "items"))")
        }
        let top = entries.filter { $0.section == .top }
        if !top.isEmpty {
            parts.append("\(Self.count(top.count, "top-level field", "top-level fields")) changed")
        }
        let wording: [(VConDiff.Kind, String)] = [
            (.redacted, "redacted (placeholder)"), (.filled, "filled (was a placeholder)"), (.added, "added"), (.removed, "removed"),
            (.moved, "moved"),
        ]
        for (kind, words) in wording {
            for section in VConDiff.Section.itemSections {
                let n = entries.filter { $0.level == .item && $0.kind == kind && $0.section == section }.count
                if n > 0 { parts.append("\(Self.count(n, section.singular, section.plural)) \(words)") }
            }
        }
        if omitted > 0 { parts.append("\(omitted) more not listed") }
        return parts.isEmpty ? "no differences" : parts.joined(separator: ", ")
    }

    private var lineSummary: String {
        switch lineDiff {
        case .tooLarge(let message)?: return message
        case .lines(let lines)?:
            let added = lines.filter { $0.op == .inserted }.count
            let removed = lines.filter { $0.op == .deleted }.count
            if added == 0 && removed == 0 { return "no differences (line diff)" }
            return "line diff: \(Self.count(added, "line", "lines")) added, \(Self.count(removed, "line", "lines")) removed"
        case nil: return "no line diff"
        }
    }

    private static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }
}
