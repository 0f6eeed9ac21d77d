import Foundation
import VConModel

/// The `show` summary of one loaded file: a pure function of the file and its findings, rendered
/// as text (`text()`) or stable JSON (`json()`). Every string from the vCon is made terminal-safe.
public struct ShowReport: Sendable {
    public let file: LoadedFile
    public let findings: [Finding]
    public let envelope: EnvelopeSummary?
    /// The envelope verdicts, when the caller checked them (the command line does, with OpenSSL).
    public let security: EnvelopeResult?
    /// The profile the findings were made under (nil: the file's automatic one).
    public let profile: Profile?

    public init(file: LoadedFile, findings: [Finding], security: EnvelopeResult? = nil, profile: Profile? = nil) {
        self.file = file
        self.findings = findings
        self.security = security
        self.profile = profile
        envelope = EnvelopeSummary(file: file)
    }

    /// The profile applied to the readable vCon, or nil when there is none.
    public var appliedProfile: Profile? { file.vcon.map { profile ?? Profile.automatic(for: $0) } }

    /// `core-04 (draft-ietf-vcon-vcon-core-04 (September 2026)); valid under core-03, not core-04: …`.
    public var profileDescription: String? {
        guard let vcon = file.vcon, let applied = appliedProfile else { return nil }
        var text = "\(applied) (\(applied.draft))"
        if profile == nil, let note = ProfileComparison.forNewest(vcon)?.summary { text += "; " + note }
        return text
    }

    /// `signed (JWS general) > unsigned`: the layers from the outside in.
    public var layersDescription: String { file.layers.map(\.description).joined(separator: " > ") }

    /// `0.4.0 (declared "vcon": "0.4.0")` or `0.0.1 (inferred from mimetype, alg+signature)`.
    public static func generationDescription(_ vcon: VCon) -> String {
        if let declared = vcon.declaredSyntax {
            return "\(vcon.generationSummary) (declared \"vcon\": \"\(TextSafety.line(declared))\")"
        }
        let retired = distinctSpellings(vcon).filter { $0.retiredAfter != nil }
        let basis =
            retired.isEmpty
            ? "no spelling older than 0.4.0, so read as core-03 style, whose examples omit \"vcon\""
            : "old spellings " + retired.map(\.rawValue).joined(separator: ", ")
        return "\(vcon.generation) (inferred: no \"vcon\" member; \(basis))"
    }

    /// The spellings a vCon uses, each once, in order of first use.
    public static func distinctSpellings(_ vcon: VCon) -> [Spelling] {
        var seen = Set<Spelling>()
        return vcon.spellings.map(\.spelling).filter { seen.insert($0).inserted }
    }

    /// Critical extensions this reader does not support (the summary must say so loudly).
    public static func unsupportedCritical(_ vcon: VCon) -> [String] {
        vcon.critical.filter { !Validator.knownExtensions.contains($0) }
    }

    /// `inline base64url, 1.2 MiB` / `external https://… (sha512)` / `no content`.
    static func contentDescription(_ content: Content) -> String {
        if content.isInline {
            let encoding = content.effectiveEncoding.map { "\($0)" } ?? "?"
            let declared = content.declaredEncoding == nil ? " (encoding inferred)" : ""
            let size = content.encodedSize.map { ", " + ByteCount.format($0) } ?? ""
            return "inline \(encoding)\(declared)\(size)"
        }
        if let url = content.url {
            let hashes = content.hashes.map { $0.isLegacy ? "\($0.algorithmName) (0.0.1 alg+signature)" : $0.algorithmName }
            let hashText = hashes.isEmpty ? "no hash" : hashes.map(TextSafety.line).joined(separator: ", ")
            return "external \(TextSafety.line(url)) (\(hashText))"
        }
        return "no content"
    }

    /// Dialog parties resolved to names: `[0] Alice (+1 555 0100), [1] Bob`; per channel `ch0: …; ch1: …`.
    static func partiesDescription(_ parties: DialogParties, in vcon: VCon) -> String {
        switch parties {
        case .none: return "none"
        case .single(let index): return vcon.partyLabel(index)
        case .list(let list): return list.map { $0.map(vcon.partyLabel) ?? "(none)" }.joined(separator: ", ")
        case .channels(let channels):
            return channels.enumerated().map { channel, members in
                "ch\(channel): " + (members.isEmpty ? "(none)" : members.map(vcon.partyLabel).joined(separator: ", "))
            }.joined(separator: "; ")
        }
    }

    /// Index lists as text: `0`, `0, 2`.
    static func indices(_ list: [Int]) -> String { list.map(String.init).joined(separator: ", ") }
}
