import VConBundle
import VConModel

/// The text of `bundle list`: aligned columns, one vCon a line.
enum BundleListing {
    static func render(_ summaries: [BundleMemberSummary], reader: BundleReader) -> String {
        let rows = summaries.map { summary -> [String] in
            [
                TextSafety.line(summary.member.nameUUID), summary.formName, files(summary, reader: reader),
                summary.problem.map { "(unreadable: \(TextSafety.line($0)))" } ?? summary.title,
            ]
        }
        let uuidWidth = rows.map { $0[0].count }.max() ?? 0
        let formWidth = rows.map { $0[1].count }.max() ?? 0
        let filesWidth = rows.map { $0[2].count }.max() ?? 0
        return rows.map { row in
            [pad(row[0], uuidWidth), pad(row[1], formWidth), pad(row[2], filesWidth), row[3]].joined(separator: "  ") + "\n"
        }.joined()
    }

    /// `3 files`, `2 files (1 missing)`, or `? files` when encryption hides the references.
    static func files(_ summary: BundleMemberSummary, reader: BundleReader) -> String {
        if summary.isEncrypted { return "? files" }
        let required = summary.references.filter(\.isRequired)
        var stems = Set<String>()
        var missing = Set<String>()
        for reference in required {
            let stem = reference.primaryHash?.fileStem ?? reference.pointer
            stems.insert(stem)
            if reader.file(for: reference.hashes) == nil { missing.insert(stem) }
        }
        let count = "\(stems.count) file\(stems.count == 1 ? "" : "s")"
        return missing.isEmpty ? count : "\(count) (\(missing.count) missing)"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
