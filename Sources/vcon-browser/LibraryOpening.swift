import Foundation
import VConBundle
import VConCrypto
import VConModel

/// Opens paths into a library and judges each member's envelope, for `tree` and the browser.
struct LibraryOpening {
    var result: LibraryLoader.Result
    var graph: RelationGraph
    /// Each judged member's envelope verdicts, by library index (for the browser's header and Security pane).
    var envelopes: [Int: EnvelopeResult] = [:]

    /// Opens `paths`, sets envelope badges (`ascii` or Unicode), adds decrypted layers when a key opens them,
    /// and builds the relation graph with bundle `files/` and `--files` as the only sources of external copies.
    static func open(_ paths: [String], security: SecurityOptions, ascii: Bool) throws -> LibraryOpening {
        let loader = makeLoader()
        var result = LibraryLoader(loader: loader).open(paths)
        let crypto = try security.makeCrypto()
        let context = EnvelopeContext(crypto: crypto, inflater: ZlibInflater())
        var library = Library()
        var envelopes: [Int: EnvelopeResult] = [:]
        for member in result.library.members {
            var member = member
            var decrypted: LoadedFile?
            var judged: EnvelopeResult?
            if let file = member.file {
                let envelope = Envelope.unwrap(file.buffer.bytes, context: context)
                judged = envelope
                member.envelopeBadge = envelope.shortBadge(ascii: ascii)
                if member.isEncrypted, let inner = envelope.innerBytes {
                    decrypted = try? loader.load(buffer: ByteBuffer(inner), source: member.source.description + " (decrypted)")
                }
            }
            let index = library.add(member, loader: loader)
            envelopes[index] = judged
            if let decrypted {
                library.add(LibraryMember(source: .decrypted(member.source.description), file: decrypted), loader: loader)
            }
        }
        result.library = library
        let resolver = ExternalFileResolver(bundles: result.bundles, filesDirectory: security.files, digester: OpenSSLDigester())
        return LibraryOpening(result: result, graph: RelationGraph(library: library, resolver: resolver),
                              envelopes: envelopes)
    }
}
