/// Walks two JSON values side by side and records one field entry per difference, with its pointer.
///
/// Objects are compared member by member (by name, so member order never counts), arrays index by
/// index; a short all-scalar array that differs is one entry (`[0,1] → [1,0]`). Unchanged subtrees
/// are skipped with one streaming byte comparison, and big strings are never decoded.
struct DiffFields {
    let options: VConDiff.Options
    var entries: [VConDiff.Entry] = []
    /// Differences not recorded because a limit was reached.
    var omitted = 0

    init(options: VConDiff.Options) { self.options = options }

    /// The context every entry of one walk shares: its section, label, and how many it may record.
    struct Scope {
        var section: VConDiff.Section
        var label: String
        var budget: Int
    }

    /// Compares `before` and `after` (either may be absent) at `pointer`.
    mutating func compare(_ before: JSONValue?, _ after: JSONValue?, pointer: String, scope: inout Scope, depth: Int = 0) {
        switch (before, after) {
        case (nil, nil): return
        case (nil, let added?):
            if expands(added, scope: scope, depth: depth) {
                let members = DiffValues.members(added)
                for name in members.names {
                    let child = pointer + "/" + JSONDocument.escapePointerToken(name)
                    compare(nil, members.values[name], pointer: child, scope: &scope, depth: depth + 1)
                }
            } else {
                record(.added, pointer, nil, short(added), &scope)
            }
        case (let removed?, nil):
            if expands(removed, scope: scope, depth: depth) {
                let members = DiffValues.members(removed)
                for name in members.names {
                    let child = pointer + "/" + JSONDocument.escapePointerToken(name)
                    compare(members.values[name], nil, pointer: child, scope: &scope, depth: depth + 1)
                }
            } else {
                record(.removed, pointer, short(removed), nil, &scope)
            }
        case (let old?, let new?):
            if old.kind != new.kind || !(old.isObject || old.isArray) {
                if !DiffValues.scalarEqual(old, new) {
                    record(.changed, pointer, short(old), short(new), &scope)
                }
                return
            }
            if DiffValues.sameMinified(old, new) { return }
            // Too deep, or too big to walk: one entry for the whole value.
            if depth >= options.maxDepth || (old.byteRange.count > options.walkLimitBytes && new.byteRange.count > options.walkLimitBytes) {
                record(.changed, pointer, short(old), short(new), &scope)
                return
            }
            if old.isObject {
                compareObjects(old, new, pointer: pointer, scope: &scope, depth: depth)
            } else {
                compareArrays(old, new, pointer: pointer, scope: &scope, depth: depth)
            }
        }
    }

    private mutating func compareObjects(_ old: JSONValue, _ new: JSONValue, pointer: String, scope: inout Scope, depth: Int) {
        // Names in `before` order, then the names only `after` has; duplicates once (the last value counts).
        let (left, right) = (DiffValues.members(old), DiffValues.members(new))
        for name in left.names + right.names.filter({ left.values[$0] == nil }) {
            let child = pointer + "/" + JSONDocument.escapePointerToken(name)
            if name == "body" {
                compareBody(old, new, pointer: child, scope: &scope, depth: depth + 1)
            } else {
                compare(left.values[name], right.values[name], pointer: child, scope: &scope, depth: depth + 1)
            }
        }
    }

    /// A content body: a small one is walked like any value; a big one is compared as written
    /// (no base64url decoding) and shown by size, encoding and whether a `content_hash` is beside it.
    private mutating func compareBody(_ oldOwner: JSONValue, _ newOwner: JSONValue, pointer: String, scope: inout Scope, depth: Int) {
        let old = oldOwner["body"]
        let new = newOwner["body"]
        let isBig = [old, new].contains { value in value.map { ($0.rawStringLength ?? $0.byteRange.count) > DiffValues.bigBytes } ?? false }
        guard isBig else {
            compare(old, new, pointer: pointer, scope: &scope, depth: depth)
            return
        }
        if let old, let new, DiffValues.scalarEqual(old, new) { return }
        let kind: VConDiff.Kind = old == nil ? .added : (new == nil ? .removed : .changed)
        record(kind, pointer, old.map { Self.bodyText($0, owner: oldOwner) }, new.map { Self.bodyText($0, owner: newOwner) }, &scope)
    }

