// swift-tools-version: 6.0
// vcon-browser: a terminal browser for vCon conversation containers.
// The dependency rule (see CODEBASE.md) is enforced here: only the adapters
// name a C module, and only CursesBackend names curses.
import PackageDescription

let package = Package(
    name: "vcon-browser",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vcon-browser", targets: ["vcon-browser"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // System libraries: module.modulemap + shim.h only.
        .systemLibrary(name: "CNCurses", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),

        // Pure Swift. UnsafeText is the one definition of text that must not reach a terminal raw (both sides use it).
        .target(name: "UnsafeText"),
        // The JSON reader: file bytes (read or mapped under MappingGuard), the parser, its tape, JSONDocument/JSONValue,
        // pointers, line:column. All of VConModel's mmap and pointer code; VConModel re-exports it.
        .target(name: "VConJSON", dependencies: ["UnsafeText"]),
        .target(name: "VConModel", dependencies: ["VConJSON", "UnsafeText"]),
        // SIP messages, SDP and the ladder layout (pure, over the vCon model).
        .target(name: "VConSIP", dependencies: ["VConModel"]),
        // What is open: sources (list cheaply, load on demand, cancel) and the catalog over them.
        .target(name: "VConLibrary", dependencies: ["VConModel"]),
        .target(name: "TermUI", dependencies: ["UnsafeText"]),
        .target(name: "BrowserCore", dependencies: ["VConModel", "VConSIP", "VConLibrary", "TermUI", "UnsafeText"]),
        // The user's config file (TOML): theme, time, keys, trust, named sources; pure apart from reading the file.
        .target(
            name: "UserConfig", dependencies: ["BrowserCore", "TermUI", .product(name: "TOMLKit", package: "TOMLKit")]),
        // What a network store is to the browser and `list`: filters, summaries, pages, errors, secret masking,
        // and the LibrarySource conformance both stores share.
        .target(name: "VConStore", dependencies: ["VConModel", "VConLibrary"]),
        // What a .vconz bundle is, without zip: layout, manifest, member and file rules, creation plans, the --files
        // directory index. VConBundle (the libzip/zlib adapter) re-exports it.
        .target(name: "VConBundleModel", dependencies: ["VConModel"]),

        // Adapters, each the only Swift code that imports its C library.
        .target(name: "VConCrypto", dependencies: ["VConModel", "COpenSSL"]),
        .target(name: "VConBundle", dependencies: ["VConModel", "VConBundleModel", "VConLibrary", "CZip", "CZlib"]),
        .target(name: "CursesBackend", dependencies: ["TermUI", "CNCurses"]),
        .target(name: "VConPostgres", dependencies: ["VConModel", "VConStore", "CLibPQ"]),
        // Subcommand logic that needs the adapters (verify, bundle list/verify/create): inputs in, text and exit status
        // out, so the executable only parses arguments and prints.
        .target(name: "VConCommands", dependencies: ["VConModel", "VConLibrary", "VConCrypto", "VConBundle"]),
        // The vcon-server API source, on Foundation's URL loading.
        .target(name: "VConServerAPI", dependencies: ["VConModel", "VConStore"]),

        // Thin executables: argument parsing and wiring.
        .executableTarget(
            name: "vcon-browser",
            dependencies: [
                "VConModel", "VConSIP", "VConLibrary", "VConCrypto", "VConBundle", "VConCommands", "TermUI", "BrowserCore", "CursesBackend",
                "UserConfig",
                "VConStore", "VConPostgres", "VConServerAPI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "vcon-bench",
            dependencies: [
                "VConModel", "VConSIP", "VConCrypto", "VConBundle", "VConCommands", "BrowserCore", "TermUI", "VConLibrary", "VConStore",
                "VConPostgres",
                "VConServerAPI",
            ]),

        // Test helpers shared by test targets (which cannot import each other). TestSupport: the package root,
        // ../shared folders and their `.corpus` trait, the snapshot/golden recorder (VCON_RECORD=1), the tmux driver.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // SIP scenarios and vCon JSON builders for the ladder tests.
        .target(name: "LadderTestSupport", dependencies: ["VConModel", "VConSIP", "TestSupport"], path: "Tests/LadderTestSupport"),
        // Seeded mutators, seed lists and the model pipeline driver shared by the Robustness suites.
        .target(name: "RobustnessSupport", dependencies: ["VConModel", "VConCommands", "TestSupport"], path: "Tests/RobustnessSupport"),

        .testTarget(name: "VConJSONTests", dependencies: ["VConJSON", "TestSupport"]),
        .testTarget(
            name: "VConModelTests",
            dependencies: ["VConModel", "VConSIP", "VConCommands", "LadderTestSupport", "RobustnessSupport", "TestSupport"]),
        .testTarget(
            name: "VConCryptoTests",
            dependencies: ["VConCrypto", "VConModel", "VConBundle", "VConCommands", "COpenSSL", "RobustnessSupport", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "VConBundleTests",
            dependencies: [
                "VConBundle", "VConModel", "VConLibrary", "VConCrypto", "VConCommands", "CZip", "CZlib", "RobustnessSupport", "TestSupport",
            ]),
        .testTarget(name: "TermUITests", dependencies: ["TermUI", "TestSupport"]),
        .testTarget(name: "VConLibraryTests", dependencies: ["VConLibrary", "VConModel", "TestSupport"]),
        .testTarget(name: "UnsafeTextTests", dependencies: ["UnsafeText", "VConModel", "TermUI", "TestSupport"]),
        .testTarget(
            name: "BrowserCoreTests",
            dependencies: ["BrowserCore", "TermUI", "VConModel", "VConLibrary", "LadderTestSupport", "RobustnessSupport", "TestSupport"]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "TermUI", "CNCurses", "TestSupport"]),
        .testTarget(name: "UserConfigTests", dependencies: ["UserConfig", "BrowserCore", "TermUI", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["vcon-browser", "TestSupport", "StoreTestSupport"]),
        // Where the store tests find PostgreSQL (VCON_TEST_PG) and start the local vcon-server contract server.
        .target(name: "StoreTestSupport", dependencies: ["TestSupport"], path: "Tests/StoreTestSupport"),
        .testTarget(
            name: "StoreTests",
            dependencies: ["VConStore", "VConPostgres", "VConServerAPI", "VConModel", "VConCommands", "StoreTestSupport", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
