/// Positions by uuid, in the order they were added: one `Int` for a uuid held once (nearly every uuid), an array
/// only for a uuid held more than once. A `[String: [Int]]` made an array for every uuid (4.8 MB of them over
/// 100 000 members, in each of the catalog's and the library's indexes).
public struct UUIDIndex: Sendable {
    private var once: [String: Int] = [:]
    private var more: [String: [Int]] = [:]

    public init() {}

    /// The positions of `uuid`, first added first (empty when none).
    public subscript(uuid: String) -> [Int] {
        if let many = more[uuid] { return many }
        return once[uuid].map { [$0] } ?? []
    }

    /// The first position added under `uuid`, without making an array.
    public func first(_ uuid: String) -> Int? { once[uuid] ?? more[uuid]?.first }

    /// True when `position` is under `uuid`.
    public func contains(_ position: Int, for uuid: String) -> Bool {
        once[uuid] == position || more[uuid]?.contains(position) == true
    }

    /// Adds `position` under `uuid`, after those it already has (twice if added twice).
    public mutating func append(_ position: Int, for uuid: String) {
        if more[uuid] != nil {
            more[uuid]?.append(position)
        } else if let first = once.removeValue(forKey: uuid) {
            more[uuid] = [first, position]
        } else {
            once[uuid] = position
        }
    }

    /// Removes every `position` under `uuid`.
    public mutating func remove(_ position: Int, from uuid: String) {
        if var many = more.removeValue(forKey: uuid) {
            many.removeAll { $0 == position }
            if many.count == 1 { once[uuid] = many[0] } else if !many.isEmpty { more[uuid] = many }
        } else if once[uuid] == position {
            once[uuid] = nil
        }
    }
}
