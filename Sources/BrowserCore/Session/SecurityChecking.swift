import Foundation
import Synchronization
import VConModel

/// What the Security pane needs that BrowserCore cannot do itself: digests over bundle `files/` and `--files`,
/// PASSporT signature checks, and re-judging the library with another anchor or key.
///
/// BrowserCore never imports OpenSSL or the bundle reader; the executable implements this protocol with
/// `ContentHashVerifier`, `ExternalFileResolver`, `StirVerifier` and `OpenSSLJOSE`, and tests pass a double.
public protocol SecurityChecking: Sendable {
    /// The time certificate validity is judged against (read once at start; pinned in tests).
    var now: Date { get }

    /// Every content hash of `vcon` (inline bodies, external references and relation references), in document order:
    /// inline bodies hashed directly, external ones against bundle `files/` and `--files`, never fetched.
    func contentHashes(of vcon: VCon, member: Int) -> [HashCheck]

    /// Each party's STIR PASSporT, checked against its `stir-certificate` attachment and compared with any
    /// `stir-verification-report`.
    func stir(of vcon: VCon, member: Int) -> [StirCheck]

    /// Judges the whole library again with one more trust anchor or key (`:trust FILE`, `:key FILE`), re-opening
    /// encrypted members the key opens. Throws when the file cannot be read or holds no certificate or key.
    func rejudge(adding addition: SecurityAddition) throws(SecurityAdditionError) -> BrowserSession

    /// Opens every input again from disk with the anchors and keys added so far (`R` after "changed on disk"),
    /// with the problems met (files that no longer open).
    func reopen() throws(SecurityAdditionError) -> (BrowserSession, [String])
}

extension SecurityChecking {
    /// Sessions that cannot open their inputs again (test doubles) say so.
    public func reopen() throws(SecurityAdditionError) -> (BrowserSession, [String]) {
        throw SecurityAdditionError("this session cannot open its inputs again")
    }
}

/// A trust anchor or key given inside the browser.
public enum SecurityAddition: Sendable, Hashable {
    /// `:trust FILE`: PEM certificates to trust as anchors.
    case trust(String)
    /// `:key FILE`: a PEM private key (decrypt), public key (pin) or symmetric key.
    case key(String)

    /// The path given.
    public var path: String {
        switch self {
        case .trust(let path), .key(let path): path
        }
    }
}

/// Why `:trust` / `:key` could not add the file, in plain words.
public struct SecurityAdditionError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The checks of one member that cost I/O or crypto, computed the first time the Security pane needs them.
public struct SecurityFacts: Sendable {
    public var hashes: [HashCheck]
    public var stir: [StirCheck]

    public init(hashes: [HashCheck], stir: [StirCheck]) {
        self.hashes = hashes
        self.stir = stir
    }
}

/// Remembers each member's `SecurityFacts`, so moving in the pane never hashes a file twice.
///
/// A reference type shared by copies of the session (the state is a value); a new session (after `:trust`)
/// gets a new cache.
public final class SecurityFactsCache: Sendable {
    private let facts = Mutex<[Int: SecurityFacts]>([:])

    public init() {}

    /// The facts of `member`, when they were checked.
    func known(_ member: Int) -> SecurityFacts? { facts.withLock { $0[member] } }

    /// Keeps the facts of `member` (written by the work that checked them, off the UI loop).
    func store(_ made: SecurityFacts, for member: Int) { facts.withLock { $0[member] = made } }
}

extension BrowserDocument {
    /// The vCon the envelope protects: the readable vCon, else the plaintext the envelope check reached.
    var payload: VCon? { vcon ?? envelope?.innerDocument.map { VCon(json: $0.root) } }
}

extension BrowserSession {
    /// The content hashes and STIR checks of `document` once checked; nil before, and when no checker was given
    /// or no vCon is readable. Reads the cache only: the checking is `checkSecurity(member:)`'s, off the UI loop.
    func securityFacts(_ document: BrowserDocument) -> SecurityFacts? {
        guard checker != nil, document.payload != nil else { return nil }
        return securityCache.known(document.memberIndex)
    }

    /// True when `document` has a checker and a readable vCon but its checks have not run yet.
    func awaitsSecurityCheck(_ document: BrowserDocument) -> Bool {
        checker != nil && document.payload != nil && securityCache.known(document.memberIndex) == nil
    }

    /// Runs the checker over library member `member` (reads and hashes external files, checks STIR) and keeps the
    /// facts in the cache: the work of `Effect.checkSecurity`, never called by the reducer.
    public func checkSecurity(member: Int) {
        guard let checker, securityCache.known(member) == nil,
            let document = documents.first(where: { $0.memberIndex == member }), let vcon = document.payload
        else { return }
        let facts = SecurityFacts(
            hashes: checker.contentHashes(of: vcon, member: member), stir: checker.stir(of: vcon, member: member))
        securityCache.store(facts, for: member)
    }
}
