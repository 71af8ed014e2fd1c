import GRDB

/// The SQLite store's tables and their migrations.
///
/// Every table is `WITHOUT ROWID` and keyed by random or hashed values, so neither the storage
/// order nor any key reveals the order in which responses arrived. No table has a time column.
enum StoreSchema {
    /// Identifies a Haven store among SQLite files ('HAVN').
    static let applicationID: Int32 = 0x4841_564E

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(
                sql: """
                    CREATE TABLE response (
                        id BLOB NOT NULL PRIMARY KEY CHECK (length(id) = 16),
                        survey TEXT NOT NULL,
                        version INTEGER NOT NULL,
                        period TEXT NOT NULL,
                        answers BLOB NOT NULL
                    ) WITHOUT ROWID;
                    CREATE TABLE participation_code (
                        hash BLOB NOT NULL PRIMARY KEY,
                        survey TEXT NOT NULL,
                        period TEXT NOT NULL
                    ) WITHOUT ROWID;
                    CREATE TABLE imported_file (
                        digest TEXT NOT NULL PRIMARY KEY
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v2-ledger") { db in
            // The publication ledger: every figure every report released, shown or hidden, with the
            // fingerprint of the data it came from. No times: a release id is random.
            try db.execute(
                sql: """
                    CREATE TABLE ledger_release (
                        id TEXT NOT NULL PRIMARY KEY,
                        survey TEXT NOT NULL,
                        tables TEXT NOT NULL
                    ) WITHOUT ROWID;
                    CREATE TABLE ledger_period (
                        release_id TEXT NOT NULL REFERENCES ledger_release(id),
                        period TEXT NOT NULL,
                        fingerprint TEXT NOT NULL,
                        PRIMARY KEY (release_id, period)
                    ) WITHOUT ROWID;
                    CREATE TABLE ledger_figure (
                        release_id TEXT NOT NULL REFERENCES ledger_release(id),
                        period TEXT NOT NULL,
                        grp TEXT NOT NULL,
                        question TEXT NOT NULL,
                        measure TEXT NOT NULL,
                        option TEXT NOT NULL,
                        count INTEGER NOT NULL,
                        shown INTEGER NOT NULL,
                        PRIMARY KEY (release_id, period, grp, question, measure, option)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v3-withheld-tables") { db in
            // The tables of each quarter a release withheld whole, as the ledger's JSON table list:
            // their figures are no longer listed one by one (a national quarter's are millions).
            try db.execute(sql: "ALTER TABLE ledger_period ADD COLUMN withheld_tables TEXT NOT NULL DEFAULT '[]'")
        }
        return migrator
    }
}
