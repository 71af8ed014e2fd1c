import HavenCore
import HavenSurvey

/// What the kiosk's start screen led to.
enum StartRequest: Sendable, Equatable {
    /// Someone pressed Enter to begin.
    case begin
    /// The organiser typed a passphrase to close the kiosk.
    case close(passphrase: String)
}

/// How a respondent meets a pass through a module: on the full screen, or in plain lines.
/// `RespondentPass` decides what comes next; a presenter only shows it and reads the answer.
///
/// Every method that waits for the respondent throws `Interruption` when they leave, a signal
/// arrives, or the idle timeout passes.
protocol Presenter: AnyObject {
    /// The words of the screens, in the respondent's language once chosen.
    var strings: UIStrings { get }
    /// Asks which of the module's languages to use.
    func chooseLanguage(among languages: [String]) throws(Interruption) -> String
    /// Shows everything from now on in `language`, with `help` behind `?`.
    func use(_ strings: UIStrings, help: HelpContent)
    /// Asks for the participation code; `refused` says the last one could not be used.
    func askCode(refused: Bool) throws(Interruption) -> String
    /// The module's introduction.
    func showIntro(of session: AnsweringSession) throws(Interruption) -> PageChoice
    /// A section's content notice.
    func showNotice(_ section: Section, of session: AnsweringSession) throws(Interruption) -> PageChoice
    /// One question; `message` explains why the last answer was not taken.
    func ask(_ context: QuestionContext, message: String?) throws(Interruption) -> QuestionResult
    /// The review; returns `.submit` only once the respondent has confirmed.
    func review(_ session: AnsweringSession, cursorOn questionID: String?, message: String?) throws(Interruption) -> ReviewResult
    /// After storing: thanks, help resources and the receipt, until a key or the idle timeout.
    func showThanks(closing: String?, receipt: Receipt)
    /// A statement that ends the pass (answers not saved), until a key or the idle timeout.
    func showStatement(_ text: String)
    /// The kiosk's neutral start screen.
    func waitAtStart(notice: String?) throws(Interruption) -> StartRequest
    /// Wipes everything shown (screen and scrollback), between respondents.
    func clear()
}
