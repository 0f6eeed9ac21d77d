/// A semantic diff between a vCon and the version it links to: a redacted vCon against its less
/// redacted original, an amended (or appended) one against the prior version.
///
/// `before` is the linked-to version (the original, the prior), `after` the vCon that holds the
/// `redacted` / `amended` reference. Items of `parties`, `dialog`, `analysis` and `attachments`
/// are paired by uuid, else by index (`DiffItems`); every other top-level member is compared as a
/// field. When the two are not both readable vCons, or when asked, a line diff of the
/// pretty-printed JSON is given instead (`LineDiff`).
///
/// A pane calls `VConDiff.compare(before:after:)` with two `LoadedFile`s and draws
/// `VConDiff.render(result)`; both are pure and never touch a terminal.
public enum VConDiff {
    /// How to compare, and the limits that keep a diff of hostile or huge input cheap.
    public struct Options: Sendable {
        /// Whether to compare item by item, line by line, or both.
        public enum Mode: Sendable {
            /// Semantic when both are readable vCons, else lines.
            case automatic
            /// Always a line diff of the pretty-printed JSON.
            case lines
            /// Semantic (when possible) and a line diff beside it.
            case both
        }

        public var mode: Mode = .automatic
        /// Characters of a before/after value shown before it is cut with `…`.
        public var valueWidth: Int = 60
        /// Field entries recorded per item (or per top-level member) before the rest are only counted.
        public var maxFieldsPerItem: Int = 100
        /// Entries recorded in all before the rest are only counted.
        public var maxEntries: Int = 5000
        /// Nesting below which a differing value is one entry instead of being walked.
        public var maxDepth: Int = 32
        /// Values bigger than this (bytes as written, on both sides) are one entry instead of being walked.
        public var walkLimitBytes: Int = 1 << 20
        /// Limits of the line diff.
        public var lineLimits = LineDiff.Limits()

        public init() {}
    }

    /// Compares two opened files: semantically when both vCons are readable, else line by line
    /// over their outermost JSON, with a note saying why.
    public static func compare(before: LoadedFile, after: LoadedFile, options: Options = Options()) -> Result {
        if let old = before.vcon, let new = after.vcon {
            return compare(before: old, after: new, options: options)
        }
        var notes: [String] = []
        for (side, file) in [("before", before), ("after", after)] where file.vcon == nil {
            let why = file.innerNote ?? "not readable as a vCon"
            notes.append("\(side): \(TextSafety.line(file.source)): \(TextSafety.line(why))")
        }
        notes.append("not both readable vCons: showing a line diff of the JSON as stored")
        var result = lines(
            before: before.vcon?.json ?? before.document.root, after: after.vcon?.json ?? after.document.root, options: options)
        result.notes = notes + result.notes
        return result
    }

    /// Compares two readable vCons (semantic, unless `options.mode` asks for lines).
    public static func compare(before: VCon, after: VCon, options: Options = Options()) -> Result {
        if options.mode == .lines { return lines(before: before.json, after: after.json, options: options) }
        var differ = DiffFields(options: options)
        compareTop(before.json, after.json, differ: &differ, options: options)
        for section in Section.itemSections {
            compareItems(section, before.json, after.json, differ: &differ, options: options)
        }
        var result = Result(
            mode: .semantic, entries: differ.entries, omitted: differ.omitted,
            beforeUUID: before.uuid.map(TextSafety.line), afterUUID: after.uuid.map(TextSafety.line))
        if options.mode == .both {
            result.lineDiff = lines(before: before.json, after: after.json, options: options).lineDiff
        }
        return result
    }

    /// A line diff of two JSON values, pretty-printed in document order.
    public static func lines(before: JSONValue, after: JSONValue, options: Options = Options()) -> Result {
        // Identical text needs no printing, however big it is.
        if DiffValues.sameMinified(before, after) { return Result(mode: .lines, lineDiff: .lines([])) }
        let outcome = LineDiff.diff(
            JSONPrettyLines.lines(before, limits: options.lineLimits), JSONPrettyLines.lines(after, limits: options.lineLimits),
            limits: options.lineLimits)
        return Result(mode: .lines, lineDiff: outcome)
    }

    /// Every top-level member but the four item arrays, as fields labelled by their name.
    private static func compareTop(_ old: JSONValue, _ new: JSONValue, differ: inout DiffFields, options: Options) {
        let arrays = Set(Section.itemSections.map(\.rawValue))
        let (before, after) = (DiffValues.members(old), DiffValues.members(new))
        for name in before.names + after.names.filter({ before.values[$0] == nil }) {
            let (left, right) = (before.values[name], after.values[name])
            // An item array is handled item by item, unless one side holds something else there.
            if arrays.contains(name) && (left?.isArray ?? true) && (right?.isArray ?? true) { continue }
            var scope = DiffFields.Scope(
                section: .top, label: TextSafety.line(DiffValues.truncate(name, width: options.valueWidth)),
                budget: options.maxFieldsPerItem)
            differ.compare(left, right, pointer: "/" + JSONDocument.escapePointerToken(name), scope: &scope)
        }
    }

    /// One item array: placeholders, added, removed and moved items, then the fields of changed ones.
    private static func compareItems(_ section: Section, _ old: JSONValue, _ new: JSONValue, differ: inout DiffFields, options: Options) {
        let (was, now) = (old[section.rawValue], new[section.rawValue])
        // Something other than an array there is compared as a plain field (`compareTop`).
        if was.map({ !$0.isArray }) ?? false || now.map({ !$0.isArray }) ?? false { return }
        let left = was?.elements ?? []
        let right = now?.elements ?? []
        for pair in DiffItems.pair(left, right) {
            let pointerAfter = pair.after.map { "/\(section.rawValue)/\($0)" }
            let pointerBefore = pair.before.map { "/\(section.rawValue)/\($0)" }
            switch (pair.before, pair.after) {
            case (let b?, let a?):
                let (was, now) = (left[b], right[a])
                let label = DiffItems.label(section, index: a, item: DiffItems.isPlaceholder(now) ? was : now, width: options.valueWidth)
                let moved = a != b ? pointerBefore : nil
                if DiffItems.isPlaceholder(now) && !DiffItems.isPlaceholder(was) {
                    differ.item(
                        .redacted, section, pointerAfter ?? "", moved, label, before: DiffValues.short(was, width: options.valueWidth),
                        after: "{}")
                } else if DiffItems.isPlaceholder(was) && !DiffItems.isPlaceholder(now) {
                    differ.item(
                        .filled, section, pointerAfter ?? "", moved, label, before: "{}",
                        after: DiffValues.short(now, width: options.valueWidth))
                } else if !DiffValues.sameMinified(was, now) || moved != nil {
                    differ.itemWithFields(section, was, now, pointer: pointerAfter ?? "", moved: moved, label: label)
                }
            case (nil, let a?):
                let label = DiffItems.label(section, index: a, item: right[a], width: options.valueWidth)
                differ.item(
                    .added, section, pointerAfter ?? "", nil, label, before: nil,
                    after: DiffValues.short(right[a], width: options.valueWidth))
            case (let b?, nil):
                let label = DiffItems.label(section, index: b, item: left[b], width: options.valueWidth)
                differ.item(
                    .removed, section, pointerBefore ?? "", nil, label, before: DiffValues.short(left[b], width: options.valueWidth),
                    after: nil)
            case (nil, nil): continue
            }
        }
    }
}
