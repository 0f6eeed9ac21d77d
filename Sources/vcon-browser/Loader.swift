import VConModel

/// The one place that decides how the command line opens files: which adapters the loader gets.
///
/// Gzip: `FileLoader(inflater:)` takes the zlib inflater from VConBundle once it is on main;
/// until then a gzip `.vcon` is named as gzip and reported unreadable with that reason.
func makeLoader() -> FileLoader {
    FileLoader(inflater: nil)
}
