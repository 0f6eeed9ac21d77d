import VConModel

extension JSONTree {
    /// The path of the value on `row` (climbs parents: O(depth × stride)).
    public func path(ofRow row: Int) -> JSONPath {
        path(ofTape: index.tape(ofRow: row))
    }

    /// The path of the value at tape index `tape` (a member name gives its value's path).
    public func path(ofTape tape: Int) -> JSONPath {
        var components: [JSONPath.Component] = []
        var current = tape
        var context = index.context(ofTape: current)
        if context.isKey {
            current += 1
            context = index.context(ofTape: current)
        }
        while let parent = context.parent {
            if JSONValue(document: document, index: parent).isObject {
                components.append(.key(JSONValue(document: document, index: current - 1).string ?? ""))
            } else {
                components.append(.index(context.ordinal))
            }
            current = parent
            context = index.context(ofTape: current)
        }
        return JSONPath(components.reversed())
    }
}
