import Foundation
import Testing
import VConLibrary
import VConModel

@Suite("DirectorySource: paged walk of a tree")
struct DirectorySourceTests {
    /// A temporary tree in the vcon-server layout, plus a bundle, a hidden file, a non-vCon and a link out of the tree.
    func makeTree() throws -> String {
        let root = NSTemporaryDirectory() + "vcon-dir-\(UUID().uuidString)"
        let manager = FileManager.default
        let files = [
            "2024/01/02/11111111-1111-4111-8111-111111111111.json",
            "2024/01/02/22222222-2222-4222-8222-222222222222.json.gz",
            "2024/01/03/33333333-3333-4333-8333-333333333333.json",
            "2024/02/01/44444444-4444-4444-8444-444444444444.json",
            "notes.txt",
            "z.vcon",
        ]
        for file in files {
            let path = root + "/" + file
            try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data((file.hasSuffix(".txt") ? "hello" : "{}").utf8).write(to: URL(fileURLWithPath: path))
        }
        try Data("PK\u{3}\u{4}".utf8).write(to: URL(fileURLWithPath: root + "/b.vconz"))
        try Data("{}".utf8).write(to: URL(fileURLWithPath: root + "/.hidden.json"))
        try manager.createSymbolicLink(atPath: root + "/out.json", withDestinationPath: "/etc/hostname")
        return root
    }

    @Test("a tree's members are read and opened on every core, with what opening one by one records")
    func concurrentLoadsMatchOneByOne() throws {
        let root = NSTemporaryDirectory() + "vcon-dir-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        for index in 0..<600 {
            let uuid = String(format: "00000000-0000-4000-8000-%012d", index)
            let directory = root + String(format: "/2024/01/%02d", 1 + index / 100)
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let text = index % 9 == 4 ? "{not json" : vconJSON(uuid, subject: "call \(index)")
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(directory)/\(uuid).json"))
        }
        #expect(DirectorySource(root: root).capabilities.concurrentLoads)
        let together = Catalog(sources: [DirectorySource(root: root)])
        together.listAll()
        try together.openNext(600)
        let oneByOne = Catalog(sources: [DirectorySource(root: root)])
        oneByOne.listAll()
        for id in 0..<oneByOne.count { _ = try oneByOne.open(id) }
        #expect(together.count == 600)
        #expect(together.entries.map(\.state) == oneByOne.entries.map(\.state))
        #expect(together.entries.map(\.summary.subject) == oneByOne.entries.map(\.summary.subject))
        #expect(together.statistics.loads == 600 && together.statistics.opens == 600)
    }

    @Test("pages continue after the cursor, in directory order, with uuids from file names")
    func paging() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let source = DirectorySource(root: root)
        var names: [String] = []
        var uuids: [String?] = []
        var cursor: ListCursor?
        var containers: [String] = []
        var problems: [SourceProblem] = []
        var pages = 0
        repeat {
            let page = try source.list(ListRequest(cursor: cursor, limit: 2), cancellation: .never)
            names += page.members.map { String($0.displayName.dropFirst(root.count + 1)) }
            uuids += page.members.map(\.summary.uuid)
            containers += page.containers
            problems += page.problems
            cursor = page.next
            pages += 1
        } while cursor != nil && pages < 10
        #expect(
            names == [
                "2024/01/02/11111111-1111-4111-8111-111111111111.json",
                "2024/01/02/22222222-2222-4222-8222-222222222222.json.gz",
                "2024/01/03/33333333-3333-4333-8333-333333333333.json",
                "2024/02/01/44444444-4444-4444-8444-444444444444.json",
                "z.vcon",
            ])
        #expect(uuids.prefix(2) == ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"])
        #expect(uuids.last == .some(nil))
        #expect(containers == [root + "/b.vconz"])
        #expect(problems.map(\.message) == ["skipped: symbolic link out of the tree"])
    }

    @Test("a missing root fails the listing with notFound")
    func missingRoot() {
        #expect(throws: SourceError.self) {
            try DirectorySource(root: "/nonexistent/vcon-dir").list(ListRequest(), cancellation: .never)
        }
    }

    @Test("a cancelled walk throws cancelled")
    func cancelled() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cancellation = Cancellation()
        cancellation.cancel()
        do {
            _ = try DirectorySource(root: root).list(ListRequest(), cancellation: cancellation)
            Issue.record("listing went on after cancel")
        } catch {
            #expect(error.kind == .cancelled)
        }
    }

    @Test(arguments: [
        ("2026/01/15/0195544A-B9B1-8EE4-B9A2-279E0D16BC46.json", "0195544a-b9b1-8ee4-b9a2-279e0d16bc46"),
        ("0195544a-b9b1-8ee4-b9a2-279e0d16bc46.json.gz", "0195544a-b9b1-8ee4-b9a2-279e0d16bc46"),
        ("/a/b/0195544a-b9b1-8ee4-b9a2-279e0d16bc46", "0195544a-b9b1-8ee4-b9a2-279e0d16bc46"),
    ])
    func aFileNamedByItsUUIDGivesIt(_ path: String, _ uuid: String) {
        #expect(FileNaming.uuid(inFileName: path) == uuid)
    }

    @Test(arguments: [
        "0195544a-b9b1-8ee4-b9a2-279e0d16bc4.json", "0195544a-b9b1-8ee4-b9a2-279e0d16bc466.json",
        "0195544a_b9b1-8ee4-b9a2-279e0d16bc46.json", "0195544a-b9b1-8ee4-b9a2-279e0d16bc4g.json",
        "x.0195544a-b9b1-8ee4-b9a2-279e0d16bc46.json", "0195544a-b9b1-8ee4-b9a2-279e0d16bc46/x.json", "", "/",
    ])
    func otherNamesGiveNone(_ path: String) {
        #expect(FileNaming.uuid(inFileName: path) == nil)
    }
}
