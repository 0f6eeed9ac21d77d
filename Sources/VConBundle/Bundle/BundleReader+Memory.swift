import VConModel

extension BundleReader {
    /// Opens a bundle held in memory (the built-in demo); `name` stands in for the path in sources and messages.
    ///
    /// Nothing touches the disk: the archive is read from a private copy of `bytes`.
    public static func open(bytes: [UInt8], name: String, options: BundleOptions = BundleOptions()) throws(BundleError) -> BundleReader {
        let archive = try ZipArchive(bytes: bytes, name: name, limits: options.limits)
        return try BundleReader(archive: archive, options: options)
    }
}
