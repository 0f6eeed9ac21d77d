import VConModel

/// Everything the ladder layout needs about one vCon dialog (or a whole vCon), independent of the vCon model.
public struct LadderInput: Sendable {
    /// Every party of the vCon, in order (`parties[i].index == i` is expected).
    public var parties: [LadderParty]
    /// The parties of the dialog being shown (vCon dialog `parties`); may be empty.
    public var dialogParties: [Int]
    /// Dialog `sip_call_id`, used for messages that carry no Call-ID of their own.
    public var callID: String?
    /// Messages in file order (attachment order, then entry order inside a trace).
    public var messages: [LadderSourceMessage]
    /// Events from the vCon (dialog start/end, party_history, transfers), any order.
    public var events: [LadderEvent]
    /// `sip-sdp` attachments, matched to messages by the layout.
    public var sdpAttachments: [LadderSDPAttachment]
    /// Problems found while collecting the input (unreadable trace, unknown purpose, …).
    public var warnings: [SIPWarning]

    /// Creates an input; everything but the parties is optional.
    public init(
        parties: [LadderParty], dialogParties: [Int] = [], callID: String? = nil,
        messages: [LadderSourceMessage] = [], events: [LadderEvent] = [],
        sdpAttachments: [LadderSDPAttachment] = [], warnings: [SIPWarning] = []
    ) {
        self.parties = parties
        self.dialogParties = dialogParties
        self.callID = callID
        self.messages = messages
        self.events = events
        self.sdpAttachments = sdpAttachments
        self.warnings = warnings
    }
}
