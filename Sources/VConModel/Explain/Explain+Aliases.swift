/// Older and misspelled member names that mean a current member, renamed before lookup with a note.
extension Explain {
    enum Aliases {
        struct Alias {
            var parent: String
            var old: String
            var new: String
            var why: String
        }

        static let table: [Alias] = {
            var list = [
                Alias(parent: "", old: "appended", new: "amended", why: "the name used from 0.0.1 to 0.3.0; 0.4.0 renamed it amended"),
                Alias(parent: "", old: "must_support", new: "critical", why: "the 0.3.0 name; 0.4.0 renamed it critical"),
                Alias(parent: "", old: "ammended", new: "amended", why: "a misspelling from vcon.cddl"),
                Alias(parent: "dialog", old: "transfer-target", new: "transfer_target", why: "the hyphenated name used up to 0.0.2"),
                Alias(parent: "dialog", old: "target-dialog", new: "target_dialog", why: "the hyphenated name used up to 0.0.2"),
                Alias(parent: "dialog", old: "consulation", new: "consultation", why: "a misspelling from vcon.cddl"),
                Alias(parent: "dialog.party_history", old: "dtmf", new: "button", why: "the core-01 name of button"),
                Alias(parent: "parties", old: "validataion", new: "validation", why: "a misspelling from vcon.cddl"),
                Alias(parent: "parties", old: "str", new: "stir", why: "a misspelling from vcon.cddl"),
            ]
            for owner in ["dialog", "attachments", "analysis"] {
                list.append(Alias(parent: owner, old: "mimetype", new: "mediatype", why: "the 0.0.1 name; 0.0.2 renamed it mediatype"))
            }
            return list
        }()

        /// Renames old spellings in a vCon path in place and says what was renamed.
        static func apply(to path: inout ExplainPath, form: ExplainForm) -> [String] {
            guard form == .vcon else { return [] }
            var notes: [String] = []
            // Alias parents are catalog paths, so deeper positions cannot match; and `bare` of every
            // position of a 10 000-segment pointer is quadratic.
            for position in path.segments.indices.prefix(Index.shared.maxSegments) {
                let parent = path.bare(position)
                let name = path.segments[position].name
                if let alias = table.first(where: { $0.parent == parent && $0.old == name }) {
                    path.segments[position].name = alias.new
                    notes.append("Spelled \"\(alias.old)\" here: \(alias.why).")
                }
            }
            return notes
        }
    }
}
