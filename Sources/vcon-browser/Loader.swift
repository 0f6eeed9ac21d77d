import VConBundle
import VConModel

/// The one place that decides how the command line opens files: which adapters the loader gets.
func makeLoader() -> FileLoader {
    FileLoader(inflater: ZlibInflater())
}
