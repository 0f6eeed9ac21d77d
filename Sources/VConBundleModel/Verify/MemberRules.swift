import VConModel

/// Rules about the vCons themselves: readable, named by their uuid, unique, group links present.
public enum MemberRules {
    public static func check(_ summaries: [BundleMemberSummary]) -> [BundleFinding] {
        var findings: [BundleFinding] = []
        var byUUID: [String: [String]] = [:]
        for summary in summaries {
            let entry = summary.member.entryName
            if let problem = summary.problem {
                findings.append(BundleFinding(entry: entry, .error, "bundle-vcon-unreadable", problem))
                continue
            }
            if summary.isEncrypted {
                findings.append(
                    BundleFinding(
                        entry: entry, .info, "bundle-encrypted",
                        "encrypted vCon: its file references cannot be checked without the key"))
            }
            guard let uuid = summary.uuid else {
                if summary.isEncrypted {
                    findings.append(
                        BundleFinding(
                            entry: entry, .info, "bundle-uuid-unchecked",
                            "encrypted vCon with no uuid in its JOSE headers: the file name cannot be checked"))
                } else {
                    findings.append(BundleFinding(entry: entry, .error, "bundle-uuid-missing", pointer: "/uuid", "the vCon has no uuid"))
                }
                continue
            }
            byUUID[uuid, default: []].append(entry)
            if uuid != summary.member.nameUUID {
                findings.append(
                    BundleFinding(
                        entry: entry, .error, "bundle-uuid-mismatch",
                        "file name says \(TextSafety.line(summary.member.nameUUID)) but the vCon's uuid (\(summary.uuidSource ?? "vcon")) is \(TextSafety.line(uuid))"
                    ))
            }
        }
        for (uuid, entries) in byUUID.sorted(by: { $0.key < $1.key }) where entries.count > 1 {
            for entry in entries {
                findings.append(
                    BundleFinding(
                        entry: entry, .error, "bundle-duplicate-uuid",
                        "uuid \(TextSafety.line(uuid)) is held by \(entries.count) files: \(entries.map(TextSafety.line).joined(separator: ", "))"
                    ))
            }
        }
        let present = Set(byUUID.keys).union(summaries.map(\.member.nameUUID))
        for summary in summaries {
            for uuid in summary.groupUUIDs where !present.contains(uuid) {
                findings.append(
                    BundleFinding(
                        entry: summary.member.entryName, .warning, "bundle-group-missing",
                        pointer: "/group",
                        "group member \(TextSafety.line(uuid)) is not in this bundle"))
            }
        }
        return findings
    }
}
