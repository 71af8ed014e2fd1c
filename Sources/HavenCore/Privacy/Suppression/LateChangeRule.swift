/// R7 for re-releases after late responses: a figure published before from different data may
/// be published again only if it changed by zero or by at least the threshold; otherwise the
/// difference would be the late respondents' own answers.
enum LateChangeRule {
    static func apply(to tabulation: inout Tabulation, against earlier: [LedgerRelease]) {
        for release in earlier {
            for (position, key) in tabulation.keys.enumerated() {
                let entry = tabulation.entry(at: position)
                guard entry.figure.isShown, let before = release.figures[key], before.shown,
                    key.measure != .percent, key.measure != .mean
                else { continue }
                let change = abs(entry.figure.count - before.count)
                guard change >= 1 && change < entry.threshold else { continue }
                if key.measure == .respondents {
                    for other in tabulation.positions(of: key.group) {
                        tabulation.setSuppression(tabulation.figure(at: other).suppression ?? .lateChange, at: other)
                    }
                } else {
                    tabulation.setSuppression(.lateChange, at: position)
                }
            }
        }
    }
}
