/// Shared checking of index references (`parties`, `dialog`, `attachment` indices) for the index rules.
enum IndexReferences {
    /// The integer values of an index, index array or per-channel array (nulls and non-integers skipped:
    /// their shape is `field-type`'s concern).
    static func values(in value: JSONValue?) -> [JSONValue] {
        guard let value else { return [] }
        if FieldShape.isInteger(value) { return [value] }
        guard value.isArray else { return [] }
        var result: [JSONValue] = []
        for element in value.elements {
            if FieldShape.isInteger(element) {
                result.append(element)
            } else if element.isArray {
                result += element.elements.filter(FieldShape.isInteger)
            }
        }
        return result
    }

    /// Why `value` does not index an array of `count` elements named `target`, or nil.
    static func problem(_ value: JSONValue, count: Int, target: String, from key: String) -> String? {
        guard let index = value.int else { return nil }
        if index < 0 { return "\"\(key)\": \(index) is negative; an index into \(target) is 0 or more" }
        guard index >= count else { return nil }
        let have = count == 0 ? "the vCon has no \(target)" : "\(target) has \(count) element\(count == 1 ? "" : "s") (0…\(count - 1))"
        return "\"\(key)\": \(index) refers to \(target)[\(index)], which does not exist: \(have)"
    }
}
