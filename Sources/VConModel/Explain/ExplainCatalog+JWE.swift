/// Members of the encrypted form: a JWE in general (`recipients[]`) or flattened JSON serialization.
extension ExplainCatalog {
    private static let encryptedForm = SpecReference.core("5.3", "Encrypted Form of vCon Object")
    private static let unprotectedObject = SpecReference.core("5.3.1", "Unprotected Object")
    private static let recipientObject = SpecReference.core("5.3.2", "Recipient Object")
    private static let recipientHeader = SpecReference.core("5.3.3", "Header Object")
    private static let general = SpecReference.jwe("7.2.1", "General JWE JSON Serialization Syntax")
    private static let flattened = SpecReference.jwe("7.2.2", "Flattened JWE JSON Serialization Syntax")

    static let envelopeJWE: [FieldExplanation] =
        [
            FieldExplanation(
                "", form: .jwe, title: "Encrypted vCon (JWE)",
                meaning:
                    "A signed vCon encrypted with JSON Web Encryption: sign first, then encrypt, so the signature outlives the encryption. The content key is encrypted for each recipient; ciphertext and recipients together mark the encrypted form.",
                standing: .envelope, specs: [encryptedForm, .petrie("5.3", "Encrypted Form of vCon Object"), general],
                related: ["unprotected", "recipients", "ciphertext"]),
            FieldExplanation(
                "unprotected", form: .jwe, title: "Shared unprotected header",
                meaning: "Header parameters for all recipients that are not integrity protected: cty, enc and the vCon's uuid.",
                standing: .envelope, specs: [unprotectedObject, .petrie("5.3.1", "Unprotected Object"), general],
                related: ["unprotected.cty", "unprotected.enc", "unprotected.uuid"]),
            FieldExplanation(
                "unprotected.cty", form: .jwe, title: "Content type of the plaintext",
                meaning: "What the decrypted bytes are: a vCon (in signed form) or a gzipped one.",
                standing: .envelope, specs: [unprotectedObject, .jwe("4.1.12", "cty")], spellings: always("cty"),
                values: [
                    AllowedValue("application/vcon", "a JSON vCon", since: "0.0.1 +"),
                    AllowedValue("application/vcon+gzip", "a gzipped JSON vCon", since: "0.3.0 (core-00) +"),
                    AllowedValue("application/vcon+json", "only in the drafts' examples; no draft text lists it", since: "examples only"),
                ],
                related: ["unprotected.enc"]),
            FieldExplanation(
                "unprotected.enc", form: .jwe, title: "Content encryption algorithm",
                meaning:
                    "The algorithm that encrypts the vCon itself with the content key; the drafts recommend A256CBC-HS512. The examples repeat it in the protected header, which strict JOSE libraries reject.",
                standing: .envelope, specs: [unprotectedObject, .jwe("4.1.2", "enc")], spellings: always("enc"),
                values: [
                    AllowedValue("A256CBC-HS512", "AES-256-CBC with HMAC-SHA-512 (recommended)"), AllowedValue("A256GCM", "AES-256-GCM"),
                ],
                related: ["unprotected.cty", "recipients[].header.alg"]),
            FieldExplanation(
                "unprotected.uuid", form: .jwe, title: "UUID of the encrypted vCon",
                meaning:
                    "The uuid of the vCon inside, readable without the key so the file can be filed and linked. After decryption it should be checked against the vCon's own uuid.",
                standing: .envelope, specs: [unprotectedObject, .core("6.5", "JSON Web Signature and Encryption Header Parameters")],
                spellings: [
                    GenerationSpelling(
                        from: .v0_0_1, through: .v0_0_1, spelling: "- (petrie) / uuid (container-01)", drafts: "petrie-00 .. container-01"),
                    GenerationSpelling(from: .v0_0_2, through: nil, spelling: "uuid", drafts: "container-02 .. core-03"),
                ]),
            FieldExplanation(
                "protected", form: .jwe, title: "Protected header",
                meaning:
                    "The base64url text of a JSON header bound to the ciphertext as additional authenticated data; the drafts' examples put alg and enc here.",
                standing: .envelope, specs: [general, .jwe("7.2.1", "protected")],
                related: ["unprotected"]),
            FieldExplanation(
                "recipients", form: .jwe, title: "Recipients",
                meaning: "One entry per recipient, each carrying the content key encrypted for that recipient's key.",
                standing: .envelope, specs: [encryptedForm, general], related: ["recipients[]"]),
            FieldExplanation(
                "recipients[]", form: .jwe, title: "Recipient Object",
                meaning: "One recipient: a header naming the key-encryption algorithm and the encrypted_key.",
                standing: .envelope, specs: [recipientObject, .petrie("5.3.2", "Recipient Object")],
                related: ["recipients[].header", "recipients[].encrypted_key"]),
            FieldExplanation(
                "recipients[].header", form: .jwe, title: "Recipient header",
                meaning: "Per-recipient header parameters, chiefly alg.",
                standing: .envelope, specs: [recipientHeader, .petrie("5.3.3", "Header Object")],
                related: ["recipients[].header.alg"]),
            FieldExplanation(
                "recipients[].encrypted_key", form: .jwe, title: "Encrypted content key",
                meaning:
                    "The content encryption key, encrypted with this recipient's public key; only the matching private key recovers it.",
                standing: .envelope, specs: [recipientObject, general],
                related: ["recipients[].header.alg"]),
            FieldExplanation(
                "header", form: .jwe, title: "Recipient header (flattened)",
                meaning: "In the flattened serialization, the single recipient's header parameters, chiefly alg.",
                standing: .envelope, specs: [recipientHeader, flattened],
                related: ["header.alg", "encrypted_key"]),
            FieldExplanation(
                "encrypted_key", form: .jwe, title: "Encrypted content key (flattened)",
                meaning: "In the flattened serialization, the content key encrypted for the single recipient.",
                standing: .envelope, specs: [recipientObject, flattened],
                related: ["header.alg"]),
            FieldExplanation(
                "iv", form: .jwe, title: "Initialization vector",
                meaning: "The base64url random initialization vector used with enc for this encryption.",
                standing: .envelope, specs: [encryptedForm, general]),
            FieldExplanation(
                "ciphertext", form: .jwe, title: "Ciphertext",
                meaning:
                    "The base64url encrypted bytes; decrypted, they are the signed (JWS) form of the vCon. Early drafts' examples spell it cyphertext.",
                standing: .envelope, specs: [encryptedForm, .petrie("5.3", "Encrypted Form of vCon Object"), general],
                spellings: [
                    GenerationSpelling(
                        from: .v0_0_1, through: .v0_0_1, spelling: "ciphertext (examples of petrie, container-00: cyphertext)",
                        drafts: "petrie-00 .. container-01"),
                    GenerationSpelling(from: .v0_0_2, through: nil, spelling: "ciphertext", drafts: "container-02 .. core-03"),
                ],
                related: ["cyphertext", "tag", "iv"]),
            FieldExplanation(
                "cyphertext", form: .jwe, title: "Ciphertext (misspelled in early examples)",
                meaning:
                    "The same as ciphertext. The examples of draft-petrie-vcon and container-00 used this spelling although their text said ciphertext; JOSE libraries do not recognise it.",
                standing: .retired, specs: [.petrie("A.7", "Encrypted vCon (example)")],
                spellings: [
                    GenerationSpelling(
                        from: .v0_0_1, through: .v0_0_1, spelling: "cyphertext (examples only)", drafts: "petrie-00 .. container-00"),
                    GenerationSpelling(from: .v0_0_2, through: nil, spelling: "ciphertext", drafts: "container-01 .. core-03"),
                ],
                related: ["ciphertext"]),
            FieldExplanation(
                "tag", form: .jwe, title: "Authentication tag",
                meaning:
                    "The base64url tag that proves the ciphertext, iv and protected header were not altered; decryption fails if it does not match.",
                standing: .envelope, specs: [encryptedForm, general]),
            FieldExplanation(
                "aad", form: .jwe, title: "Additional authenticated data",
                meaning: "Optional extra data bound to the encryption without being encrypted. The vCon drafts do not use it.",
                standing: .envelope, specs: [general]),
        ]
        + ["recipients[].header.alg", "header.alg"].map { path in
            FieldExplanation(
                path, form: .jwe, title: "Key encryption algorithm",
                meaning:
                    "How the content key is encrypted for the recipient; the drafts recommend RSA-OAEP (which uses SHA-1 internally; RSA-OAEP-256 uses SHA-256). The drafts' examples put it in the protected header rather than here.",
                standing: .envelope, specs: [recipientHeader, .jwe("4.1.1", "alg")], spellings: always("alg"),
                values: [
                    AllowedValue("RSA-OAEP", "RSAES OAEP with SHA-1 (recommended by the drafts)"),
                    AllowedValue("RSA-OAEP-256", "RSAES OAEP with SHA-256"),
                ],
                related: ["unprotected.enc"])
        }
}
