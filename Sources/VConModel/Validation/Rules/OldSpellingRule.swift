/// Spellings from another generation: an old spelling in a newer file (`mimetype` in a 0.4.0
/// vCon, `appended`, `must_support`, a string `session_id`…) is a warning; a newer spelling than
/// the declared `vcon` value is info, as is attachment `type` where core-02 says `purpose`.
public struct OldSpellingRule: ValidationRule {
    public static let id = "old-spelling"
    public static let section = "§7"
    public init() {}

    static func old(_ spelling: Spelling, _ generation: Generation, inferred: Bool) -> String {
        let replacement = spelling.replacement.map { "; use \($0.rawValue)" } ?? ""
        let gen = inferred ? "this vCon (inferred \(generation) from its other spellings)" : "a \(generation) vCon"
        return
            "\(spelling.rawValue) is the spelling up to \(spelling.retiredAfter?.description ?? "an older draft"), but \(gen) uses the newer one\(replacement)"
    }
    static func newer(_ spelling: Spelling, _ generation: Generation) -> String {
        "\(spelling.rawValue) arrived in \(spelling.introducedIn), but the vCon declares \"vcon\": \"\(generation)\""
    }
    static let attachmentType =
        "attachment \"type\": core-02 names this member \"purpose\" (\"type\" is what libraries wrote while it was undefined)"

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let document = context.vcon.document
        let generation = context.rulesGeneration
        let declaredKnown: Bool = {
            if context.generationIsInferred { return false }
            if case .unknown = context.generation { return false }
            return true
        }()
        for use in context.vcon.spellings {
            func add(_ severity: Finding.Severity, _ message: String) {
                // Located only when reported: a column costs a scan of its line, and minified files are one line.
                let location = document.location(ofByte: use.offset)
                findings.append(
                    Finding(
                        severity: severity, rule: Self.id, pointer: use.pointer, line: location.line,
                        column: location.column, message: message, section: Self.section))
            }
            if let retired = use.spelling.retiredAfter, generation > retired {
                add(.warning, Self.old(use.spelling, generation, inferred: context.generationIsInferred))
            } else if use.spelling == .attachmentType, generation >= .v0_4_0 {
                let owner = use.pointer.split(separator: "/").dropLast().joined(separator: "/")
                if document.value(at: "/" + owner)?["purpose"] == nil { add(.info, Self.attachmentType) }
            } else if declaredKnown, use.spelling.introducedIn > generation {
                add(.info, Self.newer(use.spelling, generation))
            }
        }
    }
}
