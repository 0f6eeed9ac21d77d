/// Which generation a vCon looks like, and which spellings it used to say so.
extension VCon {
    /// The generation: the `vcon` value when it names a known one, else inferred from spellings.
    public var generation: Generation {
        if let declared = declaredSyntax { return Generation(declared: declared) }
        return inferredGeneration
    }

    /// True when `generation` comes from spellings, not from a `vcon` member.
    public var generationIsInferred: Bool { declaredSyntax == nil }

    /// The newest generation whose spellings the file uses (the lower bound of what it can be);
    /// with none, 0.4.0, since core-03 files omit `vcon`.
    public var inferredGeneration: Generation {
        let used = spellings.map(\.spelling)
        if used.isEmpty { return .v0_4_0 }
        return used.map(\.introducedIn).max() ?? .v0_4_0
    }

    /// Every generation-specific spelling in the file, in document order.
    public var spellings: [SpellingUse] {
        var uses: [SpellingUse] = []
        func note(_ spelling: Spelling, _ value: JSONValue?) {
            guard let value else { return }
            uses.append(SpellingUse(spelling: spelling, pointer: value.pointer, offset: value.byteOffset))
        }
        note(.appended, json["appended"].flatMap { $0.count > 0 ? $0 : nil })
        note(.amended, json["amended"])
        note(.mustSupport, json["must_support"])
        note(.critical, json["critical"])
        note(.extensions, json["extensions"])
        let owners = dialog.map(\.json) + analysis.map(\.json) + attachments.map(\.json) + references.map(\.json)
        for owner in owners {
            note(.mimetype, owner["mimetype"])
            note(.mediatype, owner["mediatype"])
            note(.contentHash, owner["content_hash"])
            if owner["alg"] != nil && owner["signature"] != nil { note(.algSignature, owner["alg"]) }
        }
        for item in dialog {
            note(.transferTargetHyphen, item.json["transfer-target"])
            note(.transferTarget, item.json["transfer_target"])
            note(.targetDialogHyphen, item.json["target-dialog"])
            note(.targetDialog, item.json["target_dialog"])
            if let session = item.json["session_id"] {
                note(session.kind == .string ? .sessionIdString : .sessionIdObject, session)
            }
        }
        for item in attachments {
            note(.attachmentPurpose, item.json["purpose"])
            note(.attachmentType, item.json["type"])
        }
        return uses.sorted { $0.offset < $1.offset }
    }
}
