/// The words of the front-ends themselves (key hints, headings, prompts), in every language a
/// module may be answered in. Module text (questions, notices, resources) comes from the module.
struct UIStrings: Sendable {
    /// The language these strings are in.
    let language: String

    // Keys, shown in the footer of every full screen.
    let keyChoose, keyMove, keyToggle, keyConfirm, keyContinue, keyBegin, keyBack, keySkip: String
    let keySkipSection, keyHelp, keyQuickExit, keyScroll, keyReturn, keyChange, keyFinish: String
    let keyTextDone, keyTextBack, keyTextHelp: String

    // Headings and statements.
    /// "Session ended.": the only line left on the screen when a pass ends.
    let sessionEnded: String
    let pressEnterToBegin, pressEscAgain, moreBelow: String
    let reviewHeading, reviewInstruction, submitItem, noAnswer, submitQuestion: String
    let helpHeading, helpStatement, receiptHeading, receiptIntro, quarter: String
    let needsAnswer, chooseFirst, codePrompt, codeRefused, notSaved, storeUnavailable, textInstruction: String
    let passphrasePrompt, passphraseWrong: String

    // Plain mode prompts.
    let plainChoose, plainChooseMany, plainText, plainCommands, plainCommandsRequired: String
    let plainBegin, plainNotice, plainReviewPrompt, plainFinish, plainYesNo, plainNotANumber: String
    let plainCodePrompt, plainKeepCurrent, yes: String

    /// "Question 4 of 17".
    func progress(_ index: Int, of total: Int) -> String {
        language == "es" ? "Pregunta \(index) de \(total)" : "Question \(index) of \(total)"
    }

    /// "Choose up to 3."
    func chooseAtMost(_ count: Int) -> String {
        language == "es" ? "Elija hasta \(count)." : "Choose up to \(count)."
    }

    /// "The answer is too long: at most 1000 characters."
    func tooLong(_ count: Int) -> String {
        language == "es" ? "La respuesta es demasiado larga: como máximo \(count) caracteres." : "The answer is too long: at most \(count) characters."
    }

    /// "“None of these” cannot be combined with other answers."
    func cannotCombine(_ label: String) -> String {
        language == "es" ? "“\(label)” no se puede combinar con otras respuestas." : "“\(label)” cannot be combined with other answers."
    }

    /// "Current answer: Agree."
    func currentAnswer(_ label: String) -> String {
        language == "es" ? "Respuesta actual: \(label)." : "Current answer: \(label)."
    }

    /// The strings for `language`, English when there are none for it.
    init(language: String) {
        self = language == "es" ? .spanish : .english
    }

    private init(english language: String) {
        self.language = language
        keyChoose = "↑↓ choose"
        keyMove = "↑↓ move"
        keyToggle = "Space select"
        keyConfirm = "Enter confirm"
        keyContinue = "Enter continue"
        keyBegin = "Enter begin"
        keyBack = "b back"
        keySkip = "s skip"
        keySkipSection = "s skip this section"
        keyHelp = "? help"
        keyQuickExit = "Esc Esc quick exit"
        keyScroll = "↑↓ scroll"
        keyReturn = "any key returns"
        keyChange = "Enter change"
        keyFinish = "Enter finish"
        keyTextDone = "Enter done (empty: skip)"
        keyTextBack = "↑ back"
        keyTextHelp = "? help (empty box)"
        sessionEnded = "Session ended."
        pressEnterToBegin = "Press Enter to begin"
        pressEscAgain = "Press Esc again to leave. Nothing will be saved."
        moreBelow = "↓ more below"
        reviewHeading = "Review your answers"
        reviewInstruction = "Choose an answer and press Enter to change it. When everything looks right, choose “Submit my answers”."
        submitItem = "Submit my answers"
        noAnswer = "(no answer)"
        submitQuestion = "Submit your answers?"
        helpHeading = "Help resources"
        helpStatement = "This survey is anonymous, so it cannot send help or open a report. If you or anyone else is in danger, call 911."
        receiptHeading = "What was stored"
        receiptIntro = "This is everything that was stored: the quarter and your answers. Nothing else."
        quarter = "Quarter"
        needsAnswer = "This question needs an answer."
        chooseFirst = "Choose an answer with ↑↓ or its number first."
        codePrompt = "Type your participation code, then press Enter."
        codeRefused = "That code can't be used. Check it, or ask for a new one."
        notSaved = "Your answers were NOT saved, and nothing was kept. Please tell the person running this survey that answers cannot be saved right now."
        storeUnavailable = "This survey cannot save answers right now, so it cannot start. Nothing was kept. Please tell the person running this survey."
        passphrasePrompt = "Passphrase to close this survey station (Esc Esc cancels):"
        passphraseWrong = "That passphrase is not right."
        textInstruction = "Type your answer. Press Enter when you are done; leave it empty to skip."
        plainChoose = "Type a number."
        plainChooseMany = "Type one or more numbers, separated by spaces or commas."
        plainText = "Type your answer. Leave it empty to skip."
        plainCommands = "b back, s skip, ? help, x exit"
        plainCommandsRequired = "b back, ? help, x exit"
        plainBegin = "Press Enter to begin. ? help, x exit"
        plainNotice = "Press Enter to continue, or s to skip this section. b back, ? help, x exit"
        plainReviewPrompt = "Type a question number to change its answer, or press Enter to continue. b back, ? help, x exit"
        plainFinish = "Press Enter to finish."
        plainYesNo = "[y/n]"
        plainNotANumber = "That is not one of the numbers shown."
        plainCodePrompt = "Participation code"
        plainKeepCurrent = "Press Enter to keep it."
        yes = "y"
    }

