import ArgumentParser
import HavenCore

/// The `--store` option every command that reads or writes responses shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The response store (default: $HAVEN_STORE, else ./haven.sqlite).", valueName: "path"))
    var store: String?

    /// The default store file, in the working directory.
    static let defaultFileName = "haven.sqlite"

    /// The store's path: `--store`, else `HAVEN_STORE`, else `haven.sqlite` in the working directory.
    func path(in context: CommandContext) -> String {
        context.resolve(store ?? context.environment["HAVEN_STORE"] ?? Self.defaultFileName)
    }

    /// Opens the SQLite store, creating it when `create` is true.
    func open(in context: CommandContext, create: Bool = true) throws -> SQLiteStore {
        try SQLiteStore(path: path(in: context), create: create)
    }
}
