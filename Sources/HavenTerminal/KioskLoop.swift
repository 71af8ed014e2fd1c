/// A shared kiosk: respondent after respondent on one process, each starting from a neutral
/// screen. Ctrl-C, quick exit and the idle timeout discard the current pass and return to the
/// start; only the organisation's passphrase, the system (SIGTERM, SIGHUP) or a failing store
/// end it.
struct KioskLoop {
    let pass: RespondentPass
    let passphrase: PassphraseCheck
    let presenter: any Presenter

    func run() -> TakeOutcome {
        var notice: String?
        while true {
            presenter.clear()
            let request: StartRequest
            do {
                request = try presenter.waitAtStart(notice: notice)
            } catch {
                if let end = Self.ending(error) { return end }
                continue
            }
            notice = nil
            switch request {
            case let .close(attempt):
                if passphrase.matches(attempt) { return .closed }
                notice = presenter.strings.passphraseWrong
            case .begin:
                do {
                    if try pass.run(with: presenter) == .notSaved { return .notSaved }
                } catch {
                    if let end = Self.ending(error) { return end }
                }
            }
        }
    }

    /// The interruptions that end the kiosk itself: the system's signals, and input that is gone.
    private static func ending(_ interruption: Interruption) -> TakeOutcome? {
        switch interruption {
        case .terminated, .endOfInput: .discarded(interruption)
        case .quickExit, .interrupt, .idle: nil
        }
    }
}
