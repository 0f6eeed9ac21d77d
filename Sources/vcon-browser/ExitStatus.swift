import ArgumentParser
import VConModel

/// The one exit-status table of every command (issue 12.6a): show, validate, verify, tree, ladder, list and the
/// browser answer the same input with the same status. The table is printed in `--help` and the README.
enum ExitStatus {
    /// Done: every input is a vCon and the command's check passed.
    static let ok: Int32 = 0
    /// An input is JSON but not a vCon, or the command's check failed (validate: an error finding; verify: an
    /// invalid signature or hash; ladder: no SIP signaling).
    static let failed: Int32 = 1
    /// An input cannot be read: missing, empty, not JSON, a store that cannot be reached.
    static let unreadable: Int32 = 2
    /// verify only: nothing invalid, but not verified either (untrusted chain, encrypted without a key).
    static let notVerified: Int32 = 3
    /// The command line itself is wrong (unknown option, bad value): the usage is printed.
    static let usage: Int32 = 64

    /// The status of an input that could not be opened as a vCon: 1 for JSON that is not a vCon, else 2.
    static func of(_ error: LoadError?) -> Int32 { error?.kind == .notVCon ? failed : unreadable }

    /// The table as `--help` and the README print it.
    static let table = """
        Exit status (every command): 0 done; 1 an input is JSON but not a vCon, or the check failed \
        (validate: an error finding; verify: invalid; ladder: no SIP signaling); 2 an input cannot be read \
        (missing, empty, not JSON, store unreachable); 3 verify: not verified (untrusted, encrypted); \
        64 usage error (bad option or value); 130 interrupted. The browser starts when at least one vCon \
        opens (the others are listed inside it); else it exits like the table, with one line per input.
        """

    /// Prints `message` (one line to standard error) and leaves with `status`, without the usage.
    static func fail(_ message: String, status: Int32) -> ExitCode {
        Output.error(message)
        return ExitCode(status)
    }
}
