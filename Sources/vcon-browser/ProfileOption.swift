import ArgumentParser
import VConModel

/// `--profile core-03|core-04`: which draft's rules findings follow (default: core-04 for 0.4.0
/// files, an older file's own generation otherwise).
struct ProfileOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Rules to check against: core-04 (the default for 0.4.0 files) or core-03. Older files use their own generation's rules unless a profile is named.",
            valueName: "core-03|core-04"))
    var profile: String?

    /// The profile asked for, or nil for the automatic one.
    func resolved() throws -> Profile? {
        guard let profile else { return nil }
        guard let value = Profile(name: profile) else {
            throw ValidationError("unknown profile \"\(profile)\": use core-03 or core-04")
        }
        return value
    }
}
