import HavenCore

/// The plain-text listing of a module for `haven surveys show`.
enum ModuleText {
    static func render(_ module: ModuleDescription) -> String {
        var lines = ["\(module.title)  (\(module.id) v\(module.version), \(module.language))", ""]
        lines.append(module.intro.trimmingTrailingNewlines)
        let thresholds = ["group", "sensitive", "comments"].compactMap { key in module.thresholds[key].map { "\(key) \($0)" } }
        lines += ["", "Reporting thresholds: " + thresholds.joined(separator: ", ")]
        for section in module.sections {
            lines += ["", "== \(section.title) =="]
            if let notice = section.notice {
                lines.append("[notice] " + notice.trimmingTrailingNewlines)
            }
            for question in module.questions where question.section == section.id {
                lines.append("")
                var tags = [question.type + (question.scale.map { " \($0)" } ?? "")]
                if let name = question.dimensionName { tags.append("dimension \(name)") }
                if question.sensitive { tags.append("sensitive") }
                if !question.optional { tags.append("required") }
                if !question.asked { tags.append("not asked") }
                if let max = question.maxChoices { tags.append("up to \(max)") }
                if let condition = question.showIf { tags.append("if \(condition.question) = \(condition.codes.joined(separator: "|"))") }
                lines.append("\(question.id)  [\(tags.joined(separator: ", "))]")
                lines.append("  " + question.text.trimmingTrailingNewlines)
                for option in question.options {
                    lines.append("    \(option.code)  \(option.label)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
