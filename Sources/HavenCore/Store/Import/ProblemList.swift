/// Collects an import's problems: the first few in full, the rest counted.
struct ProblemList {
    let file: String
    private(set) var shown: [ImportProblem] = []
    private(set) var more = 0

    init(file: String) {
        self.file = file
    }

    var isEmpty: Bool { shown.isEmpty }

    /// Whether another problem would still be listed in full rather than only counted.
    var isListing: Bool { shown.count < ImportError.shownLimit }

    mutating func add(row: Int, column: Int, _ message: String) {
        if isListing {
            shown.append(ImportProblem(file: file, row: row, column: column, message: message))
        } else {
            more += 1
        }
    }

    var error: ImportError? {
        shown.isEmpty ? nil : ImportError(problems: shown, more: more)
    }
}
