/// A canonical text for a JSON value: object members sorted by key, strings decoded and re-escaped,
/// numbers as written. Two values are equal as JSON data when their canonical texts are equal.
enum JSONCanonical {
    static func text(_ value: JSONValue) -> String {
        output(value).render()
    }

    static func output(_ value: JSONValue) -> JSONOutput {
        switch value.kind {
        case .object:
            // Sorted so that member order (which JSON does not define as meaningful) never counts.
            .object(value.members.map { ($0.key, output($0.value)) }.sorted { $0.0 < $1.0 })
        case .array: .array(value.elements.map(output))
        case .string: .string(value.string ?? "")
        case .number: .number(normalizedNumber(value.numberText ?? "0"))
        case .bool: .bool(value.bool ?? false)
        case .null: .null
        }
    }

    /// Integers keep their text; other numbers compare by Double value (1.0 == 1.00).
    private static func normalizedNumber(_ text: String) -> String {
        if let int = Int(text) { return String(int) }
        if let double = Double(text) { return double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : String(double) }
        return text
    }

    /// The compact JSON text of a value as written, for header display.
    static func compact(_ value: JSONValue) -> String {
        output(value).render()
    }
}
