import VConModel

/// Rules about `files/`: every reference resolved, every hash matching, no orphans.
struct FileRules {
    let reader: BundleReader
    let options: BundleOptions
    private(set) var filesChecked = 0
    private(set) var hashesChecked = 0

    init(reader: BundleReader, options: BundleOptions) {
        self.reader = reader
        self.options = options
    }

    mutating func check(_ summaries: [BundleMemberSummary], digester: any Digesting) -> [BundleFinding] {
        var findings: [BundleFinding] = []
        // For each file: the hashes it must match, and who asked (entry, pointer) for messages.
        var expectations: [String: [(hash: ContentHash, entry: String, pointer: String)]] = [:]
        var used = Set<String>()
        for summary in summaries {
            for reference in summary.references {
                findings += resolve(reference, in: summary.member.entryName, expectations: &expectations, used: &used)
            }
        }
        for file in reader.files + reader.extensionFiles {
            findings += verify(file, expected: expectations[file.entryName] ?? [], digester: digester)
        }
        let anyEncrypted = summaries.contains(where: \.isEncrypted)
        for file in reader.files where !used.contains(file.entryName) {
            findings.append(
                BundleFinding(
                    entry: file.entryName, anyEncrypted ? .info : .warning, "bundle-orphan-file",
                    anyEncrypted ? "not referenced by any readable vCon (an encrypted vCon may use it)" : "not referenced by any vCon"))
        }
        return findings
    }

    private func resolve(
        _ reference: FileReference, in entry: String,
        expectations: inout [String: [(hash: ContentHash, entry: String, pointer: String)]], used: inout Set<String>
    ) -> [BundleFinding] {
        var findings: [BundleFinding] = []
        let pointer = reference.pointer + "/content_hash"
        for hash in reference.hashes where !hash.isCheckable {
            let why = hash.problem ?? "unknown hash algorithm"
            findings.append(
                located(
                    BundleFinding(
                        entry: entry, .warning, "bundle-content-hash-invalid", pointer: pointer,
                        "content_hash \(TextSafety.line(hash.text)) cannot be checked: \(why)"), reference))
        }
        guard let file = reader.file(for: reference.hashes) else {
            let shown = TextSafety.line(reference.primaryHash?.fileStem ?? "?")
            let severity = reference.isRequired ? options.missingFileSeverity : .info
            findings.append(
                located(
                    BundleFinding(
                        entry: entry, severity, "bundle-file-missing", pointer: pointer,
                        "no file in files/ for \(reference.kind) content_hash \(shown)"), reference))
            return findings
        }
        used.insert(file.entryName)
        for hash in reference.hashes { expectations[file.entryName, default: []].append((hash, entry, pointer)) }
        return findings
    }

    private mutating func verify(
        _ file: BundleFile, expected: [(hash: ContentHash, entry: String, pointer: String)], digester: any Digesting
    ) -> [BundleFinding] {
        var findings: [BundleFinding] = []
        let claimed = file.claimedHash
        if !claimed.isCheckable {
            findings.append(
                BundleFinding(
                    entry: file.entryName, .warning, "bundle-file-name",
                    "file name is not <algorithm>-<base64url digest>.<ext>; its content cannot be checked by name"))
        }
        var seen = Set<String>()
        let all = ((claimed.isCheckable ? [claimed] : []) + expected.map(\.hash)).filter { seen.insert($0.canonicalText).inserted }
        let checks: [HashCheck]
        do {
            checks = try reader.check(file, against: all, digester: digester)
        } catch {
            findings.append(BundleFinding(entry: file.entryName, .error, "bundle-file-unreadable", error.message))
            return findings
        }
        if !checks.isEmpty { filesChecked += 1 }
        hashesChecked += checks.count
        var reported = Set<String>()
        for check in checks where !check.matches {
            guard reported.insert(check.expected.canonicalText).inserted else { continue }
            let who = expected.first { $0.hash.canonicalText == check.expected.canonicalText }
            let source = who.map { " (from \(TextSafety.line($0.entry)) \($0.pointer))" } ?? " (from its file name)"
            findings.append(
                BundleFinding(
                    entry: file.entryName, options.hashMismatchSeverity, "bundle-hash-mismatch",
                    "content does not match \(TextSafety.line(check.expected.text))\(source): it hashes to \(check.actual)"))
        }
        return findings
    }

    private func located(_ finding: BundleFinding, _ reference: FileReference) -> BundleFinding {
        var finding = finding
        finding.finding.line = reference.location?.line
        finding.finding.column = reference.location?.column
        return finding
    }
}
