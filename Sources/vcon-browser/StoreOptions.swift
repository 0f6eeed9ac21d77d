import ArgumentParser
import Foundation
import VConPostgres
import VConServerAPI
import VConStore

/// Options for opening a store (PostgreSQL or the vcon-server API), shared by the commands that accept one.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("PostgreSQL: the table holding the vCons.", valueName: "NAME"))
    var table: String = PostgresLayout.vconServer.table

    @Option(name: .customLong("id-column"), help: ArgumentHelp("PostgreSQL: the uuid column.", valueName: "NAME"))
    var idColumn: String = PostgresLayout.vconServer.id

    @Option(
        name: .customLong("created-column"),
        help: ArgumentHelp("PostgreSQL: the creation time column.", valueName: "NAME"))
    var createdColumn: String = PostgresLayout.vconServer.createdAt

    @Option(
        name: .customLong("json-column"),
        help: ArgumentHelp("PostgreSQL: the JSONB document column.", valueName: "NAME"))
    var jsonColumn: String = PostgresLayout.vconServer.json

    @Option(
        name: .customLong("subject-column"),
        help: ArgumentHelp("PostgreSQL: the subject column, or - for none.", valueName: "NAME"))
    var subjectColumn: String = "subject"

    @Option(
        name: .customLong("store-timeout"),
        help: ArgumentHelp("Seconds a store statement or request may take.", valueName: "SECONDS"))
    var timeout: Double = 30

    /// The settings these options name.
    var settings: StoreSettings {
        StoreSettings(
            layout: PostgresLayout(
                table: table, id: idColumn, createdAt: createdColumn, subject: subjectColumn == "-" ? nil : subjectColumn,
                json: jsonColumn, version: table.hasPrefix(PostgresLayout.vconServer.table) ? "vcon" : nil),
            timeout: timeout)
    }
}

/// How to open a store: the PostgreSQL layout and the time a statement or request may take.
struct StoreSettings {
    var layout = PostgresLayout.vconServer
    var timeout: Double = 30
}

/// Opens the store a command-line argument names, or says it is not a store.
enum StoreOpening {
    /// True when `text` names a store (a `postgres://`, `postgresql://`, `https://` or `http://` URL).
    static func isStore(_ text: String) -> Bool {
        PostgresLocation.handles(text) || APILocation.handles(text)
    }

    /// Connects to the store `text` names (the connection is checked now, so bad credentials fail here).
    static func open(_ text: String, settings: StoreSettings = StoreSettings(), token: String? = nil) throws(StoreError)
        -> any RemoteStore
    {
        if PostgresLocation.handles(text) {
            return try PostgresStore(location: PostgresLocation(text), layout: settings.layout, statementTimeout: settings.timeout)
        }
        return VConServerStore(location: try APILocation(text, token: token), timeout: settings.timeout)
    }
}