    /// `(body, 7720 chars, base64url, content_hash)`: a big body described without decoding it.
    static func bodyText(_ body: JSONValue, owner: JSONValue) -> String {
        var parts = ["body"]
        if let length = body.rawStringLength {
            parts.append("\(length) chars")
        } else {
            parts.append("\(body.byteRange.count) bytes of JSON")
        }
        if let encoding = owner["encoding"]?.string { parts.append(TextSafety.line(DiffValues.truncate(encoding, width: 20))) }
        parts.append(owner["content_hash"] != nil || owner["signature"] != nil ? "content_hash" : "no content_hash")
        return "(" + parts.joined(separator: ", ") + ")"
    }

    private mutating func compareArrays(_ old: JSONValue, _ new: JSONValue, pointer: String, scope: inout Scope, depth: Int) {
        let left = old.elements
        let right = new.elements
        let scalarsOnly = (left + right).allSatisfy { !$0.isObject && !$0.isArray }
        if scalarsOnly && old.byteRange.count + new.byteRange.count <= options.valueWidth * 2 {
            record(.changed, pointer, short(old), short(new), &scope)
            return
        }
        for position in 0..<max(left.count, right.count) {
            compare(
                position < left.count ? left[position] : nil, position < right.count ? right[position] : nil,
                pointer: pointer + "/" + String(position), scope: &scope, depth: depth + 1)
        }
    }

    /// True for a top-level object (such as `redacted` or `amended`) added or removed whole that is
    /// too long for one value: its members are listed one by one instead.
    private func expands(_ value: JSONValue, scope: Scope, depth: Int) -> Bool {
        scope.section == .top && value.isObject && value.count > 0 && depth < 2 && short(value).hasPrefix("{…}")
    }

    private func short(_ value: JSONValue) -> String {
        DiffValues.short(value, width: options.valueWidth)
    }

    /// Records a whole-item entry (added, removed, redacted, filled).
    mutating func item(
        _ kind: VConDiff.Kind, _ section: VConDiff.Section, _ pointer: String, _ beforePointer: String?, _ label: String,
        before: String?, after: String?
    ) {
        guard entries.count < options.maxEntries else {
            omitted += 1
            return
        }
        entries.append(
            VConDiff.Entry(
                kind: kind, level: .item, section: section, pointer: pointer, beforePointer: beforePointer, label: label, before: before,
                after: after))
    }

    /// Records a changed item followed by its field entries; `moved` alone when only its index changed,
    /// nothing when it differs only in ways JSON does not count (member order, `1.0` for `1`).
    mutating func itemWithFields(
        _ section: VConDiff.Section, _ old: JSONValue, _ new: JSONValue, pointer: String, moved: String?, label: String
    ) {
        let slot = entries.count
        let omittedBefore = omitted
        item(.changed, section, pointer, moved, label, before: nil, after: nil)
        guard entries.count > slot else { return }
        var scope = Scope(section: section, label: label, budget: options.maxFieldsPerItem)
        compare(old, new, pointer: pointer, scope: &scope)
        let fields = entries.count - slot - 1 + (omitted - omittedBefore)
        if fields == 0 {
            if moved != nil { entries[slot].kind = .moved } else { entries.remove(at: slot) }
        }
    }

    private mutating func record(_ kind: VConDiff.Kind, _ pointer: String, _ before: String?, _ after: String?, _ scope: inout Scope) {
        guard scope.budget > 0, entries.count < options.maxEntries else {
            omitted += 1
            return
        }
        scope.budget -= 1
        entries.append(
            VConDiff.Entry(
                kind: kind, level: .field, section: scope.section, pointer: pointer, label: scope.label, before: before, after: after))
    }
}
