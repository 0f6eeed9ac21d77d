/// The Redacted and Amended Objects' own members (§4.1.8.1, §4.1.9.1).
///
/// - amended `uuid`: core-04 makes it "optional if external reference provided", so an amended
///   object with neither `uuid` nor `url` is an error; core-03 also let an inline copy stand in.
/// - redacted `type` (core-04): a String the Redacted Object has ("the type of redaction").
/// - The empty `{}` older libraries write for "none" is a warning under core-04 (the object is
///   not a valid reference there; omit the member), and info before (exclusive-references says so).
public struct ReferenceObjectRule: ValidationRule {
    public static let id = "reference-object"
    public static let section = "§4.1.8.1, §4.1.9.1"
    public init() {}

    static let amendedWithoutUUID04 =
        "the amended object has neither \"uuid\" nor \"url\": core-04 makes uuid optional only when an external reference (url + content_hash) is given"
    static let amendedWithoutUUID03 =
        "the amended object has no \"uuid\" and neither an inline copy nor a url: core-03 makes uuid optional only with one of them"
    static let redactedWithoutType = "the redacted object has no \"type\" (the type of redaction performed)"
    static func emptyCore04(_ key: String) -> String {
        "empty \"\(key)\": older libraries write {} to mean \"none\", but under core-04 it is a \(key) object missing its members; omit it instead"
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let root = context.vcon.json
        let core03 = context.profile == .core03
        guard context.isCore04 || core03 else { return }
        for key in ["amended", "redacted"] {
            guard let object = root[key], object.isObject else { continue }
            if object.count == 0 {
                if context.isCore04 { findings.append(finding(.warning, at: object, Self.emptyCore04(key))) }
                continue
            }
            let hasURL = object["url"].map { !$0.isNull } ?? false
            if key == "amended", object["uuid"] == nil {
                if context.isCore04, !hasURL {
                    findings.append(finding(.error, at: object, Self.amendedWithoutUUID04))
                } else if core03, !hasURL, object["body"] == nil {
                    findings.append(finding(.error, at: object, Self.amendedWithoutUUID03))
                }
            }
            if key == "redacted", context.isCore04, object["type"] == nil {
                findings.append(finding(.error, at: object, Self.redactedWithoutType))
            }
        }
    }
}
