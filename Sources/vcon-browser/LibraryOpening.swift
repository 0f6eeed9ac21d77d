import Foundation
import VConBundle
import VConCrypto
import VConModel

/// Opens paths into a library and judges each member's envelope, for `tree`, the browser and the demo.
struct LibraryOpening {
    var result: LibraryLoader.Result
    var graph: RelationGraph
    /// Each judged member's envelope verdicts, by library index (for the browser's header and Security pane).
    var envelopes: [Int: EnvelopeResult] = [:]

    /// Opens `paths` (files, directories, bundles, `-`) and judges them with the command line's keys and anchors.
    static func open(_ paths: [String], security: SecurityOptions, ascii: Bool) throws -> LibraryOpening {
        let loader = makeLoader()
        let loaded = LibraryLoader(loader: loader).open(paths)
        let context = EnvelopeContext(crypto: try security.makeCrypto(), inflater: ZlibInflater())
        return judged(loaded, context: context, loader: loader, ascii: ascii, filesDirectory: security.files)
    }

    /// Opens `paths` and judges them with `crypto` at `now` (the browser, which keeps the crypto for `:trust`).
    static func open(_ paths: [String], crypto: any JOSECrypto, ascii: Bool, now: Date, filesDirectory: String?) -> LibraryOpening {
        let loader = makeLoader()
        let loaded = LibraryLoader(loader: loader).open(paths)
        let context = EnvelopeContext(crypto: crypto, inflater: ZlibInflater(), now: now)
        return judged(loaded, context: context, loader: loader, ascii: ascii, filesDirectory: filesDirectory)
    }

    /// Sets each member's envelope badge (`ascii` or Unicode), adds the decrypted layer of every encrypted
    /// member a key opens, and builds the relation graph with bundle `files/` and `filesDirectory` as the
    /// only sources of external copies.
    static func judged(
        _ loaded: LibraryLoader.Result, context: EnvelopeContext, loader: FileLoader, ascii: Bool, filesDirectory: String? = nil
    ) -> LibraryOpening {
        var result = loaded
        var library = Library()
        var envelopes: [Int: EnvelopeResult] = [:]
        for member in loaded.library.members {
            // Inline bodies are added again by `Library.add` from their parent.
            if case .inline = member.source { continue }
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
                // The plaintext shows the verdicts of the stack it came from (its header and Security pane).
                let plain = library.add(
                    LibraryMember(
                        source: .decrypted(member.source.description), file: decrypted,
                        envelopeBadge: member.envelopeBadge), loader: loader)
                envelopes[plain] = judged
            }
        }
        result.library = library
        let resolver = ExternalFileResolver(bundles: result.bundles, filesDirectory: filesDirectory, digester: OpenSSLDigester())
        return LibraryOpening(
            result: result, graph: RelationGraph(library: library, resolver: resolver),
            envelopes: envelopes)
    }
}
