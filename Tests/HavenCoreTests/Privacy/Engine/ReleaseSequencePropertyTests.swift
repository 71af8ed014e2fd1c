import HavenSurvey
import Testing

@testable import HavenCore

/// Random small stores and random sequences of catalogue reports, filters and late responses:
/// after every release, an attacker holding every release of the same data, enumerating every
/// integer table consistent with what was published, pins no hidden number and bounds none below
/// the threshold; and no figure republished after late responses changed by 1 to k−1.
@Suite("release sequences against the brute-force attacker")
struct ReleaseSequencePropertyTests {
    static let dimensionValues = (a: ["a1", "a2"], b: ["b1", "b2"])
    static let atoms = [("a1", "b1"), ("a1", "b2"), ("a2", "b1"), ("a2", "b2")]

    func module() throws -> SurveyModule {
        let source = SurveySource(
            path: "prop.yaml",
            contents: """
                id: prop
                version: 1
                languages: [en]
                title: {en: Check-in}
                intro: {en: Anonymous.}
                reporting: {nested: [[a, b]]}
                sections:
                  - id: main
                    title: {en: Main}
                    questions:
                      - id: q
                        type: single
                        text: {en: Q}
                        options:
                          - {code: "yes", label: {en: "Yes"}}
                          - {code: "no", label: {en: "No"}}
                      - id: a
                        type: dimension
                        dimension: a
                        text: {en: A}
                        options: [{code: a1, label: {en: A1}}, {code: a2, label: {en: A2}}]
                      - id: b
                        type: dimension
                        dimension: b
                        text: {en: B}
                        options: [{code: b1, label: {en: B1}}, {code: b2, label: {en: B2}}]
                """)
        return try #require(try SurveyCatalogue.load(BuiltInSurveys.sources, overrides: [source]).module(id: "prop"))
    }

    /// Per atom: (yes, no).
    typealias Data = [(yes: Int, no: Int)]

    func responses(_ data: Data) -> [Response] {
        zip(Self.atoms, data).flatMap { atom, cell in
            (0..<(cell.yes + cell.no)).map { index in
                Response(survey: "prop", version: 1, period: q3, answers: ["a": .choice(atom.0), "b": .choice(atom.1), "q": .choice(index < cell.yes ? "yes" : "no")])
            }
        }
    }

    /// The atoms (indices into `atoms`) of a group.
    func atoms(of group: GroupKey) -> [Int] {
        Self.atoms.indices.filter { index in
            group.conditions.allSatisfy { $0.value == ($0.dimension == "a" ? Self.atoms[index].0 : Self.atoms[index].1) }
        }
    }

