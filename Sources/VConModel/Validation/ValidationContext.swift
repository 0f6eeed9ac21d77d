/// What every rule needs about one vCon, computed once: the arrays, their sizes, the generation.
public struct ValidationContext: Sendable {
    public let vcon: VCon
    public let parties: [Party]
    public let dialog: [Dialog]
    public let analysis: [Analysis]
    public let attachments: [Attachment]
    /// The generation as the model reports it (declared, or inferred from spellings).
    public let generation: Generation
    public let generationIsInferred: Bool
    /// The generation whose rules apply: an undefined `vcon` value ("1.0", "") is checked as the newest.
    public let rulesGeneration: Generation
    /// True when the vCon says it is redacted (a non-empty `redacted` object): content may be missing.
    public let isRedacted: Bool
    /// Which draft's rules apply (see `Profile`).
    public let profile: Profile

    /// The context for `vcon` under `profile` (nil: the file's own, `Profile.automatic`). A profile
    /// asked for by name (core-03, core-04) applies the 0.4.0 rules whatever the file declares.
    public init(vcon: VCon, profile: Profile? = nil) {
        self.vcon = vcon
        parties = vcon.parties
        dialog = vcon.dialog
        analysis = vcon.analysis
        attachments = vcon.attachments
        generation = vcon.generation
        generationIsInferred = vcon.generationIsInferred
        let profile = profile ?? Profile.automatic(for: vcon)
        self.profile = profile
        rulesGeneration = profile.generation
        isRedacted = vcon.redacted.map { !$0.isEmpty && !$0.json.isNull } ?? false
    }

    /// True under the core-04 profile.
    public var isCore04: Bool { profile == .core04 }

    /// The number of elements of a top-level array (0 when absent, null or not an array).
    public func count(of key: String) -> Int {
        guard let value = vcon.json[key], value.isArray else { return 0 }
        switch key {
        case "parties": return parties.count
        case "dialog": return dialog.count
        case "analysis": return analysis.count
        case "attachments": return attachments.count
        default: return value.count
        }
    }

    /// Every object that may hold content (body/url), with a label for messages: dialog, analysis,
    /// attachments, and the redacted/amended/appended/group references.
    public var contentOwners: [(label: String, json: JSONValue, kind: ContentOwnerKind)] {
        var owners: [(label: String, json: JSONValue, kind: ContentOwnerKind)] = []
        for item in dialog where item.json.isObject { owners.append(("dialog[\(item.index)]", item.json, .dialog(type: item.type))) }
        for item in analysis where item.json.isObject { owners.append(("analysis[\(item.index)]", item.json, .analysis)) }
        for item in attachments where item.json.isObject { owners.append(("attachments[\(item.index)]", item.json, .attachment)) }
        for (position, item) in vcon.group.enumerated() where item.json.isObject {
            owners.append(("group[\(position)]", item.json, .reference))
        }
        for reference in [vcon.redacted, vcon.amended].compactMap({ $0 }) where reference.json.isObject {
            owners.append((reference.kind.rawValue, reference.json, .reference))
        }
        return owners
    }
}

/// What kind of object holds a piece of content.
public enum ContentOwnerKind: Sendable, Equatable {
    case dialog(type: String?)
    case analysis
    case attachment
    case reference
}
