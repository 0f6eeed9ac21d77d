import VConBundle
import VConLibrary
import VConModel
import VConStore

/// The sources the command line names: store URLs (`postgres://…`, `https://…/api`) and store members
/// (`SOURCE#<uuid>`) become store sources; everything else goes to `PathSources` (files, directories, bundles, `-`).
enum CommandLineSources {
    /// How many of a store's newest members `tree` opens (it opens every listed member; the browser pages instead).
    static let storeMemberLimit = 50

    /// A catalog over `paths`, stores included. A store that cannot be opened is a problem, not a crash.
    ///
    /// With `pagesOnDemand` (the browser), a store is listed a page at a time as the list scrolls and its members
    /// are opened only when asked; otherwise its newest `storeLimit` members are listed (`tree`).
    static func catalog(
        _ paths: [String], opener: MemberOpener, settings: StoreSettings = StoreSettings(), storeLimit: Int? = storeMemberLimit,
        pagesOnDemand: Bool = false
    ) -> (
        catalog: Catalog, problems: [SourceProblem]
    ) {
        var sources: [any LibrarySource] = []
        var problems: [SourceProblem] = []
        var run: [String] = []
        func flush() {
            guard !run.isEmpty else { return }
            let made = PathSources.sources(for: run, options: BundleOptions())
            sources += made.sources
            problems += made.problems
            run = []
        }
        for path in paths {
            guard StoreOpening.isStore(path) || StoreMember.reference(path) != nil else {
                run.append(path)
                continue
            }
            flush()
            if let source = memberSource(path, settings: settings) {
                sources.append(source)
                continue
            }
            do {
                let store = try StoreOpening.open(path, settings: settings)
                sources.append(
                    pagesOnDemand
                        ? StoreSource(store: store, pagesOnDemand: true) : StoreSource(store: store, maxMembers: storeLimit))
            } catch {
                problems.append(SourceProblem(place: StoreListing.masked(path), message: error.message))
            }
        }
        flush()
        let catalog = Catalog(
            sources: sources, opener: opener, cacheLimit: 64, containerOpener: PathSources.containerOpener(BundleOptions()))
        return (catalog, problems)
    }

    /// A source of one member for `SOURCE#<uuid>`, connected when the member is loaded; nil for anything else.
    static func memberSource(_ path: String, settings: StoreSettings = StoreSettings()) -> (any LibrarySource)? {
        guard let reference = StoreMember.reference(path) else { return nil }
        let source = reference.source
        return StoreMemberSource(display: StoreListing.masked(source) + "#" + reference.id, id: reference.id) {
            () throws(StoreError) -> any RemoteStore in
            try StoreOpening.open(source, settings: settings)
        }
    }
}
