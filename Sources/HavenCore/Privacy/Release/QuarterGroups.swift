import HavenSurvey

/// The groups with respondents of a quarter's tables, each with its atoms and table: listed once
/// a quarter and shared by its every tabulation (a table's batches, a probe's, the whole one) and
/// by its model, so that each group's key is made once. Listed for each, a national quarter's
/// 12,600 groups were held twice through its audits (2.6 MB of keys).
struct QuarterGroups: Sendable {
    /// A group with its atoms, and the table it is in.
    typealias Job = (group: GroupKey, atoms: [Int], table: BreakdownTable)

    /// The groups of each table, in the order `Tabulation.groups(of:counts:module:)` lists them.
    let byTable: [BreakdownTable: [GroupKey]]
    /// Every group once, in canonical order.
    let jobs: [Job]

    /// The groups of `tables` with respondents in `counts`.
    init(of tables: [BreakdownTable], counts: QuarterCounts, module: SurveyModule) {
        let order = counts.sortedAtoms
        var byTable: [BreakdownTable: [GroupKey]] = [:]
        var found: [Job] = []
        var seen: Set<GroupKey> = []
        for table in tables {
            let candidates = Tabulation.groups(of: table, counts: counts, module: module)
            let atomsOf = counts.atoms(in: candidates, order: order)
            byTable[table] = candidates.filter { !(atomsOf[$0] ?? []).isEmpty }
            // A group is in one table: its conditions name the table's dimensions.
            for group in byTable[table] ?? [] where seen.insert(group).inserted {
                found.append((group, atomsOf[group] ?? [], table))
            }
        }
        self.byTable = byTable
        jobs = found.sorted { $0.group < $1.group }
    }

    /// Every group of every table.
    var all: [GroupKey] { jobs.map(\.group) }
}
