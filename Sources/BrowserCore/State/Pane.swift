/// The tabs of one vCon, in order (`1`…`8`).
public enum Pane: Int, Sendable, Hashable, CaseIterable {
    case summary, parties, dialog, analysis, attachments, links, security, json

    public var title: String {
        switch self {
        case .summary: "Summary"
        case .parties: "Parties"
        case .dialog: "Dialog"
        case .analysis: "Analysis"
        case .attachments: "Attachments"
        case .links: "Links"
        case .security: "Security"
        case .json: "JSON"
        }
    }

    /// The tab label: `3 Dialog`.
    public var tabTitle: String { "\(rawValue + 1) \(title)" }

    /// The tab label when the tabs do not fit: `3 Dia` (`8 JSON` stays whole).
    public var shortTabTitle: String {
        let short =
            switch self {
            case .links: "Lnk"
            case .json: "JSON"
            default: String(title.prefix(3))
            }
        return "\(rawValue + 1) \(short)"
    }

    /// Panes with a list on the left and a detail on the right (Summary is detail only, JSON a tree).
    public var hasList: Bool { self != .summary && self != .json }

    /// The pane listing items of the top-level array `key` (`dialog` → `.dialog`), if any.
    static func listing(_ key: String) -> Pane? {
        switch key {
        case "parties": .parties
        case "dialog": .dialog
        case "analysis": .analysis
        case "attachments": .attachments
        default: nil
        }
    }

    /// The array a list pane shows items of.
    var arrayKey: String? {
        switch self {
        case .parties: "parties"
        case .dialog: "dialog"
        case .analysis: "analysis"
        case .attachments: "attachments"
        default: nil
        }
    }
}

/// Which side of a pane has the keyboard.
public enum Focus: Sendable, Hashable {
    case list, detail
}

/// A place to go back to: which vCon, pane, item and detail line.
public struct Location: Sendable, Hashable {
    public var document: Int
    public var pane: Pane
    public var item: Int?
    public var detailLine: Int
    public var focus: Focus
    /// For the JSON pane: the focused node.
    public var node: Int?
    /// True for the vCon list.
    public var library: Bool
    /// The ladder shown over the pane, if any.
    public var ladder: LadderLocation? = nil
}
