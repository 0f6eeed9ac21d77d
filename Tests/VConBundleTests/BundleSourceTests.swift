import Foundation
import TestSupport
import Testing
import VConLibrary
import VConModel

@testable import VConBundle

/// A bundle as a library source: listed from the central directory, members read one at a time.
@Suite struct BundleSourceTests {
    @Test(.corpus) func listsFromTheDirectoryAndOpensOnDemand() throws {
        let path = Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz")
        let source = try BundleSource.open(path: path)
        let catalog = Catalog(
            sources: [source], opener: MemberOpener(loader: FileLoader(inflater: ZlibInflater())))
        catalog.listNextPage(limit: 3)
        #expect(catalog.count == 3)
        #expect(!catalog.isListingComplete)
        catalog.listAll()
        #expect(catalog.count == 8)
        #expect(catalog.statistics.opens == 0)
        #expect(catalog.entries.allSatisfy { $0.summary.uuid != nil })
        let opened = try catalog.open(4)
        #expect(opened.vcon != nil)
        #expect(catalog.statistics.opens == 1)
        #expect(source.origin(of: catalog.entries[4].listing) == .bundleMember(bundle: path, entry: catalog.entries[4].listing.key.raw))
        #expect(source.inputPaths == [path])
    }

    @Test(.corpus) func aBundleInADirectoryBecomesASourceOfItsOwn() throws {
        let bundle = Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz")
        let directory = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(atPath: bundle, toPath: directory.path + "/b.vconz")
        try Data("{}".utf8).write(to: directory.appendingPathComponent("a.json"))
        let catalog = Catalog(
            sources: [DirectorySource(root: directory.path)],
            containerOpener: { path throws(SourceError) in try BundleSource.open(path: path) })
        catalog.listAll()
        #expect(catalog.count == 9)
        #expect(catalog.allSources.count == 2)
        #expect(try catalog.open(0).error?.kind == .notVCon)
        #expect(try catalog.open(1).vcon != nil)
    }

    @Test func anUnreadableBundleIsAProblem() throws {
        let directory = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("PK\u{3}\u{4}garbage".utf8).write(to: directory.appendingPathComponent("bad.vconz"))
        let catalog = Catalog(
            sources: [DirectorySource(root: directory.path)],
            containerOpener: { path throws(SourceError) in try BundleSource.open(path: path) })
        catalog.listAll()
        #expect(catalog.count == 0)
        #expect(catalog.problems.count == 1)
        #expect(catalog.problems.first?.message.hasPrefix("not a readable bundle") == true)
    }
}
