import VConBundle
import VConCrypto
import VConModel

extension LibraryOpening {
    /// Judges an already loaded library the way `open(_:security:ascii:)` does: sets each member's envelope
    /// badge, adds the decrypted layer of every encrypted member a key opens, and builds the relation
    /// graph with the bundles' `files/` as the only source of external copies.
    ///
    /// The demo uses it for a bundle read from memory; it mirrors the loop in `open`, which could call it.
    static func judged(_ loaded: LibraryLoader.Result, context: EnvelopeContext, loader: FileLoader, ascii: Bool) -> LibraryOpening {
        var result = loaded
        var library = Library()
        for member in loaded.library.members {
            // Inline bodies are added again by `Library.add` from their parent.
            if case .inline = member.source { continue }
            var member = member
            var decrypted: LoadedFile?
            if let file = member.file {
                let envelope = Envelope.unwrap(file.buffer.bytes, context: context)
                member.envelopeBadge = envelope.shortBadge(ascii: ascii)
                if member.isEncrypted, let inner = envelope.innerBytes {
                    decrypted = try? loader.load(buffer: ByteBuffer(inner), source: member.source.description + " (decrypted)")
                }
            }
            library.add(member, loader: loader)
            if let decrypted {
                library.add(LibraryMember(source: .decrypted(member.source.description), file: decrypted), loader: loader)
            }
        }
        result.library = library
        let resolver = ExternalFileResolver(bundles: result.bundles, filesDirectory: nil, digester: OpenSSLDigester())
        return LibraryOpening(result: result, graph: RelationGraph(library: library, resolver: resolver))
    }
}
