import VConModel

/// The opened part of a catalog as a `Library` (for the relation graph, `tree` and the browser's links), with
/// each library member's envelope and catalog entry.
public struct CatalogLibrary: Sendable {
    public var library: Library
    /// Envelope verdicts by library member index (inline members have none): of the members this library added to
    /// the one it extends, not of those it kept (the session built from that one holds them: kept here too, they
    /// were 16 MB over 100 000 members).
    public var envelopes: [Int: EnvelopeResult]
    /// Findings by library member index, as the catalog computed them (none for a member opened unchecked:
    /// `OpenedMember.checked`, nor for vCons held inline in another); like `envelopes`, of the added members only.
    public var findings: [Int: [Finding]]
    /// The catalog entry of each library member, by member index (inline members carry their parent's). An
    /// array, not a dictionary: every member has one (6 MB less over 100 000 members).
    public var entries = ChunkedArray<Int>()
    /// How many of the catalog's opened members (in the order opened) were looked at, and those looked at but
    /// not included (opened unreadable, or evicted and not opened again): looked at again next time.
    var seen = 0
    var waiting: [Int] = []
}

extension Catalog {
    /// A library of every member opened so far, in catalog order, with the vCons held inline in them.
    ///
    /// One member per vCon: an encrypted file a key opened is one member (its layers are the outer stack plus the
    /// plaintext's), never a sealed row beside a decrypted one.
    ///
    /// `extending` a library built before adds only the members opened since (each member is opened once: one the
    /// cache dropped is not opened again just to be listed again).
    public func library(badges ascii: Bool = true, extending previous: CatalogLibrary? = nil) -> CatalogLibrary {
        var result = previous ?? CatalogLibrary(library: Library(), envelopes: [:], findings: [:])
        result.envelopes = [:]
        result.findings = [:]
        // Only the members opened since `previous` (a scan of every entry, at every step, was O(n) each time).
        let (entries, sources, seen) = state.withLock { state in
            let ids = (result.waiting + state.opened[min(result.seen, state.opened.count)...]).sorted()
            return (ids.map { state.entries[$0] }, state.sources, state.opened.count)
        }
        result.seen = seen
        result.waiting = []
        for entry in entries {
            // Opened members only; one evicted from the cache is opened again (its facts said it was readable).
            guard entry.isOpened, let opened = taken(entry.id) ?? cached(entry.id) ?? (try? open(entry.id)), let file = opened.readable
            else {
                result.waiting.append(entry.id)
                continue
            }
            let source = sources[entry.source].origin(of: entry.listing)
            let before = result.library.members.count
            var member = LibraryMember(source: source, file: file, envelopeBadge: opened.envelope?.shortBadge(ascii: ascii))
            // The entry's string when it is the same uuid: one string per member, not one per reader.
            if member.uuid == entry.summary.uuid { member.uuid = entry.summary.uuid }
            let index = result.library.add(member, loader: opener.loader)
            result.envelopes[index] = opened.envelope
            if opened.checked { result.findings[index] = opened.findings }
            result.entries.append(contentsOf: repeatElement(entry.id, count: result.library.members.count - before))
        }
        return result
    }

    /// The member `openNext` opened for the next library step, if it is waiting (taken once).
    private func taken(_ id: Int) -> OpenedMember? {
        state.withLock { $0.pending.removeValue(forKey: id)?.value }
    }
}
