/// The explain key's data and lookup: from a JSON Pointer to the entry that explains it.
///
/// ```
/// Explain.entry(forPointer: "/dialog/3/parties/0")          -> dialog[].parties, "Item 0 of this value: an index into parties[]."
/// Explain.entry(forPointer: "/payload", inForm: .jws)       -> JWS payload
/// Explain.entry(forPointer: "/attachments/2/body/messages/0/method",
///               purpose: { _ in "sip-message-trace" })     -> trace message method
/// ```
/// Resolution: exact path, then the path with every `[]` dropped (so `session_id` arrays and single objects
/// meet the same entry), then shorter prefixes ("inside the value of ..."). A key that no draft defines inside
/// a known object gets the "not defined by any draft" entry, never nothing.
public enum Explain {
    /// Every entry, in catalog order.
    public static var all: [FieldExplanation] { ExplainCatalog.all }

    /// The entry stored under exactly this path pattern in `form`, if any.
    public static func entry(forPath path: String, inForm form: ExplainForm = .vcon) -> FieldExplanation? {
        Index.shared.exact[Index.key(form, path)]
    }

    /// The "not defined by any draft" entry used for unknown keys.
    public static var undefinedEntry: FieldExplanation {
        Index.shared.exact[Index.key(.vcon, ExplainCatalog.undefinedPath)]
            ?? FieldExplanation(ExplainCatalog.undefinedPath, title: "", meaning: "")
    }

    /// Explains a pointer in an unsigned vCon (or in `form`); `purpose` gives an attachment's purpose
    /// (or legacy `type`) by index so bodies of known purposes get their own entries.
    /// Nil only when `pointer` is not a JSON Pointer.
    public static func entry(
        forPointer pointer: String, inForm form: ExplainForm = .vcon, purpose: (Int) -> String? = { _ in nil }
    ) -> ExplainMatch? {
        guard var path = ExplainPath(pointer: pointer) else { return nil }
        var notes: [String] = []
        var namespace = form
        if form == .jws || form == .jwe, let first = path.segments.first,
            Index.shared.exact[Index.key(form, first.name)] == nil, Index.shared.exact[Index.key(.vcon, first.name)] != nil
        {
            namespace = .vcon
            notes.append(
                "An unsigned vCon member kept beside the envelope (vcon-lib writes such hybrids); it is not covered by the signature.")
        }
        if !path.leadingIndices.isEmpty {
            notes.append("The document's top level is an array, which no vCon form has.")
        }
        notes += Aliases.apply(to: &path, form: namespace)
        if namespace == .vcon, let first = path.segments.first, first.name == "attachments",
            let index = first.indices.first, let value = purpose(index), ExplainCatalog.keyedPurposeValues.contains(value)
        {
            var keyed = path
            keyed.segments[0].selector = "purpose=\(value)"
            if let found = resolve(keyed, form: namespace, purposeKeyed: true) {
                return ExplainMatch(
                    entry: found.entry, pointer: pointer, path: keyed.pattern(keyed.segments.count), notes: notes + found.notes)
            }
        }
        let found =
            resolve(path, form: namespace, purposeKeyed: false) ?? Resolution(entry: undefinedEntry, depth: 0, fallback: true, notes: [])
        return ExplainMatch(entry: found.entry, pointer: pointer, path: path.pattern(path.segments.count), notes: notes + found.notes)
    }

    struct Resolution {
        var entry: FieldExplanation
        var depth: Int
        var fallback: Bool
        var notes: [String]
    }

    /// Longest matching prefix of `path`; nil when a purpose-keyed attempt should give way to the plain one.
    private static func resolve(_ path: ExplainPath, form: ExplainForm, purposeKeyed: Bool) -> Resolution? {
        let index = Index.shared
        let count = path.segments.count
        // Prefixes longer than the catalog's longest path match nothing: start there. Why: a pointer
        // 10 000 segments deep built 10 000 prefixes of up to 10 000 segments for every X press.
        var depth = min(count, index.maxSegments + 1)
        while depth >= 0 {
            if let entry = index.exact[Index.key(form, path.pattern(depth))] ?? index.bare[Index.key(form, path.bare(depth))] {
                if purposeKeyed && depth == 1 && count > 1 { return nil }
                return Resolution(entry: entry, depth: depth, fallback: false, notes: notes(for: entry, path: path, depth: depth))
            }
            if depth == count, depth > 0, index.containers.contains(Index.key(form, path.bare(depth - 1))) {
                if purposeKeyed && depth - 1 <= 1 { return nil }
                let key = TextSafety.line(path.segments[depth - 1].name)
                let parent = depth == 1 ? "the top level" : path.pattern(depth - 1)
                return Resolution(
                    entry: undefinedEntry, depth: depth, fallback: true,
                    notes: ["\"\(key)\" is not a member any draft defines for \(parent)."])
            }
            depth -= 1
        }
        return nil
    }

    /// Notes for a match: indices past the entry's own path, and values reached inside the entry's value.
    private static func notes(for entry: FieldExplanation, path: ExplainPath, depth: Int) -> [String] {
        guard depth > 0 else {
            return path.segments.isEmpty ? [] : ["Inside a member this table does not describe; showing the document itself."]
        }
        if depth < path.segments.count {
            let inner = path.segments[depth...].map(\.pattern).joined(separator: ".")
            return ["Inside the value of \(entry.path): \(TextSafety.line(inner)) is content, not a vCon field."]
        }
        let extra = Array(path.segments[depth - 1].indices.dropFirst(entry.trailingArrayMarkers))
        guard !extra.isEmpty else { return [] }
        let position =
            extra.count == 2 && entry.path == "dialog[].parties"
            ? "Channel \(extra[0]), item \(extra[1])"
            : "Item " + extra.map(String.init).joined(separator: ", ")
        if let target = entry.indexes {
            return ["\(position) of this value: an index into \(target)."]
        }
        return ["\(position) of this value."]
    }
}

extension ExplainCatalog {
    /// Purposes that have their own attachment and body entries.
    static let sipPurposeValues: Set<String> = Set(sipPurposes.map(\.value))
    /// Attachment purposes whose bodies have entries of their own: the SIP ones and `lawful_basis`.
    static let keyedPurposeValues: Set<String> = sipPurposeValues.union([LawfulBasis.name])
}
