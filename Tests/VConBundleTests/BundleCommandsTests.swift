import Foundation
import TestSupport
import Testing
import VConModel

@testable import VConBundle
@testable import VConCommands

/// The `bundle list|verify|create` report functions the CLI calls: text and exit codes.
@Suite struct BundleCommandsTests {
    @Test(.corpus) func listsTheVconZipBundle() {
        let output = BundleCommands.list(path: Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz"))
        #expect(output.exitCode == 0)
        #expect(output.stderr == "")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 8)
        #expect(
            lines.contains("01a1fd08-f0db-8182-9dd8-dd37220d739c  unsigned       3 files  External references (dialog/attachment/analysis)")
        )
        #expect(lines.contains { $0.hasPrefix("01a1fd07-c7cf-838b-8caa-f24ab1a0c334  jws-flattened  1 file ") })
    }

    @Test(.corpus) func listsEncryptedAndMissing() {
        let jwe = BundleCommands.list(path: Corpus.path("edge-cases/spec_general_jwe_bundle.vconz"))
        #expect(jwe.stdout == "019f15a6-a752-826f-b9a2-279e0d16bc46  jwe-general  ? files  (encrypted)\n")
        let nodownload = BundleCommands.list(path: Corpus.path("vcon-zip-generated/vcon_zip_fixtures_nodownload.vconz"))
        #expect(nodownload.stdout.contains("3 files (3 missing)"))
    }

    @Test(.corpus) func verifyExitCodes() throws {
        let clean = BundleCommands.verify(path: Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz"), digester: testDigester)
        #expect(clean.exitCode == 0)
        #expect(clean.stdout.hasSuffix("8 vCons, 4 files; 4 files hashed (5 hashes); 0 errors, 0 warnings, 0 notes\n"))

        let broken = BundleCommands.verify(
            path: Corpus.path("vcon-zip-generated/vcon_zip_fixtures_nodownload.vconz"), digester: testDigester)
        #expect(broken.exitCode == 1)
        #expect(broken.stdout.contains("!vcons/01955450-1234-5678-9abc-def012345678.json:"))
        #expect(broken.stdout.contains("error [bundle-file-missing]"))

        let notABundle = BundleCommands.verify(
            path: Corpus.path("vcon-zip-repo-fixtures/sample_unsigned_vcon.json"), digester: testDigester)
        #expect(notABundle.exitCode == 2)
        #expect(notABundle.stderr.contains("not a readable bundle"))
    }

    @Test(.corpus) func verifyJSON() throws {
        let output = BundleCommands.verify(
            path: Corpus.path("vcon-zip-generated/vcon_zip_fixtures_nodownload.vconz"),
            digester: testDigester, json: true)
        #expect(output.exitCode == 1)
        let document = try JSONDocument.parse(string: output.stdout)
        #expect(document.root["valid"]?.bool == false)
        #expect(document.root["errors"]?.int == 3)
        let rules = document.root["findings"]?.elements.compactMap { $0["rule"]?.string } ?? []
        #expect(rules.filter { $0 == "bundle-file-missing" }.count == 3)
    }

    @Test func hostileTextIsEscapedInEveryOutput() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let uuid = "0195544a-b9b1-8ee4-b9a2-279e0d16bc46"
        var zip = RawZipBuilder()
        zip.add("manifest.json", #"{"format":"vcon-bundle","version":"9\u001b[31m"}"#)
        zip.add("vcons/\(uuid).json", #"{"vcon":"0.4.0","uuid":"\#(uuid)","subject":"evil\u001b]0;owned\u0007\u202e","parties":[]}"#)
        let path = try Fixtures.write(zip.build(), to: "evil.vconz", in: dir)
        let list = BundleCommands.list(path: path)
        let verify = BundleCommands.verify(path: path, digester: testDigester)
        for text in [list.stdout, list.stderr, verify.stdout, verify.stderr] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        }
        #expect(list.stdout.contains("evil\\u001b]0;owned\\u0007\\u202e"))
        #expect(verify.stdout.contains("unsupported bundle version 9\\u001b[31m"))
    }

    @Test(.corpus) func createThenVerify() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("case.vconz").path
        let files = try BundleWriterTests.filesDirectory(in: dir)
        let created = BundleCommands.create(
            output: output, inputs: BundleWriterTests.inputs, filesDirectory: files,
            force: false, digester: testDigester, date: Date(timeIntervalSince1970: 0))
        #expect(created.exitCode == 0)
        #expect(created.stdout == "wrote \(output): 8 vCons, 4 files\n")
        let again = BundleCommands.create(
            output: output, inputs: BundleWriterTests.inputs, filesDirectory: files,
            force: false, digester: testDigester)
        #expect(again.exitCode == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(BundleCommands.verify(path: output, digester: testDigester).exitCode == 0)
    }
}

@Suite struct BundleBenchmarkTests {
    @Test func benchmarkRunsOnASmallBundle() throws {
        let result = try BundleBenchmark.listing(count: 50)
        #expect(result.count == 50)
        #expect(result.seconds >= result.openSeconds)
        #expect(result.peakRSS > 0)
    }
}
