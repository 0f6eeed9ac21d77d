/// Which generation a vCon looks like, and which spellings it used to say so.
extension VCon {
    /// The generation: the `vcon` value when it names a known one; for a value no draft defines (`"0.0.3"`),
    /// the nearest known one (`Generation.nearest`), never the unknown value itself (issue 12.6b); else inferred
    /// from spellings.
    public var generation: Generation {
        guard let declared = declaredSyntax else { return inferredGeneration }
        let named = Generation(declared: declared)
        guard case .unknown = named else { return named }
        let lower = spellings.map(\.spelling.introducedIn).max() ?? .v0_0_1
        return Generation.nearest(to: declared).map { max($0, lower) } ?? inferredGeneration
    }

    /// The `vcon` value when it names no generation any draft defines (`"0.0.3"`, `""`), else nil.
    public var unknownVersion: String? {
        guard let declared = declaredSyntax, case .unknown = Generation(declared: declared) else { return nil }
        return declared
    }

    /// `0.4.0`, or `unknown version 0.0.3, read as 0.0.2` for a `vcon` value no draft defines.
    public var generationSummary: String {
        guard let unknown = unknownVersion else { return generation.description }
        let shown = unknown.isEmpty ? "\"\"" : TextSafety.line(unknown)
        return "unknown version \(shown), read as \(generation)"
    }

    /// True when `generation` comes from spellings, not from a `vcon` member.
    public var generationIsInferred: Bool { declaredSyntax == nil }

    /// The newest generation consistent with every spelling the file uses.
    ///
    /// The newest spelling gives a lower bound and the oldest retired spelling an upper bound
    /// (`mimetype` means at most 0.0.1). With no retired spelling the answer is 0.4.0: files
    /// without `vcon` are core-03 style (its examples dropped the member). When the bounds
    /// cross (`mimetype` beside `amended`), the lower bound wins and `old-spelling` says why.
    public var inferredGeneration: Generation {
        let used = spellings.map(\.spelling)
        let lower = used.map(\.introducedIn).max() ?? .v0_0_1
        guard let upper = used.compactMap(\.retiredAfter).min() else { return .v0_4_0 }
        return upper >= lower ? upper : lower
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
