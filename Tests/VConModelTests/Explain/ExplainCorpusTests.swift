import Foundation
import TestSupport
import Testing

@testable import VConModel

/// Every key real vCons use in their parties, dialog, analysis and attachments objects gets an explanation:
/// a real entry, or the "not defined by any draft" entry, and renamed keys reach the current entry.
@Suite(.corpus) struct ExplainCorpusTests {
    /// Unsigned vCon objects under the corpus (JWS/JWE files and non-vCon JSON skipped), sorted by path.
    private static func unsignedVCons() throws -> [(path: String, object: [String: Any])] {
        let root = Corpus.directory
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var found: [(String, [String: Any])] = []
        for case let url as URL in walker where url.pathExtension == "json" || url.pathExtension == "vcon" {
            guard let data = try? Data(contentsOf: url),
                let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            else { continue }
            let keys = Set(object.keys)
            guard keys.isDisjoint(with: ["payload", "ciphertext", "cyphertext"]),
                !keys.isDisjoint(with: ["parties", "dialog", "analysis", "attachments"])
            else { continue }
            found.append((String(url.path.dropFirst(root.path.count)), object))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// Keys that are defined by no draft and have no entry of their own: they get the generic entry.
    private static let expectedUndefined: Set<String> = [
        "analysis.extra", "analysis.transcript", "analysis.uuid", "analysis.vendor_product", "analysis.vendor_schema",
        "attachments.size", "attachments.uuid",
        "dialog.end", "dialog.key", "dialog.metadata", "dialog.transfer", "dialog.uuid",
    ]

    /// Keys with a specific entry although no current draft defines them (saying so).
    private static let expectedNonStandard: [String: String] = [
        "parties.meta": "parties[].meta", "parties.id": "parties[].id", "parties.email": "parties[].email",
        "dialog.meta": "dialog[].meta", "attachments.type": "attachments[].type",
    ]

    /// Keys older generations spell differently, and the entry they must reach.
    private static let renamed: [String: String] = [
        "dialog.mimetype": "dialog[].mediatype", "attachments.mimetype": "attachments[].mediatype",
        "analysis.mimetype": "analysis[].mediatype",
        "dialog.alg": "dialog[].alg", "dialog.signature": "dialog[].signature", "dialog.content_hash": "dialog[].content_hash",
        "dialog.session_id": "dialog[].session_id", "dialog.transfer-target": "dialog[].transfer_target",
        "dialog.transfer_target": "dialog[].transfer_target", "dialog.mediatype": "dialog[].mediatype",
    ]

    @Test func everyCorpusKeyGetsAnExplanation() throws {
        let files = try Self.unsignedVCons()
        #expect(files.count > 100, "corpus not found at \(Corpus.directory.path)")
        var undefined: Set<String> = []
        var seen: Set<String> = []
        for (file, object) in files {
            for array in ["parties", "dialog", "analysis", "attachments"] {
                for (index, item) in (object[array] as? [Any] ?? []).enumerated() {
                    guard let item = item as? [String: Any] else { continue }
                    for key in item.keys.sorted() {
                        let pointer = "/\(array)/\(index)/\(key)"
                        let name = "\(array).\(key)"
                        seen.insert(name)
                        guard let match = Explain.entry(forPointer: pointer) else {
                            Issue.record("\(file) \(pointer): no explanation")
                            continue
                        }
                        #expect(!Explain.text(for: match, width: 60).isEmpty)
                        if !match.isDefined { undefined.insert(name) }
                        if let expected = Self.expectedNonStandard[name] ?? Self.renamed[name] {
                            #expect(match.entry.path == expected, "\(file) \(pointer) -> \(match.entry.path)")
                        }
                    }
                }
            }
            for key in ["appended", "amended", "must_support", "critical"] where object[key] != nil {
                let match = Explain.entry(forPointer: "/\(key)")
                #expect(match?.entry.path == (key == "must_support" ? "critical" : key == "appended" ? "amended" : key), "\(file) /\(key)")
            }
        }
        #expect(undefined == Self.expectedUndefined)
        // The spellings the brief names are really exercised by the corpus.
        for name in [
            "dialog.mimetype", "dialog.alg", "dialog.signature", "dialog.content_hash", "dialog.session_id", "parties.role", "parties.meta",
        ] {
            #expect(seen.contains(name), "corpus has no \(name)")
        }
    }

    @Test func corpusSessionIdsResolveInEveryShape() throws {
        for (file, object) in try Self.unsignedVCons() {
            for (index, item) in (object["dialog"] as? [Any] ?? []).enumerated() {
                guard let session = (item as? [String: Any])?["session_id"] else { continue }
                let pointer: String
                switch session {
                case is String: pointer = "/dialog/\(index)/session_id"
                case is [String: Any]: pointer = "/dialog/\(index)/session_id/local"
                default: pointer = "/dialog/\(index)/session_id/0"
                }
                let expected = session is [String: Any] ? "dialog[].session_id.local" : "dialog[].session_id"
                #expect(Explain.entry(forPointer: pointer)?.entry.path == expected, "\(file) \(pointer)")
            }
        }
    }
}
