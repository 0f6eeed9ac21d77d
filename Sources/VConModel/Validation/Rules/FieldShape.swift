/// The JSON shape the draft gives a member (its "String", "UnsignedInt", "Party[]"… type).
enum FieldShape: Sendable {
    case string
    case stringArray
    case object
    case objectArray
    /// An index into another array; any integer passes here (range and sign are the index rules' job).
    case index
    /// `UnsignedInt | UnsignedInt[]`.
    case indexOrIndexArray
    /// `UnsignedInt[]`.
    case indexArray
    /// `UnsignedInt | UnsignedFloat`, not negative.
    case nonNegativeNumber
    /// Dialog `parties`: an index, or an array of indices, index arrays and nulls (per channel).
    case dialogParties
    /// `ContentHash | ContentHash[]`.
    case stringOrStringArray
    /// `session_id`: a string (0.3.0), a SessionId object, or arrays of them.
    case sessionId
    /// Any JSON value (`body`).
    case any

    /// What the draft calls it, for messages.
    var name: String {
        switch self {
        case .string: "a string"
        case .stringArray: "an array of strings"
        case .object: "an object"
        case .objectArray: "an array of objects"
        case .index: "an index (a non-negative integer)"
        case .indexOrIndexArray: "an index or an array of indices"
        case .indexArray: "an array of indices"
        case .nonNegativeNumber: "a non-negative number of seconds"
        case .dialogParties: "a party index, or an array of indices (per channel: index, index array or null)"
        case .stringOrStringArray: "a string or an array of strings"
        case .sessionId: "a SessionId object {local, remote} or an array of them"
        case .any: "any JSON value"
        }
    }

    /// Why `value` does not have this shape, or nil when it does.
    func problem(_ value: JSONValue) -> String? {
        switch self {
        case .any: return nil
        case .string: return value.kind == .string ? nil : mismatch(value)
        case .object: return value.isObject ? nil : mismatch(value)
        case .stringArray:
            return value.isArray && value.elements.allSatisfy({ $0.kind == .string }) ? nil : mismatch(value)
        case .objectArray:
            guard value.isArray else { return mismatch(value) }
            if let bad = value.elements.firstIndex(where: { !$0.isObject }) {
                return "element \(bad) is \(Self.describe(value.elements[bad])), not an object (use {} to keep a place)"
            }
            return nil
        case .index: return Self.isInteger(value) ? nil : mismatch(value)
        case .indexArray:
            return value.isArray && value.elements.allSatisfy(Self.isInteger) ? nil : mismatch(value)
        case .indexOrIndexArray:
            if Self.isInteger(value) { return nil }
            return value.isArray && value.elements.allSatisfy(Self.isInteger) ? nil : mismatch(value)
        case .nonNegativeNumber:
            guard value.kind == .number, let number = value.double else { return mismatch(value) }
            return number < 0 ? "must not be negative (\(value.rawText))" : nil
        case .dialogParties:
            if Self.isInteger(value) { return nil }
            guard value.isArray else { return mismatch(value) }
            let ok = value.elements.allSatisfy { element in
                Self.isInteger(element) || element.isNull || (element.isArray && element.elements.allSatisfy(Self.isInteger))
            }
            return ok ? nil : mismatch(value)
        case .stringOrStringArray:
            if value.kind == .string { return nil }
            return value.isArray && value.elements.allSatisfy({ $0.kind == .string }) ? nil : mismatch(value)
        case .sessionId:
            return Self.isSessionIdShape(value, depth: 0) ? nil : mismatch(value)
        }
    }

    private func mismatch(_ value: JSONValue) -> String { "must be \(name), not \(Self.describe(value))" }

    static func isInteger(_ value: JSONValue) -> Bool { value.kind == .number && value.int != nil }

    private static func isSessionIdShape(_ value: JSONValue, depth: Int) -> Bool {
        if value.kind == .string || value.isObject { return true }
        guard value.isArray, depth < 2 else { return false }
        return value.elements.allSatisfy { isSessionIdShape($0, depth: depth + 1) }
    }

    /// `a string ("long")`, `the number 12345`, `an array`…
    static func describe(_ value: JSONValue) -> String {
        switch value.kind {
        case .string: "a string (\"\(TextSafety.line(String((value.string ?? "").prefix(40)))))\")"
        case .number: "the number \(value.rawText)"
        case .bool: value.bool == true ? "true" : "false"
        case .null: "null"
        case .object: "an object"
        case .array: "an array"
        }
    }
}
