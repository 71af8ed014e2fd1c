/// What a probe of large tables audits (`SecondarySuppression.probeLargeTables`): one protected
/// quantity in `stride` of about `probeSystems` systems (or fewer, to audit about `probeSample`
/// in all), the group sizes' always among them.
struct ProbePlan {
    /// Each system's protected quantities in the quarter, the withheld groups' among them.
    let counts: [AuditSystemID: Int]
    /// The systems sampled, in order.
    let sampled: [AuditSystemID]
    /// One quantity in this many of each sampled system is audited.
    let stride: Int
    /// Every system's quantities together.
    let total: Int

    /// The plan for a quarter whose systems protect `counts` quantities each (systems with none
    /// left out).
    init(counts: [AuditSystemID: Int]) {
        self.counts = counts
        let systems = counts.keys.sorted()
        total = counts.values.reduce(0, +)
        let every = max(1, systems.count / Self.probeSystems)
        sampled = systems.enumerated().filter { $0.offset % every == 0 || $0.element == .respondents }.map(\.element)
        stride = max(Self.probeStride, sampled.reduce(0) { $0 + counts[$1, default: 0] } / Self.probeSample)
    }

    /// The questions whose figures `systems` hold: with the group sizes, all a probe of them
    /// reads of a tabulation.
    static func questions(of systems: [AuditSystemID]) -> Set<String> {
        Set(systems.compactMap { system in
            switch system {
            case .respondents: nil
            case let .question(id), let .multiOption(id, _): id
            }
        })
    }

    /// The next systems of a probe: up to `probeBatch` questions, with the group sizes if next.
    static func nextBatch(of systems: inout ArraySlice<AuditSystemID>) -> [AuditSystemID] {
        var batch: [AuditSystemID] = []
        while let system = systems.first, batch.lazy.filter({ $0 != .respondents }).count < probeBatch {
            batch.append(system)
            systems.removeFirst()
        }
        return batch
    }

    static let probeStride = 20
    /// A national quarter protects a million quantities: a sample of a few thousand tells whether
    /// most of a table fails as surely as fifty thousand, at a tenth of the searches.
    static let probeSample = 5_000
    /// A probe audits every so many question systems to sample about this many (and the group
    /// sizes'): a module's questions share their tables, so a few of them tell whether most of a
    /// table fails, and each system audited costs a model over every atom of the quarter.
    static let probeSystems = 6
    /// Questions a probe audits (the first beside the group sizes) before it weighs its sample:
    /// fixed, not one per core, so that every machine decides alike. One: a national quarter's
    /// site table is told by the group sizes and one question as surely as by two (the weighing
    /// asks three standard deviations), in about half the time and 30 MB less at its peak.
    static let probeBatch = 1
}
