import HavenSurvey

/// What the figures of one kind share in every group of a quarter: their key but the group, their
/// thresholds, and the shape of the linear forms they reveal. A national quarter has millions of
/// figures and a few hundred kinds; each figure keeps only its numbers and the index of its kind.
struct FigureTemplate {
    /// A linear form without its group: some categories of one system. One object per kind,
    /// shared by reference: a national quarter protects a million quantities of a few hundred
    /// forms, and a protected quantity names its form in 8 bytes where a copy took 33.
    final class Form: Sendable, Hashable {
        let system: AuditSystemID
        let categories: [Int]

        init(system: AuditSystemID, categories: [Int]) {
            self.system = system
            self.categories = categories
        }

        func functional(in group: GroupKey) -> Functional {
            Functional(system: system, group: group, categories: categories)
        }

        static func == (left: Form, right: Form) -> Bool {
            // The same form first: a figure's kinds share theirs, and a national quarter compares
            // a million quantities' forms with their figures' (the system's name and categories
            // compared each time otherwise).
            left === right || (left.system == right.system && left.categories == right.categories)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(system)
            hasher.combine(categories)
        }
    }

    /// The question; nil for a group's size.
    var question: String?
    var measure: Measure
    /// The option, for counts and percentages.
    var option: String?
    /// The threshold of the figure's question (or group).
    var threshold: Int
    var isSensitive: Bool
    /// Whether the zero and "nearly everyone" protections of sensitive items apply: not to
    /// "prefer not to answer" or answers outside the scale, which disclose nothing about anyone.
    var isSubstantive = true
    /// The threshold a hidden figure is protected at, when not its question's: an answered count
    /// tells how many took part, not what they said, so it gets the group threshold.
    var protectionThreshold: Int? = nil
    /// The linear forms the figure reveals (a favourable percentage reveals two).
    var forms: [Form]
    /// What "nearly everyone" protects (counts and favourable percentages): the other answered
    /// (or scored) categories of the same system.
    var complementForm: Form? = nil

    /// The kinds of figure of `question`, in the order of their keys within a group (by measure,
    /// then option), each with how its numbers (count, answered count, a mean's scores' total)
    /// follow from the question's option counts in a group. A kind whose figure a group lacks (a
    /// mean where nobody gave a score) yields nil there.
    static func kinds(of question: Question, thresholds: Thresholds) -> [(template: FigureTemplate, rule: FigureNumbers.Rule)] {
        let threshold = max(question.threshold ?? 0, question.isSensitive ? thresholds.sensitive : thresholds.group)
        func template(_ measure: Measure, _ option: String? = nil, _ forms: [Form]) -> FigureTemplate {
            FigureTemplate(question: question.id, measure: measure, option: option, threshold: threshold, isSensitive: question.isSensitive, forms: forms)
        }
        let byCode = question.options.indices.sorted { question.options[$0].code < question.options[$1].code }
        var kinds: [(template: FigureTemplate, rule: FigureNumbers.Rule)] = []
        if question.type == .multi {
            var answered = template(.answered, nil, question.options.indices.map { Form(system: .multiOption(question.id, $0), categories: [0, 1]) })
            answered.protectionThreshold = thresholds.group
            kinds.append((answered, .answered))
            for measure in [Measure.count, .percent] {
                for index in byCode {
                    let option = question.options[index]
                    let system = AuditSystemID.multiOption(question.id, index)
                    var kind = template(measure, option.code, [Form(system: system, categories: [0])])
                    kind.isSubstantive = option.code != AnswerOption.preferNotCode
                    if measure == .count { kind.complementForm = Form(system: system, categories: [1]) }
                    kinds.append((kind, .option(index)))
                }
            }
            return kinds
        }
        let system = AuditSystemID.question(question.id)
        let all = Array(question.options.indices)
        var answered = template(.answered, nil, [Form(system: system, categories: all)])
        answered.protectionThreshold = thresholds.group
        kinds.append((answered, .answered))
        for measure in [Measure.count, .percent] {
            for index in byCode {
                let option = question.options[index]
                var kind = template(measure, option.code, [Form(system: system, categories: [index])])
                kind.isSubstantive = !option.isOutsideScale && option.code != AnswerOption.preferNotCode
                if measure == .count { kind.complementForm = Form(system: system, categories: all.filter { $0 != index }) }
                kinds.append((kind, .option(index)))
            }
        }
        let scored = question.options.indices.filter { !question.options[$0].isOutsideScale && question.options[$0].code != AnswerOption.preferNotCode }
        let favorable = scored.filter { question.favorable.contains(question.options[$0].code) }
        if !favorable.isEmpty {
            var kind = template(.favorablePercent, nil, [Form(system: system, categories: favorable), Form(system: system, categories: scored)])
            kind.complementForm = Form(system: system, categories: scored.filter { !favorable.contains($0) })
            kinds.append((kind, .favorable(favorable, of: scored)))
        }
        if question.scale?.isOrdered == true {
            kinds.append((template(.mean, nil, []), .mean(scored, scores: question.options.map { Int($0.code) ?? 0 })))
        }
        return kinds
    }
}

/// A question's counts in one group: per option, and how many answered.
struct QuestionCounts: Sendable {
    var options: [Int]
    var answered: Int

    /// The count of some options together.
    func sum(_ indices: [Int]) -> Int {
        indices.reduce(0) { $0 + options[$1] }
    }
}

/// The numbers of one figure in one group; its value follows from them and its measure
/// (`Tabulation.value`).
struct FigureNumbers: Sendable {
    /// How a kind of figure's numbers follow from its question's counts in a group. Cases, not
    /// closures: a national quarter applies five million of them, and calling a closure kept in a
    /// list retained its context each time (nearly half of the tabulation).
    enum Rule: Sendable {
        /// The question's answered count.
        case answered
        /// One option's count, of the answered count.
        case option(Int)
        /// The favourable options' count, of the scored options'.
        case favorable([Int], of: [Int])
        /// The scored options' count and their scores' total (`scores` by option); no figure
        /// where nobody gave a score.
        case mean([Int], scores: [Int])

        /// The figure's numbers in a group with `counts`; nil where the group has no such figure.
        func numbers(_ counts: QuestionCounts) -> FigureNumbers? {
            switch self {
            case .answered:
                return FigureNumbers(count: counts.answered, answered: counts.answered)
            case let .option(index):
                return FigureNumbers(count: counts.options[index], answered: counts.answered)
            case let .favorable(favorable, scored):
                return FigureNumbers(count: counts.sum(favorable), answered: counts.sum(scored))
            case let .mean(scored, scores):
                let scoredCount = counts.sum(scored)
                guard scoredCount > 0 else { return nil }
                let total = scored.reduce(0) { $0 + counts.options[$1] * scores[$1] }
                return FigureNumbers(count: scoredCount, answered: scoredCount, scoreTotal: total)
            }
        }
    }

    var count: Int
    /// The question's answered count (scored answers, for favourable percentages and means).
    var answered: Int
    /// For means: the scores' total.
    var scoreTotal: Int? = nil
}
