/// A member's identity inside its source, defined by the source: a path, a bundle entry name, a uuid, a row id.
///
/// Opaque to everyone else; the catalog pairs it with the source to name a member uniquely.
public struct MemberKey: Sendable, Hashable, CustomStringConvertible {
    public var raw: String

    public init(_ raw: String) { self.raw = raw }

    public var description: String { raw }
}