    /// Brute-force check of everything published from `data`: unknowns yes / no / not answered per
    /// atom (nobody skips here, but the attacker can only know that from what is published).
    func bruteForceFindings(_ releases: [LedgerRelease], data: Data, threshold: Int) -> [String] {
        func variables(_ group: GroupKey, _ categories: [Int]) -> [Int] {
            atoms(of: group).flatMap { atom in categories.map { atom * 3 + $0 } }
        }
        func value(_ group: GroupKey, _ categories: [Int]) -> Int {
            atoms(of: group).reduce(0) { total, atom in total + categories.reduce(0) { $0 + [data[atom].yes, data[atom].no, 0][$1] } }
        }
        func categories(_ key: FigureKey) -> [Int]? {
            switch key.measure {
            case .respondents: [0, 1, 2]
            case .answered: [0, 1]
            case .count: key.option == "yes" ? [0] : [1]
            default: nil
            }
        }
        let shown = Set(releases.flatMap { $0.figures.filter(\.value.shown).map(\.key) })
        let keys = Set(releases.flatMap(\.figures.keys)).sorted().filter { categories($0) != nil }
        var equations: [([Int], Int)] = []
        var lowerBounds: [[Int]] = []
        var hidden: [FigureKey] = []
        for key in keys {
            let categories = categories(key) ?? []
            if shown.contains(key) {
                equations.append((variables(key.group, categories), value(key.group, categories)))
            } else {
                hidden.append(key)
                if value(key.group, categories) >= 1 { lowerBounds.append(variables(key.group, categories)) }
            }
        }
        // Unknowns no published number mentions are free: the attacker can say nothing about them.
        let covered = Array(Set(equations.flatMap(\.0))).sorted()
        let index = Dictionary(uniqueKeysWithValues: covered.enumerated().map { ($1, $0) })
        var system = AttackerSystem(variableCount: covered.count)
        for (terms, total) in equations {
            system.addEquality(terms.compactMap { index[$0] }.map { ($0, 1) }, equals: total)
        }
        for terms in lowerBounds where terms.allSatisfy({ index[$0] != nil }) {
            system.addLowerBound(terms.compactMap { index[$0] }.map { ($0, 1) }, atLeast: 1)
        }
        // One enumeration of the consistent tables answers every hidden figure at once.
        let checked = hidden.filter { key in
            let truth = value(key.group, categories(key) ?? [])
            return truth >= 1 && truth < threshold && variables(key.group, categories(key) ?? []).allSatisfy { index[$0] != nil }
        }
        guard !covered.isEmpty, !checked.isEmpty else { return [] }
        let objectives = checked.map { key in variables(key.group, categories(key) ?? []).compactMap { index[$0] }.map { ($0, 1) } }
        guard let intervals = BruteForceAttacker(system).intervals(of: objectives) else {
            return ["no integer table fits what was published"]
        }
        var problems: [String] = []
        for (key, interval) in zip(checked, intervals) {
            let truth = value(key.group, categories(key) ?? [])
            // The requirement of R5 as the engine reads it: capped by the group's published size.
            var needed = max(truth + 1, threshold)
            let size = FigureKey(period: key.period, group: key.group, measure: .respondents)
            if key.measure != .respondents, shown.contains(size), value(key.group, [0, 1, 2]) - 1 < needed {
                needed = max(value(key.group, [0, 1, 2]) - 1, truth)
            }
            if interval.upper - interval.lower < 1 || interval.upper < needed {
                problems.append("\(key) = \(truth): the attacker proves \(interval)")
            }
        }
        return problems
    }

    static let caseCount = 12

    @Test("no release sequence lets the attacker recover a hidden small number", arguments: 0..<caseCount)
    func randomSequence(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        let module = try module()
        let engine = DisclosureControl(module: module)
        let threshold = module.thresholds.group
        var data: Data = Self.atoms.map { _ in
            let size = Int(random.next() % 13)
            let yes = size == 0 ? 0 : Int(random.next() % UInt64(size + 1))
            return (yes, size - yes)
        }
        var ledger: [LedgerRelease] = []
        let requests: [([String], [GroupCondition])] = [
            ([], []), (["a"], []), (["b"], []), (["a", "b"], []), (["b"], [GroupCondition(dimension: "a", value: "a1")]),
        ]
        for step in 0..<4 {
            if step > 0 && random.next() % 3 == 0 {
                let atom = Int(random.next() % 4)
                let late = 1 + Int(random.next() % 3)
                data[atom].yes += late
            }
            let request = requests[Int(random.next() % UInt64(requests.count))]
            var counts = ResponseCounts(module: module)
            for response in responses(data) { counts.add(response) }
            let release = engine.release(counts, periods: [q3], tables: try engine.catalogue.tables(by: request.0, filter: request.1), earlier: ledger)
            let recorded = LedgerRelease(release, id: "r\(step)")
            for earlier in ledger where earlier.fingerprints[q3] != recorded.fingerprints[q3] {
                for (key, entry) in recorded.figures where entry.shown && key.measure != .percent {
                    guard let before = earlier.figures[key], before.shown else { continue }
                    let change = abs(before.count - entry.count)
                    #expect(change == 0 || change >= threshold, "seed \(seed) step \(step): \(key) changed by \(change) after late responses")
                }
            }
            ledger.append(recorded)
            let sameData = ledger.filter { $0.fingerprints[q3] == recorded.fingerprints[q3] }
            let problems = bruteForceFindings(sameData, data: data, threshold: threshold)
            #expect(problems.isEmpty, "seed \(seed) step \(step) \(request.0) \(request.1): \(problems)")
        }
    }
}
