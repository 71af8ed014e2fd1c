import HavenCore

/// The two things a pass asks of the response store, so the pass depends on nothing else in it.
struct StoreAccess {
    /// Whether a participation code is unused (`ResponseStore.codeIsUsable`).
    let codeIsUsable: (_ code: String, _ survey: String) throws -> Bool
    /// Commits a response, consuming its code (`ResponseStore.append`); throws `StoreError`.
    let append: (_ response: Response, _ code: String?) throws -> Void
    /// Opens the store now, if it is not open yet.
    let open: () throws -> Void

    init(codeIsUsable: @escaping (String, String) throws -> Bool, append: @escaping (Response, String?) throws -> Void) {
        self.codeIsUsable = codeIsUsable
        self.append = append
        open = {}
    }

    /// The store `open` returns, opened the first time it is needed and kept open after.
    ///
    /// Opening the store file is itself a write (SQLite and GRDB touch its header), so a pass
    /// that ends before it needs the store must never open it: a quick exit leaves no trace.
    init(opening open: @escaping () throws -> any ResponseStore) {
        let store = LazyStore(open: open)
        codeIsUsable = { code, survey in try store.get().codeIsUsable(code, survey: survey) }
        append = { response, code in try store.get().append(response, code: code) }
        self.open = { _ = try store.get() }
    }
}

/// A store opened on first use.
private final class LazyStore {
    private let open: () throws -> any ResponseStore
    private var store: (any ResponseStore)?

    init(open: @escaping () throws -> any ResponseStore) {
        self.open = open
    }

    func get() throws -> any ResponseStore {
        if let store { return store }
        let opened = try open()
        store = opened
        return opened
    }
}
