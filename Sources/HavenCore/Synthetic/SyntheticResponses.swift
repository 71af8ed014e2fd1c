import Foundation
import HavenCSV
import HavenSurvey

/// Realistic made-up responses to a module, in the wide import format, for tests, the demo and
/// benchmarks. The same seed always gives the same bytes.
///
/// Groups are deliberately uneven (a few large, many small), so reports meet groups under the
/// threshold; answers follow a per-group climate, skip logic is respected, some questions are
/// skipped, and comments contain commas, quotes and line breaks.
public struct SyntheticResponses: Sendable {
    /// The module answered.
    public var module: SurveyModule
    /// How many responses.
    public var rows: Int
    /// The seed.
    public var seed: UInt64
    /// The quarters responses fall in.
    public var periods: [Period]

    /// Describes a data set.
    public init(module: SurveyModule, rows: Int, seed: UInt64, periods: [Period]) {
        self.module = module
        self.rows = rows
        self.seed = seed
        self.periods = periods
    }

    /// Writes the header and every row.
    public func write(to writer: CSVWriter) throws {
        var random = SeededGenerator(seed: seed)
        let plan = Plan(module: module, rows: rows, random: &random)
        try writer.write(header: WideFormat.header(for: module))
        for _ in 0..<rows {
            let id = String(format: "%016llx%016llx", random.next(), random.next())
            let period = periods[random.pick(weights: periods.indices.map { 1 + 0.15 * Double($0) })]
            let answers = plan.respondent(&random)
            var fields: [CSVField] = [.text(id), .text(module.id), .text(period.description)]
            fields += module.questions.map { question in answers[question.id].map { .text($0.cell) } ?? .empty }
            try writer.write(row: fields)
        }
        try writer.finish()
    }
}

/// The fixed shape of a synthetic data set: how big each group is, how each group leans.
private struct Plan {
    let module: SurveyModule
    /// Per dimension question: the options (or made-up sites) and their weights.
    var groups: [String: (codes: [String], weights: [Double], climate: [Double])] = [:]
    /// Per question: a lean, and weights over options for unordered choices.
    var bias: [String: Double] = [:]
    var optionWeights: [String: [Double]] = [:]

    init(module: SurveyModule, rows: Int, random: inout SeededGenerator) {
        self.module = module
        for question in module.questions {
            bias[question.id] = random.normal() * 0.5
            // Uneven but never vanishing: the rarest choice still gets a few percent of answers.
            optionWeights[question.id] = question.options.map { _ in 0.35 + exp(random.normal() * 0.8) }
            guard question.isDimension else { continue }
            let codes = question.acceptsAnyValue ? Self.siteNames(count: max(3, rows / 40)) : question.options.map(\.code)
            // Log-normal group sizes: some large groups and a few small ones, uneven enough that
            // reports meet groups under the threshold, even enough that most groups show.
            let weights = codes.map { _ in exp(random.normal() * 0.7) }
            let climate = codes.map { _ in random.normal() * 0.45 }
            groups[question.id] = (codes, weights, climate)
        }
    }

    static func siteNames(count: Int) -> [String] {
        (1...count).map { String(format: "Site %02d", $0) }
    }

    func respondent(_ random: inout SeededGenerator) -> [String: AnswerValue] {
        var answers: [String: AnswerValue] = [:]
        var lean = random.normal()
        for question in module.questions {
            if let condition = question.showIf {
                let shown = answers[condition.question].map { answer in condition.codes.contains(where: answer.contains) } ?? false
                guard shown else { continue }
            }
            if let group = groups[question.id] {
                let index = random.pick(weights: group.weights)
                lean += group.climate[index]
                if question.isAsked && random.chance(0.02) { continue }
                answers[question.id] = .choice(group.codes[index])
                continue
            }
            if let value = answer(question, lean: lean, random: &random) {
                answers[question.id] = value
            }
        }
        return answers
    }

    private func answer(_ question: Question, lean: Double, random: inout SeededGenerator) -> AnswerValue? {
        let skipRate = question.isSensitive ? 0.08 : 0.04
        if question.type != .text && random.chance(skipRate) { return nil }
        switch question.type {
        case .text:
            return random.chance(question.isSensitive ? 0.3 : 0.12) ? .text(Comments.make(&random)) : nil
        case .scale where question.scale?.isOrdered == true:
            let points = question.options.filter { !$0.isOutsideScale }
            let outside = question.options.filter(\.isOutsideScale)
            if !outside.isEmpty && random.chance(0.03) {
                return .choice(outside[Int(random.unit() * Double(outside.count))].code)
            }
            // Real answers use the whole scale: a few answer anywhere, the rest spread around
            // their lean by more than a point, so every point of a few hundred answers is used.
            if random.chance(0.08) {
                return .choice(points[Int(random.unit() * Double(points.count))].code)
            }
            let middle = Double(points.count - 1) / 2
            let position = middle + 0.6 * Double(points.count) * (0.5 * lean + (bias[question.id] ?? 0) + 0.6 * random.normal()) / 2 + 0.5
            let index = min(points.count - 1, max(0, Int(position.rounded(.down))))
            return .choice(points[index].code)
        case .multi:
            let regular = question.options.filter { !$0.isExclusive }
            var chosen = regular.filter { _ in random.chance(0.22) }.map(\.code)
            if let max = question.maxChoices, chosen.count > max {
                chosen = Array(chosen.prefix(max))
            }
            if chosen.isEmpty {
                guard let exclusive = question.options.first(where: \.isExclusive) else { return nil }
                chosen = [exclusive.code]
            }
            return .choices(question.options.map(\.code).filter(chosen.contains))
        case .single, .scale, .dimension:
            let weights = zip(question.options, optionWeights[question.id] ?? []).map { option, base in
                weight(for: option, base: base, question: question, lean: lean)
            }
            return .choice(question.options[random.pick(weights: weights)].code)
        }
    }

    private func weight(for option: AnswerOption, base: Double, question: Question, lean: Double) -> Double {
        if option.code == AnswerOption.preferNotCode { return 0.06 }
        if question.isSensitive {
            // Most staff answer "no" to the personal-experience questions; a minority "yes".
            switch option.code {
            case "yes": return 0.12
            case "no": return 0.75
            default: return 0.1 * base
            }
        }
        return question.favorable.contains(option.code) ? base * exp(0.6 * lean) : base
    }
}

/// Made-up free-text comments, full of the punctuation CSV files get wrong.
private enum Comments {
    static let fragments = [
        "Scheduling is tight, but the team covers for each other",
        "Our supervisor says \"come to me anytime\", and she means it",
        "I didn't know we had an EAP until this survey",
        "More training for front desk, please",
        "The mobile unit has no private space, so hard conversations wait",
        "Leave policy is confusing; HR answers differ",
        "Security walks people to their cars at night, which helps",
        "It would help to know who our DV partner is",
        "Debriefs happen \"when there's time\", which is never",
        "Thank you for asking about this",
        "El equipo se apoya mucho, pero falta tiempo",
        "Necesitamos información sobre permisos, en español",
        "Call me at 555-201-3344 if you want details",
        "N/A",
    ]

    static func make(_ random: inout SeededGenerator) -> String {
        let count = 1 + Int(random.unit() * 3)
        let parts = (0..<count).map { _ in fragments[Int(random.unit() * Double(fragments.count))] }
        return parts.joined(separator: random.chance(0.2) ? "\n" : ". ") + "."
    }
}
