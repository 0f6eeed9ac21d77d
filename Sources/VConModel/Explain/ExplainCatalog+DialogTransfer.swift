/// Transfer members of a transfer dialog, and the party_history events of any dialog.
extension ExplainCatalog {
    private static let transferSection = SpecReference.core("4.3.14", "Dialog Transfer")
    private static let transferRename = SpecReference.core("7.2", "Version 0.0.2 to 0.3.0")

    static let dialogTransfer: [FieldExplanation] = [
        FieldExplanation(
            "dialog[].transferee", title: "Transferee",
            meaning:
                "On a transfer dialog, the index of the party who was transferred (the caller handed on to someone else, in SIP transfer terms).",
            specs: [transferSection], spellings: since(.v0_0_1, "transferee", drafts: "petrie-02 .. core-03"),
            indexes: "parties[]", related: ["dialog[].transferor", "dialog[].transfer_target"]),
        FieldExplanation(
            "dialog[].transferor", title: "Transferor",
            meaning: "On a transfer dialog, the index of the party who carried out the transfer.",
            specs: [transferSection], spellings: since(.v0_0_1, "transferor", drafts: "petrie-02 .. core-03"),
            indexes: "parties[]", related: ["dialog[].transferee", "dialog[].transfer_target"]),
        FieldExplanation(
            "dialog[].transfer_target", title: "Transfer target",
            meaning:
                "On a transfer dialog, the index (core-01 to core-03 also allowed indices) of the party the transferee was handed to. core-04 makes it a single index again.",
            specs: [transferSection, transferRename],
            spellings: [
                GenerationSpelling(from: .v0_0_1, through: .v0_0_2, spelling: "transfer-target", drafts: "petrie-02 .. container-03"),
                GenerationSpelling(from: .v0_3_0, through: .v0_3_0, spelling: "transfer_target", drafts: "core-00"),
                GenerationSpelling(
                    from: .v0_4_0, through: nil, spelling: "transfer_target (number or array)", drafts: "core-01 .. core-03"),
                core04Row("transfer_target (one index)"),
            ],
            indexes: "parties[]", related: ["dialog[].target_dialog", "dialog[].transferee"]),
        FieldExplanation(
            "dialog[].original", title: "Original call dialog(s)",
            meaning:
                "On a transfer dialog, the index of the dialog holding the original call between transferee and transferor. A placeholder dialog (core-04: type only; core-03: {}) stands in when nothing was captured. core-01 to core-03 allowed an array of indices; core-04 makes it a single index again (a recording-set may stand for a call split over several recordings), and an array is a finding under core-04.",
            specs: [transferSection],
            spellings: since(.v0_0_1, "original", drafts: "petrie-02 .. core-03") + [
                core04Row("original (one index; an array is a finding)")
            ],
            indexes: "dialog[]", related: ["dialog[].consultation", "dialog[].target_dialog"]),
        FieldExplanation(
            "dialog[].consultation", title: "Consultation call dialog(s)",
            meaning:
                "On a transfer dialog, the index of the dialog where the transferor talked to the target before handing the call over. Optional, and there may be several attempts. core-01 to core-03 allowed an array of indices; core-04 makes it a single index again (a recording-set may stand for a call split over several recordings), and an array is a finding under core-04.",
            specs: [transferSection],
            spellings: since(.v0_0_1, "consultation", drafts: "petrie-02 .. core-03") + [
                core04Row("consultation (one index; an array is a finding)")
            ],
            indexes: "dialog[]", related: ["dialog[].original", "dialog[].target_dialog"]),
        FieldExplanation(
            "dialog[].target_dialog", title: "Target call dialog(s)",
            meaning:
                "On a transfer dialog, the index of the dialog holding the resulting call between transferee and transfer target. core-01 to core-03 allowed an array of indices; core-04 makes it a single index again (a recording-set may stand for a call split over several recordings), and an array is a finding under core-04.",
            specs: [transferSection, transferRename],
            spellings: [
                GenerationSpelling(from: .v0_0_1, through: .v0_0_2, spelling: "target-dialog", drafts: "petrie-02 .. container-03"),
                GenerationSpelling(from: .v0_3_0, through: nil, spelling: "target_dialog", drafts: "core-00 .. core-03"),
                core04Row("target_dialog (one index)"),
            ],
            indexes: "dialog[]", related: ["dialog[].original", "dialog[].transfer_target"]),
    ]

