import VConModel
import VConStore

/// `SOURCE#<uuid>` arguments: a store member named on the command line, fetched and opened like a file.
///
/// `show`, `validate`, `verify` and `ladder` call `load` where they would read a path; the member's bytes go
/// through the same loader, so it gets the same generation notes, envelope verdicts and findings as a file
/// with those bytes.
enum StoreMember {
    /// The reference when `argument` names a store member (a store URL, `#`, a uuid).
    static func reference(_ argument: String) -> StoreMemberReference? {
        guard let reference = StoreMemberReference(argument), StoreOpening.isStore(reference.source) else { return nil }
        return reference
    }

    /// The member's bytes and the name findings use (`postgres vcb@db/vcons · vcons#<uuid>`, no password).
    static func fetch(
        _ reference: StoreMemberReference, settings: StoreSettings = StoreSettings()
    ) throws(LoadError) -> (bytes: [UInt8], name: String) {
        let masked = StoreListing.masked(reference.source) + "#" + reference.id
        do {
            let store = try StoreOpening.open(reference.source, settings: settings)
            return (try store.fetch(id: reference.id), store.title + "#" + reference.id)
        } catch {
            throw LoadError(kind: .unreadable, source: masked, message: error.message)
        }
    }

    /// Opens `path` as a file, or as a store member when it is `SOURCE#<uuid>`.
    static func load(_ path: String, loader: FileLoader, settings: StoreSettings = StoreSettings()) throws(LoadError) -> LoadedFile {
        guard let reference = reference(path) else {
            if StoreOpening.isStore(path) {
                throw LoadError(
                    kind: .unreadable, source: StoreListing.masked(path),
                    message: "names a store, not a member: add #<uuid> (vcon-browser list shows the uuids)")
            }
            return try loader.load(path: path)
        }
        let (bytes, name) = try fetch(reference, settings: settings)
        return try loader.load(buffer: ByteBuffer(bytes), source: name)
    }
}
