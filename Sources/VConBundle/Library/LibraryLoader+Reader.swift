import VConModel

extension LibraryLoader {
    /// Opens every member of a bundle that is already open (e.g. one read from memory) into a library.
    ///
    /// Members are named `<reader.path>!<entry>`, as for a bundle opened from a path; a member that
    /// cannot be read becomes a problem line.
    public func open(reader: BundleReader) -> Result {
        var result = Result()
        result.bundles.append(reader)
        for member in reader.members {
            do {
                let file = try reader.load(member, loader: loader)
                result.library.add(
                    LibraryMember(source: .bundleMember(bundle: reader.path, entry: member.entryName), file: file), loader: loader)
            } catch {
                result.problems.append("\(TextSafety.line(reader.path))!\(TextSafety.line(member.entryName)): \(error.message)")
            }
        }
        return result
    }
}
