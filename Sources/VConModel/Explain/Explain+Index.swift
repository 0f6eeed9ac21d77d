/// Lookup tables over the catalog, built once.
extension Explain {
    struct Index: Sendable {
        static let shared = Index(ExplainCatalog.all)

        /// form:path -> entry.
        let exact: [String: FieldExplanation]
        /// form:bare path -> entry, for entries whose path does not end in `[]` (those are reached exactly).
        let bare: [String: FieldExplanation]
        /// form:bare path of every entry that has documented members (an unknown key inside it is undefined).
        let containers: Set<String>
        /// Segments of the longest entry path: no longer prefix of a pointer can match anything.
        let maxSegments: Int

        static func key(_ form: ExplainForm, _ path: String) -> String { form.rawValue + ":" + path }

        init(_ entries: [FieldExplanation]) {
            var exact: [String: FieldExplanation] = [:]
            var bare: [String: FieldExplanation] = [:]
            var containers: Set<String> = []
            var maxSegments = 0
            for entry in entries {
                maxSegments = max(maxSegments, Self.segmentCount(of: entry.barePath))
                if exact[Self.key(entry.form, entry.path)] == nil { exact[Self.key(entry.form, entry.path)] = entry }
                if entry.trailingArrayMarkers == 0, entry.path != ExplainCatalog.undefinedPath,
                    bare[Self.key(entry.form, entry.barePath)] == nil
                {
                    bare[Self.key(entry.form, entry.barePath)] = entry
                }
                // Analysis bodies are free content: the WTF members documented inside them do not make an
                // other member of a transcript body "undefined" (it is content, as before).
                if !entry.path.isEmpty, entry.path != ExplainCatalog.undefinedPath, !entry.path.hasPrefix("analysis[].body.") {
                    containers.insert(Self.key(entry.form, Self.parent(of: entry.barePath)))
                }
            }
            self.exact = exact
            self.bare = bare
            self.containers = containers
            self.maxSegments = maxSegments
        }

        /// `dialog.session_id.local` -> 3 (dots inside a `[purpose=...]` selector are not separators).
        static func segmentCount(of barePath: String) -> Int {
            var count = parent(of: barePath).isEmpty ? 1 : 2
            var rest = parent(of: barePath)
            while !rest.isEmpty, case let up = parent(of: rest), !up.isEmpty {
                count += 1
                rest = up
            }
            return count
        }

        /// `dialog.session_id.local` -> `dialog.session_id`; a top-level name -> `` (the document).
        /// Dots inside a `[purpose=...]` selector are not separators.
        static func parent(of barePath: String) -> String {
            var depth = 0
            var lastDot: String.Index?
            var position = barePath.startIndex
            while position < barePath.endIndex {
                switch barePath[position] {
                case "[": depth += 1
                case "]": depth -= 1
                case "." where depth == 0: lastDot = position
                default: break
                }
                position = barePath.index(after: position)
            }
            guard let lastDot else { return "" }
            return String(barePath[..<lastDot])
        }
    }
}
