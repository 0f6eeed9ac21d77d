import Foundation
import TestSupport
import Testing

@testable import VConModel

/// Every file of the shared corpus: it opens with the form and generation INDEX.json gives, or fails
/// with the expected error; files that are not JSON by kind (PEM, CBOR, media, docs, bundles) are counted.
@Suite(.corpus) struct CorpusTests {
    static let skippedKinds: [String: Int] = [
        "doc": 2, "key/cert PEM": 20, "media/source": 8, "vconz": 4, "CBOR (py-vcon dumpc)": 1, "CDDL schema": 1,
    ]

    @Test func indexIsComplete() {
        #expect(CorpusIndex.entries.count == 233)
        var kinds: [String: Int] = [:]
        for entry in CorpusIndex.entries { if let kind = entry.kind { kinds[kind, default: 0] += 1 } }
        #expect(kinds == Self.skippedKinds)
        #expect(CorpusIndex.entries.filter { $0.pythonLocation != nil }.count == 8)
    }

    /// The index's form names as this reader's forms (nil: JSON but not a vCon).
    static func expectedForm(_ name: String) -> VConForm? {
        switch name {
        case "unsigned": .unsigned
        case "JWS-general": .jws(.general, hybrid: false)
        case "JWS-general+unsigned-fields(vcon-lib hybrid)": .jws(.general, hybrid: true)
        case "JWS-flattened": .jws(.flattened, hybrid: false)
        case "JWE-general": .jwe(.general)
        case "JWE-general(legacy 'cyphertext')": .jwe(.legacyCyphertext)
        case "JWE-flattened": .jwe(.flattened)
        default: nil
        }
    }

    /// Files without `vcon`: mimetype-era producers are 0.0.1, everything else reads as core-03 (0.4.0).
    static func expectedInferred(_ path: String) -> Generation {
        path.hasPrefix("vcon-js/") || path.hasPrefix("vcon-server/") ? .v0_0_1 : .v0_4_0
    }

    @Test(arguments: CorpusIndex.entries.filter { $0.kind == nil })
    func opensAsIndexed(_ entry: CorpusEntry) throws {
        let loader = FileLoader()
        let path = Corpus.path(entry.path)
        if let python = entry.pythonLocation {
            let error = #expect(throws: LoadError.self) { try loader.load(path: path) }
            #expect(error?.kind == .notJSON)
            #expect(error?.location == SourceLocation(line: python.line, column: python.column))
            return
        }
        let formName = try #require(entry.form)
        guard let form = Self.expectedForm(formName) else {
            let error = #expect(throws: LoadError.self, "\(formName)") { try loader.load(path: path) }
            #expect(error?.kind == .notVCon)
            return
        }
        if entry.gzip == true {
            // VConModel alone has no zlib: the gzip layer is named and the reason given (CLITests inflate it).
            let error = #expect(throws: LoadError.self) { try loader.load(path: path) }
            #expect(error?.message.contains("gzip") == true)
            return
        }
        let file = try loader.load(path: path)
        #expect(file.form == form)
        let findings = Validator.validate(file)
        #expect(findings.allSatisfy { $0.line != nil && $0.column != nil })
        switch form {
        case .unsigned:
            let vcon = try #require(file.vcon)
            if let declared = entry.vcon {
                #expect(!vcon.generationIsInferred)
                if case .unknown = Generation(declared: declared) {
                    // Read as the nearest defined generation (issue 12.6b), never passed through.
                    #expect(vcon.unknownVersion == declared)
                    #expect(Generation.known.contains(vcon.generation))
                } else {
                    #expect(vcon.generation == Generation(declared: declared))
                }
            } else {
                #expect(vcon.generationIsInferred)
                #expect(vcon.generation == Self.expectedInferred(entry.path))
            }
        case .jws(_, let hybrid):
            if entry.path.hasSuffix("signed_gzip_payload.vcon.json") {
                #expect(file.vcon == nil)
                #expect(file.innerNote?.contains("gzip") == true)
            } else {
                let vcon = try #require(file.vcon, "the payload of a JWS is readable without a key")
                #expect(file.layers.last == .unsigned)
                if hybrid, let declared = entry.vcon { #expect(vcon.declaredSyntax == declared) }
                if case .unknown = vcon.generation { Issue.record("payload generation is unknown") }
            }
        case .jwe:
            #expect(file.vcon == nil)
            #expect(findings.contains { $0.rule == EnvelopeRule.notValidatedID && $0.severity == .info })
        default:
            Issue.record("unexpected form \(form)")
        }
    }
}
