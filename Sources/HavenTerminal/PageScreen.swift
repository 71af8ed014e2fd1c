import HavenCore
import HavenSurvey

/// What the respondent chose on a page.
enum PageChoice: Sendable, Equatable {
    /// Enter (or, on pages that only inform, any key).
    case proceed
    /// `s` at a content notice.
    case skipSection
    case back
    /// Ctrl-K at the kiosk's start screen: the organiser wants to close the kiosk.
    case passphrase
}

/// A page of text that scrolls with ↑↓: the introduction, a content notice, help, the thanks
/// and receipt, the kiosk's start screen.
struct PageScreen: Screen {
    /// The page's lines at a width.
    var content: (Int) -> [StyledLine]
    var hints: [String]
    /// What a key (other than the scrolling ones) does.
    var keys: (Key) -> ScreenAction<PageChoice>

    func frame(width: Int) -> Frame {
        Frame(body: content(width), footer: hints.isEmpty ? [] : KeyHints.footer(hints, width: width), anchor: .scrolls)
    }

    mutating func handle(_ key: Key) -> ScreenAction<PageChoice> {
        keys(key)
    }
}

extension PageScreen {
    /// The module's introduction with its anonymity promise.
    static func intro(_ module: SurveyModule, strings: UIStrings) -> PageScreen {
        let language = strings.language
        return PageScreen(
            content: { width in
                StyledLine.wrapped(module.title.text(in: language), width: width, style: .emphasis) + [.blank]
                    + StyledLine.wrapped(module.intro.text(in: language).trimmingTrailingNewlines, width: width) + [.blank]
                    + StyledLine.wrapped(strings.pressEnterToBegin, width: width, style: .emphasis)
            },
            hints: [strings.keyBegin, strings.keyHelp, strings.keyQuickExit],
            keys: { key in
                switch key {
                case .enter: .done(.proceed)
                case .character("?"): .help
                default: .stay
                }
            })
    }

    /// A section's content notice, with a one-key skip of the whole section.
    static func notice(_ section: Section, module: SurveyModule, strings: UIStrings) -> PageScreen {
        let language = strings.language
        return PageScreen(
            content: { width in
                StyledLine.wrapped(module.title.text(in: language), width: width, style: .faint)
                    + StyledLine.wrapped(section.title.text(in: language), width: width, style: .emphasis) + [.blank]
                    + StyledLine.wrapped((section.notice?.text(in: language) ?? "").trimmingTrailingNewlines, width: width)
            },
            hints: [strings.keyContinue, strings.keySkipSection, strings.keyBack, strings.keyHelp, strings.keyQuickExit],
            keys: { key in
                switch key {
                case .enter: .done(.proceed)
                case .character("s"), .character("S"): .done(.skipSection)
                case .character("b"), .character("B"): .done(.back)
                case .character("?"): .help
                default: .stay
                }
            })
    }

    /// The help resources; any key returns.
    static func help(_ content: HelpContent, strings: UIStrings) -> PageScreen {
        PageScreen(
            content: { width in
                var lines = StyledLine.wrapped(content.heading, width: width, style: .emphasis) + [.blank]
                lines += StyledLine.wrapped(content.statement, width: width, style: .message)
                for item in content.items {
                    lines.append(.blank)
                    lines += StyledLine.wrapped(item.name, width: width, style: .emphasis)
                    lines += StyledLine.wrapped(item.contact, width: width, prefix: "  ", indent: "  ")
                    if let note = item.note {
                        lines += StyledLine.wrapped(note, width: width, style: .faint, prefix: "  ", indent: "  ")
                    }
                }
                return lines
            },
            hints: [strings.keyScroll, strings.keyReturn],
            keys: { _ in .done(.proceed) })
    }

    /// After storing: the module's thanks, the help resources, and the receipt of what was stored.
    static func thanks(closing: String?, help: HelpContent, receipt: Receipt, strings: UIStrings) -> PageScreen {
        let helpPage = PageScreen.help(help, strings: strings)
        return PageScreen(
            content: { width in
                var lines: [StyledLine] = []
                if let closing {
                    lines += StyledLine.wrapped(closing.trimmingTrailingNewlines, width: width, style: .emphasis) + [.blank]
                }
                lines += helpPage.content(width) + [.blank]
                lines += StyledLine.wrapped(strings.receiptHeading, width: width, style: .emphasis)
                lines += StyledLine.wrapped(strings.receiptIntro, width: width, style: .faint) + [.blank]
                lines += StyledLine.wrapped("\(strings.quarter): \(receipt.period)", width: width)
                for entry in receipt.entries {
                    lines += StyledLine.wrapped(entry.question, width: width, prefix: "- ", indent: "  ")
                    lines += StyledLine.wrapped(entry.answer, width: width, style: .emphasis, prefix: "  → ", indent: "    ")
                }
                return lines
            },
            hints: [strings.keyScroll, strings.keyFinish],
            keys: { _ in .done(.proceed) })
    }

    /// A plain statement (answers not saved); any key goes on.
    static func statement(_ text: String, strings: UIStrings) -> PageScreen {
        PageScreen(
            content: { width in StyledLine.wrapped(text, width: width, style: .message) },
            hints: [strings.keyFinish],
            keys: { _ in .done(.proceed) })
    }

    /// The kiosk's neutral start screen: the module's title and how to begin, nothing else.
    static func start(_ module: SurveyModule, languages: [String], notice: String?) -> PageScreen {
        PageScreen(
            content: { width in
                var lines = StyledLine.wrapped(module.title.text(in: languages.first ?? Language.required), width: width, style: .emphasis)
                lines.append(.blank)
                for language in languages {
                    lines += StyledLine.wrapped(UIStrings(language: language).pressEnterToBegin, width: width)
                }
                if let notice {
                    lines += [.blank] + StyledLine.wrapped(notice, width: width, style: .message)
                }
                return lines
            },
            hints: [],
            keys: { key in
                switch key {
                case .enter: .done(.proceed)
                case .control("k"): .done(.passphrase)
                default: .stay
                }
            })
    }
}

extension String {
    /// Module texts written as YAML block scalars end with a newline the screen does not need.
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
