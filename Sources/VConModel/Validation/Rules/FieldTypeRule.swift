/// Member types as the draft defines them (String, UnsignedInt, Date strings, arrays of objects…),
/// for every object level: vCon, party, civic address, dialog, party_history, analysis,
/// attachment, and the redacted/amended/group references. `null` means "absent" (info), except
/// where the member is mandatory.
public struct FieldTypeRule: ValidationRule {
    public static let id = "field-type"
    public static let section = "§2.2, §4"
    public init() {}

    static func wrongType(_ key: String, _ problem: String) -> String { "\"\(key)\" \(problem)" }
    static func nullOptional(_ key: String) -> String { "\"\(key)\" is null; read as absent (omit the member instead)" }
    static func nullMandatory(_ key: String, _ shape: FieldShape) -> String { "\"\(key)\" is null, but it must be \(shape.name)" }

    static let top: [String: FieldShape] = [
        "vcon": .string, "uuid": .string, "created_at": .string, "updated_at": .string, "subject": .string,
        "extensions": .stringArray, "critical": .stringArray, "must_support": .stringArray,
        "parties": .objectArray, "dialog": .objectArray, "analysis": .objectArray, "attachments": .objectArray,
        "redacted": .object, "amended": .object, "appended": .object, "group": .objectArray,
    ]
    static let party: [String: FieldShape] = [
        "tel": .string, "sip": .string, "stir": .string, "mailto": .string, "name": .string, "did": .string,
        "validation": .string, "gmlpos": .string, "civicaddress": .object, "uuid": .string, "type": .string,
        "org": .string, "dept": .string, "role": .string, "timezone": .string,
        "sip_contact": .string, "sip_user_agent": .string, "sip_display_name": .string,
    ]
    static let content: [String: FieldShape] = [
        "mediatype": .string, "mimetype": .string, "filename": .string, "body": .any, "encoding": .string,
        "url": .string, "content_hash": .stringOrStringArray, "alg": .string, "signature": .string,
    ]
    static let dialog: [String: FieldShape] = content.merging([
        "type": .string, "start": .string, "duration": .nonNegativeNumber, "parties": .dialogParties,
        "originator": .index, "disposition": .string, "party_history": .objectArray,
        "transferee": .index, "transferor": .index, "transfer_target": .indexOrIndexArray, "transfer-target": .indexOrIndexArray,
        "original": .indexOrIndexArray, "consultation": .indexOrIndexArray,
        "target_dialog": .indexOrIndexArray, "target-dialog": .indexOrIndexArray,
        "application": .string, "message_id": .string, "session_id": .sessionId,
        "recordings": .indexArray, "recording_set": .index,
        "sip_call_id": .string, "sip_from_tag": .string, "sip_to_tag": .string,
    ]) { a, _ in a }
    static let analysis: [String: FieldShape] = content.merging([
        "type": .string, "dialog": .indexOrIndexArray, "attachment": .indexOrIndexArray,
        "vendor": .string, "product": .string, "schema": .string,
    ]) { a, _ in a }
    static let attachment: [String: FieldShape] = content.merging([
        "purpose": .string, "type": .string, "start": .string, "party": .index, "dialog": .index,
    ]) { a, _ in a }
    static let reference: [String: FieldShape] = content.merging(["uuid": .string, "type": .string]) { a, _ in a }
    static let partyHistory: [String: FieldShape] = [
        "party": .index, "time": .string, "event": .string, "button": .string, "dtmf": .string,
    ]
    static let sessionId: [String: FieldShape] = ["local": .string, "remote": .string]
    static let civicAddress: [String: FieldShape] = Dictionary(
        uniqueKeysWithValues: [
            "country", "a1", "a2", "a3", "a4", "a5", "a6", "prd", "pod", "sts", "hno", "hns", "lmk", "loc", "flr", "nam", "pc",
        ]
        .map { ($0, FieldShape.string) })

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let root = context.vcon.json
        checkMembers(of: root, Self.top, into: &findings, mandatoryHere: ["uuid", "created_at", "parties"])
        for item in context.parties where item.json.isObject {
            checkMembers(of: item.json, Self.party, into: &findings)
            if let address = item.json["civicaddress"], address.isObject { checkMembers(of: address, Self.civicAddress, into: &findings) }
        }
        for item in context.dialog where item.json.isObject {
            checkMembers(of: item.json, Self.dialog, into: &findings, mandatoryHere: ["type", "start"])
            for event in item.partyHistory where event.json.isObject {
                checkMembers(of: event.json, Self.partyHistory, into: &findings, mandatoryHere: ["party", "time", "event"])
            }
            if let session = item.json["session_id"] { checkSessionObjects(session, into: &findings) }
        }
        for item in context.analysis where item.json.isObject {
            checkMembers(of: item.json, Self.analysis, into: &findings, mandatoryHere: ["type"])
        }
        for item in context.attachments where item.json.isObject { checkMembers(of: item.json, Self.attachment, into: &findings) }
        for key in ["redacted", "amended", "appended"] {
            if let value = root[key], value.isObject { checkMembers(of: value, Self.reference, into: &findings) }
        }
        for item in context.vcon.group where item.json.isObject { checkMembers(of: item.json, Self.reference, into: &findings) }
    }

    private func checkMembers(
        of object: JSONValue, _ shapes: [String: FieldShape], into findings: inout [Finding],
        mandatoryHere: Set<String> = []
    ) {
        for (key, value) in object.members {
            guard let shape = shapes[key] else { continue }
            if value.isNull {
                if shape == .any { continue }
                if mandatoryHere.contains(key) {
                    findings.append(finding(key == "parties" ? .warning : .error, at: value, Self.nullMandatory(key, shape)))
                } else {
                    findings.append(finding(.info, at: value, Self.nullOptional(key)))
                }
                continue
            }
            if let problem = shape.problem(value) { findings.append(finding(.error, at: value, Self.wrongType(key, problem))) }
        }
    }

    private func checkSessionObjects(_ value: JSONValue, into findings: inout [Finding]) {
        if value.isObject {
            checkMembers(of: value, Self.sessionId, into: &findings)
        } else if value.isArray {
            for element in value.elements { checkSessionObjects(element, into: &findings) }
        }
    }
}

extension FieldShape: Equatable {}
