/// party_history `event` tokens, by generation: join, drop, hold, unhold, mute, unmute (all);
/// dtmfdown/dtmfup with `dtmf` (core-01) became keydown/keyup with `button` (core-02 on).
public struct PartyEventRule: ValidationRule {
    public static let id = "party-event"
    public static let section = "§4.3.13.1"
    public init() {}

    static let base: Set<String> = ["join", "drop", "hold", "unhold", "mute", "unmute"]

    static func unknown(_ text: String) -> String {
        "party_history event \"\(TextSafety.line(text))\" is not one of join, drop, hold, unhold, mute, unmute, keydown, keyup"
    }
    static func dtmf(_ text: String) -> String {
        "\"\(TextSafety.line(text))\" is the core-01 token; core-02 renamed it \(text == "dtmfdown" ? "keydown" : "keyup") (with \"button\")"
    }
    static func buttonMissing(_ text: String) -> String { "a \(text) event needs \"button\" (the key or button pressed)" }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for item in context.dialog where item.json.isObject {
            for event in item.partyHistory where event.json.isObject {
                guard let value = event.json["event"], let text = value.string else { continue }
                switch text {
                case _ where Self.base.contains(text): break
                case "keydown", "keyup":
                    if event.json["button"] == nil { findings.append(finding(.error, at: event.json, Self.buttonMissing(text))) }
                case "dtmfdown", "dtmfup":
                    findings.append(finding(.warning, at: value, Self.dtmf(text)))
                default:
                    findings.append(finding(.error, at: value, Self.unknown(text)))
                }
            }
        }
    }
}
