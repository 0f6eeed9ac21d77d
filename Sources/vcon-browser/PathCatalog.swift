import VConBundle
import VConLibrary
import VConModel

/// The catalog `show` and `validate` read their files through: one member per path, in the order given
/// (`-` is standard input), opened once each when its turn comes.
enum PathCatalog {
    static func files(_ paths: [String], opener: MemberOpener, store: StoreSettings = StoreSettings()) -> Catalog {
        var sources: [any LibrarySource] = []
        var run: [String] = []
        for path in paths {
            if let member = CommandLineSources.memberSource(path, settings: store) {
                if !run.isEmpty { sources.append(FileSource(paths: run)) }
                run = []
                sources.append(member)
            } else if path == "-" {
                if !run.isEmpty { sources.append(FileSource(paths: run)) }
                run = []
                sources.append(StandardInputSource())
            } else {
                run.append(path)
            }
        }
        if !run.isEmpty { sources.append(FileSource(paths: run)) }
        let catalog = Catalog(sources: sources, opener: opener, cacheLimit: 1)
        catalog.listAll()
        return catalog
    }
}