    private init(spanish language: String) {
        self.language = language
        keyChoose = "↑↓ elegir"
        keyMove = "↑↓ mover"
        keyToggle = "Espacio marcar"
        keyConfirm = "Enter confirmar"
        keyContinue = "Enter continuar"
        keyBegin = "Enter comenzar"
        keyBack = "b atrás"
        keySkip = "s saltar"
        keySkipSection = "s saltar esta sección"
        keyHelp = "? ayuda"
        keyQuickExit = "Esc Esc salida rápida"
        keyScroll = "↑↓ desplazar"
        keyReturn = "cualquier tecla vuelve"
        keyChange = "Enter cambiar"
        keyFinish = "Enter terminar"
        keyTextDone = "Enter listo (vacío: saltar)"
        keyTextBack = "↑ atrás"
        keyTextHelp = "? ayuda (recuadro vacío)"
        sessionEnded = "Sesión terminada."
        pressEnterToBegin = "Presione Enter para comenzar"
        pressEscAgain = "Presione Esc otra vez para salir. No se guardará nada."
        moreBelow = "↓ hay más abajo"
        reviewHeading = "Revise sus respuestas"
        reviewInstruction = "Elija una respuesta y presione Enter para cambiarla. Cuando todo esté bien, elija “Enviar mis respuestas”."
        submitItem = "Enviar mis respuestas"
        noAnswer = "(sin respuesta)"
        submitQuestion = "¿Enviar sus respuestas?"
        helpHeading = "Recursos de ayuda"
        helpStatement = "Esta encuesta es anónima, por eso no puede enviar ayuda ni iniciar una denuncia. Si usted u otra persona está en peligro, llame al 911."
        receiptHeading = "Lo que se guardó"
        receiptIntro = "Esto es todo lo que se guardó: el trimestre y sus respuestas. Nada más."
        quarter = "Trimestre"
        needsAnswer = "Esta pregunta necesita una respuesta."
        chooseFirst = "Primero elija una respuesta con ↑↓ o con su número."
        codePrompt = "Escriba su código de participación y presione Enter."
        codeRefused = "Ese código no se puede usar. Revíselo o pida uno nuevo."
        notSaved = "Sus respuestas NO se guardaron y no se conservó nada. Por favor, avise a la persona que organiza esta encuesta que ahora no se pueden guardar respuestas."
        storeUnavailable = "Esta encuesta no puede guardar respuestas en este momento, por eso no puede comenzar. No se conservó nada. Por favor, avise a la persona que organiza esta encuesta."
        passphrasePrompt = "Contraseña para cerrar esta estación de encuestas (Esc Esc cancela):"
        passphraseWrong = "Esa contraseña no es correcta."
        textInstruction = "Escriba su respuesta. Presione Enter cuando termine; déjela vacía para saltar la pregunta."
        plainChoose = "Escriba un número."
        plainChooseMany = "Escriba uno o más números, separados por espacios o comas."
        plainText = "Escriba su respuesta. Déjela vacía para saltar la pregunta."
        plainCommands = "b atrás, s saltar, ? ayuda, x salir"
        plainCommandsRequired = "b atrás, ? ayuda, x salir"
        plainBegin = "Presione Enter para comenzar. ? ayuda, x salir"
        plainNotice = "Presione Enter para continuar, o s para saltar esta sección. b atrás, ? ayuda, x salir"
        plainReviewPrompt = "Escriba el número de una pregunta para cambiar su respuesta, o presione Enter para continuar. b atrás, ? ayuda, x salir"
        plainFinish = "Presione Enter para terminar."
        plainYesNo = "[s/n]"
        plainNotANumber = "Ese no es uno de los números que se muestran."
        plainCodePrompt = "Código de participación"
        plainKeepCurrent = "Presione Enter para mantenerla."
        yes = "s"
    }

    static let english = UIStrings(english: "en")
    static let spanish = UIStrings(spanish: "es")

    /// The heading of the language choice, in every language offered.
    static let chooseLanguage = "Choose a language · Elija un idioma"
}