    /// The core-04 row of a spelling table: still syntax 0.4.0, but a rule that changed in core-04 (listed after
    /// the core-03 row, so `spelling(in:)` keeps answering with the spelling the generation's name says).
    static func core04Row(_ spelling: String) -> GenerationSpelling {
        GenerationSpelling(from: .v0_4_0, through: nil, spelling: spelling, drafts: "core-04")
    }

    static let partyEvents = [
        AllowedValue("join", "the party joined the dialog", since: "0.0.1 (petrie-03) +"),
        AllowedValue("drop", "the party left the dialog", since: "0.0.1 (petrie-03) +"),
        AllowedValue("hold", "the party was put on hold", since: "0.0.1 (petrie-03) +"),
        AllowedValue("unhold", "the party was taken off hold", since: "0.0.1 (petrie-03) +"),
        AllowedValue("mute", "the party was muted", since: "0.0.1 (petrie-03) +"),
        AllowedValue("unmute", "the party was unmuted", since: "0.0.1 (petrie-03) +"),
        AllowedValue("dtmfdown", "a DTMF key went down (digit in dtmf)", since: "0.4.0 (core-01 only)"),
        AllowedValue("dtmfup", "a DTMF key came up (digit in dtmf)", since: "0.4.0 (core-01 only)"),
        AllowedValue("keydown", "a DTMF or application key/button was pressed (label in button)", since: "0.4.0 (core-02) +"),
        AllowedValue("keyup", "a DTMF or application key/button was released (label in button)", since: "0.4.0 (core-02) +"),
    ]

    private static let historySection = SpecReference.core("4.3.13.1", "Party_History Object")

    static let dialogHistory: [FieldExplanation] = [
        FieldExplanation(
            "dialog[].party_history", title: "Party events during the dialog",
            meaning:
                "A list of timed events for parties of this dialog: joining and leaving, hold and mute, and key presses. Useful because participants of a call rarely all arrive and leave together.",
            specs: [.core("4.3.13", "party_history Objects Array")],
            spellings: since(.v0_0_1, "party_history", drafts: "petrie-03 .. core-03"),
            related: ["dialog[].party_history[].event"]),
        FieldExplanation(
            "dialog[].party_history[]", title: "Party history event",
            meaning: "One event: which party (index), when (time) and what happened (event), plus the key for key events.",
            specs: [historySection],
            related: ["dialog[].party_history[].event"]),
        FieldExplanation(
            "dialog[].party_history[].party", title: "Event party",
            meaning: "The index in parties of the party the event happened to.",
            specs: [historySection], spellings: since(.v0_0_1, "party", drafts: "petrie-03 .. core-03"),
            indexes: "parties[]", related: ["dialog[].party_history[].event"]),
        FieldExplanation(
            "dialog[].party_history[].time", title: "Event time",
            meaning: "When the event happened, as an RFC 3339 date-time.",
            specs: [historySection], spellings: since(.v0_0_1, "time", drafts: "petrie-03 .. core-03"),
            related: ["dialog[].start"]),
        FieldExplanation(
            "dialog[].party_history[].event", title: "Event kind",
            meaning:
                "What happened to the party. The list grew over time: core-01 added DTMF events, which core-02 replaced by general key events.",
            specs: [historySection, .core("6.3.5.1", "party_event Event Name Registry")],
            spellings: since(.v0_0_1, "event", drafts: "petrie-03 .. core-03"),
            values: partyEvents,
            related: ["dialog[].party_history[].button"]),
        FieldExplanation(
            "dialog[].party_history[].button", title: "Key or button",
            meaning: "For keydown and keyup events, the DTMF digit, character or button label involved. core-01 called this dtmf.",
            specs: [historySection],
            spellings: [
                GenerationSpelling(from: .v0_0_1, through: .v0_3_0, spelling: GenerationSpelling.absent, drafts: "petrie-03 .. core-00"),
                GenerationSpelling(
                    from: .v0_4_0, through: nil, spelling: "dtmf (core-01) / button (core-02 +)", drafts: "core-01 .. core-03"),
            ],
            related: ["dialog[].party_history[].event"]),
    ]
}
