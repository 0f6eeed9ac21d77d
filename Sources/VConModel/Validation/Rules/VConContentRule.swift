/// core-04 §4: "A vCon in the unsigned form SHOULD contain at least one of the parties, dialog,
/// analysis or attachments parameters" (the same members §5.4 uses to recognise the unsigned
/// form). core-04 also makes `parties` itself optional, so its absence alone is no longer reported.
public struct VConContentRule: ValidationRule {
    public static let id = "vcon-content"
    public static let section = "§4, §5.4"
    public init() {}

    static let members = ["parties", "dialog", "analysis", "attachments"]
    static let none = "the vCon has none of parties, dialog, analysis, attachments: core-04 says an unsigned vCon SHOULD have at least one"

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        guard context.isCore04 else { return }
        let root = context.vcon.json
        if !Self.members.contains(where: { root[$0].map { !$0.isNull } ?? false }) {
            findings.append(finding(.warning, at: root, Self.none))
        }
    }
}
