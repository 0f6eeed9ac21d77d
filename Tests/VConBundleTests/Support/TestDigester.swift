import VConCrypto
import VConModel

/// The hasher the bundle tests use: VConCrypto's OpenSSL digester, the one the command line uses.
let testDigester: any Digesting = OpenSSLDigester()
