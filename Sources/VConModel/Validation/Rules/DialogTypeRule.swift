/// Dialog `type` is a registered token: `recording`, `text`, `transfer`, `incomplete`, and from
/// core-03 `recording-set` (which needs `recordings`).
public struct DialogTypeRule: ValidationRule {
    public static let id = "dialog-type"
    public static let section = "§4.3.1"
    public init() {}

    static let types: Set<String> = ["recording", "text", "transfer", "incomplete", "recording-set"]

    static func unknown(_ type: String) -> String {
        let hint =
            ["audio", "video"].contains(type.lowercased()) ? " (a recording is \"recording\" with an audio/ or video/ mediatype)" : ""
        return "dialog type \"\(TextSafety.line(type))\" is not one of recording, text, transfer, incomplete, recording-set\(hint)"
    }
    static func newerThanDeclared(_ generation: Generation) -> String {
        "\"recording-set\" dialog arrived in core-03; this vCon says it is \(generation)"
    }
    static let recordingsMissing = "a recording-set dialog MUST list its \"recordings\""
    static func recordingsOnOther(_ key: String) -> String { "\"\(key)\" MUST NOT be present outside the dialog types it belongs to" }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for item in context.dialog where item.json.isObject {
            guard let value = item.json["type"], let type = value.string else { continue }
            guard Self.types.contains(type) else {
                findings.append(finding(.error, at: value, Self.unknown(type)))
                continue
            }
            if type == "recording-set" {
                if !context.generationIsInferred, context.rulesGeneration < .v0_4_0 {
                    findings.append(finding(.warning, at: value, Self.newerThanDeclared(context.generation)))
                }
                if item.json["recordings"] == nil { findings.append(finding(.error, at: item.json, Self.recordingsMissing)) }
            } else if let recordings = item.json["recordings"], !context.isCore04 {
                findings.append(finding(.error, at: recordings, Self.recordingsOnOther("recordings")))
            }
            if type != "recording", let set = item.json["recording_set"], !context.isCore04 {
                findings.append(finding(.error, at: set, Self.recordingsOnOther("recording_set")))
            }
        }
    }
}
