extension SensitiveLexicon {
    /// The Spanish part of the lexicon (notation: ``LexiconNotation``). Spanish puts the object
    /// pronoun before the verb (`me pega`, `la amenazó`), so most entries start with `<clitic>`;
    /// accents are optional in the comment, because both sides are folded.
    static let spanish = LexiconLanguage(
        name: "Spanish",
        slots: [
            "relative": spanishPartners + spanishFamily,
            "clitic": ["me|la|lo|nos|las|los|le|les|te"],
            "violence": [
                // Verb forms only where a noun shares the stem (`los golpes de calor`, `los maltratos`)
                // or the first person is an accident (`me golpeé la cabeza`, `me lastimé la espalda`).
                "pega|pegó|pegaba|pegan|pegaron|pegaban|pegue|pegar|pegando|pegarme|pegarle"
                    + "|golpea|golpeó|golpeaba|golpean|golpearon|golpeaban|golpear|golpearme|golpearla|golpeando"
                    + "|maltrata|maltrató|maltrataba|maltratan|maltrataron|maltrataban|maltratar|maltratando"
                    + "|lastima|lastimó|lastimaba|lastiman|lastimaron|lastimar|lastimarme"
                    + "|cachetea|cacheteó|cacheteaba|cachetean|empuj*|patea*|pateó|abofete*|ahorc*|estrangul*|agred*"
                    + "|apuñal*|acuchill*|jalone*|zarande*|ataca|atacan|atacaba|atacaban|atacó|atacaron|atacar|quemó|quemaba",
            ],
            "auxiliary": [
                "ha|han|había|habían|quiere|quieren|quería|quiso|intentó|intentaron|puede|suele",
                "va|van|iba|iban|vuelve|volvió|volvieron a",
                "trató|trataron de",
                "amenazó|amenaza|amenazaba con",
            ],
            "blow": ["golpe*|cachetad*|bofetad*|patad*|puñetaz*|puñete*|paliza*|trancazo*|chingadazo*|cintarazo*"],
            "abuse": [
                "pega*|pego|golpe*|maltrat*|lastim*|empuj*|patea*|ahorc*|estrangul*|agred*|amenaz*|control*|grit*|insult*"
                    + "|humill*|cela|celaba|celos*|viol*|acos*|persigu*|vigil*|abus*|obliga*|forz*|encierr*|prohib*",
                "no me|la deja|dejaba",
                "trata|trataba|trató muy? mal",
            ],
            "experience": [
                "sufro|sufrí|sufría|sufrimos|vivo|viví|vivía|vivimos|paso|pasé|pasaba|pasamos|aguanto|aguanté|soporto|soporté|enfrento|enfrenté",
                "he|hemos|estoy|estamos|estaba|estábamos pasado|sufrido|vivido|pasando|sufriendo|viviendo|aguantando",
            ],
            "forced": [
                "obliga|obligan|obligaba|obligaban|obligó|obligaron|obligue|obliguen|obligada|obligado|obligadas|obligados"
                    + "|obligándome|obligándonos|forzada|forzado|forzadas|forzados|forzaron|forzó|fuerzan|forzaba|forzaban",
            ],
            "documents": ["pasaporte*|papeles|documentos|identificación|identificaciones|visa|visas|mica|acta|actas"],
            "fear": ["miedo|temor|pánico|terror"],
            "wantToDie": [
                "quiero|quisiera|quería|deseo|deseaba|prefiero|prefería", "me quiero|quería", "voy|iba a", "me voy|iba a",
            ],
            "insistence": [
                "constantemente|siempre", "todo el día|tiempo", "todos los días", "a cada rato", "cada rato", "sin parar", "mil|cien veces",
            ],
        ],
        entries: [
            .partnerOrFamilyAbuse: [
                "mi <relative> ... <abuse>",
                "relación|relaciones|pareja|esposo|marido|novio|novia|esposa|hogar|casa|padre|madre abusiv*|violent*|maltratador*|agresiv*",
                "mi|su agresor*|abusador*|maltratador*|victimario",
                "soy|fui|era|sido|siendo|como|ser víctima|sobreviviente",
                "víctima|sobreviviente de",
                "<experience> ... violencia|abuso|abusos|maltrato|maltratos|golpes|abusiva|violento|violenta|agresiones",
                "en mi|nuestra casa|hogar ... violencia|abuso|maltrato|golpes",
                "violencia|abuso|maltrato|gritos|golpes|peleas en mi|nuestra? casa|hogar|familia",
                "orden|órdenes|medida|medidas de protección|restricción|alejamiento",
                "no me|la deja|dejaba|dejan trabajar|salir|ver|hablar|usar|tener|estudiar|manejar|llamar|visitar",
                "controla|controlaba|controlan|quita|quitaba|quitó ... dinero|sueldo|cheque|celular|teléfono|tarjeta|tarjetas|cuenta|pago",
                "se queda|quedaba|quedó con ... dinero|sueldo|cheque|tarjeta|tarjetas|pago",
                "<clitic> insulta|insultaba|humilla|humillaba|grita|gritaba|gritó|denigra|menosprecia|cela|celaba",
            ],
            .physicalViolence: [
                "<clitic> <violence>",
                "<clitic> <auxiliary> <violence>",
                "<clitic> da|dio|daba|dan|dieron|daban ... <blow>",
                "golpeada|golpeado|golpeadas|golpeados|maltratada|maltratado|maltratadas|maltratados|agredida|agredido|agredidas|agredidos|estrangulada|estrangulado|apuñalada|apuñalado",
                "fue|fui|fuimos|fueron|sido|siendo atacad*|empujad*|golpead*",
                "moretón|moretones|morete|moretes",
                "ojo morado",
            ],
            .threat: [
                "<clitic> amenaz*",
                "amenaz* ... matar*|muerte|lastimar*|quitar*|deport*|denunciar*|migración|inmigración|llevarse",
                "amenazada|amenazado|amenazadas|amenazados",
                "matarme|matarla|matarlo|matarnos|matarte|matarlos|matarlas|asesinarme|asesinarla|asesinarnos",
                "<clitic> va|van|iba|iban a matar|lastimar|asesinar|desaparecer",
                "<clitic> quiere|quieren|quería|querían|intentó|intentaron|trató|trataron de? matar|ahorcar|estrangular|lastimar|asesinar",
                "tiene|tenía|trae|traía|saca|sacó|sacaba|compró|lleva|llevaba|apuntó|apunta|apuntaba|mostró|muestra con? un|una|su arma|armas|pistola|cuchillo|navaja|machete|rifle|escopeta",
                "<clitic> apuntó|apuntaba|apunta con",
                "si lo|la|le|los dejo|denuncio|digo|hablo",
                "si llamo|hablo ... policía|migración",
                "deportarme|deportarnos|deportarla|deportarlo|deportarlos",
                "<clitic> va|van|iba|iban a deportar|denunciar|reportar",
                "llam*|report*|denunci* ... migración|inmigración|migra|ice",
                "si se entera|enteran",
            ],
            .stalkingOrHarassment: [
                "<clitic> persigu*|perseg*|acos*|acech*|hostig*",
                "me|nos|te vigil*|espí*",
                "<clitic> está|están|estaba|estaban|anda|andan|andaba|viene|vienen|venía siguiendo|persiguiendo|acosando|vigilando|espiando|acechando|rastreando",
                "alguien|él|ella|ellos|ex|expareja|exesposo|exnovio|esposo|marido|novio me|nos|la|lo sigue|siguen|seguía|seguían|siguió|siguieron",
                "<clitic> sigue|siguen|seguía|seguían|siguió|siguieron hasta|a|al|por|desde|todo|todos|todas|cuando|en",
                "no me|nos|la deja|dejan|dejaba en paz",
                "<clitic> espera|esperaba|esperan|esperaban|esperó afuera|fuera|saliendo",
                "<clitic> espera|esperaba|esperan|esperaban|esperó ... estacionamiento|salida|carro|calle|esquina",
                "aparece|aparecen|apareció|aparecía en|a mi|la|el? trabajo|casa|clínica|oficina|carro|estacionamiento",
                "se presenta|presentó|presentaba en|a mi trabajo|casa|clínica|oficina|carro",
                "llega|llegó|llegaba|viene|vino|venía a|hasta mi trabajo|casa|carro",
                "<clitic> llama|llaman|escribe|escriben|manda|mandan|marca|marcan ... <insistence>",
                "rastrea|rastreó|rastreaba|revisa|revisaba|revisó|monitorea|monitoreaba|controla|controlaba|vigila|vigilaba mi celular|teléfono|ubicación|mensajes|carro|correo",
                "gps|rastreador|localizador en mi|el|su carro|celular|teléfono|auto|bolsa",
                "acosada|acosado|acosadas|acosados|hostigada|hostigado|perseguida|perseguido|acosador*",
            ],
            .sexualViolence: [
                "<clitic> violó|violaron|viola|violaba|violan|violaban",
                "violada|violadas|violador*",
                "fue|fui|fueron|sido|siendo violad*",
                "abus*|acos*|agred*|atacad* sexualmente",
                "abus* de mí|ella|él|nosotras|nosotros|ellas|ellos|mis",
                "<clitic> manose*",
                "manoseada|manoseado|manoseo|manoseos|tocamiento*",
                "<clitic> toca|tocó|tocaba|tocan|tocaron|tocaban sin mi? permiso|consentimiento",
                "<clitic> toca|tocó|tocaba|tocan|tocaron|tocaban ... partes|pechos|nalgas|senos|inapropiadamente|íntimas",
                "<forced> ... sexo|desnud*|sexual*",
                "<forced> a tener relaciones",
                "<clitic>? presionó|presionaba|presiona|presionan ... sexo|desnud*",
                "favores sexuales",
                "<experience> ... sexual|violación|violaciones",
                "<clitic> drogó|drogaron|drogaba",
            ],
            .trafficking: [
                "<forced> a ... trabajar|vender|prostitu*|quedarme|quedarnos|vivir|pagar|sexo",
                "contra mi|su|nuestra voluntad",
                "quitaron|quitó|quitan|quitaba|quitaban|retienen|retiene|retuvieron|retuvo|escondieron|escondió|esconden|confiscaron|confiscó|robaron|robó ... <documents>",
                "tienen|tiene|tenían|guardan|guarda mis|nuestros|nuestras <documents>",
                "trabaj* ... pagar|saldar ... deuda|deudas",
                "no me|nos|la|lo dejan|deja|dejaban|dejaba salir|irme|irnos|ir|renunciar|regresar|volver|hablar|llamar",
                "no puedo|podemos|podía|podíamos escapar|huir|irme|irnos",
                "encerrada|encerrado|encerradas|encerrados",
                "<clitic> encierra|encierran|encerró|encerraron|encerraba|encerraban",
                "traficada|traficado|traficadas|traficados",
                "víctima|víctimas de trata",
                "me|nos vendió|vendieron|venden|vende|vendían",
                "proxeneta*|padrote*|explotada|explotado|explotadas|explotados|prostitu*",
                "trabaj* sin paga|pago|sueldo|salario",
                "no me|nos pagan|pagaban nada|nunca",
                "<clitic> quitan|quitaron|quitaba|retienen|retuvieron ... sueldo|salario|pago|dinero|cheque|propinas",
                "<clitic> trajeron|trajo con? engaños",
            ],
            .selfHarm: [
                "suicid*",
                "<wantToDie> morir|morirme|matarme|matar|suicidarme|desaparecer",
                "quitarme|quitarse la vida",
                "acabar|terminar con mi vida",
                "no quiero|quería|deseo seguir? vivir|viviendo|despertar|existir",
                "hacerme daño",
                "me hago|hice|hacía daño",
                "cortarme|corto|corté|cortaba las? venas|muñecas|brazos",
                "autolesi*",
                "no vale la pena vivir",
                "no tiene sentido vivir|seguir",
                "mejor muerta|muerto|muertos",
            ],
            .fearForSafety: [
                "tengo|tenía|tenemos|siento|sentía|da|daba ... <fear>",
                "<fear> ... casa|hogar|volver|regresar",
                "<fear> a|de|por él|ella|ellos",
                "<fear> a|de|por mi|mis <relative>",
                "<fear> por|de mi|mis vida|seguridad|hijos|hijas|familia",
                "estoy|estaba|vivo|vivimos|estamos|siento asustad*|aterrad*|aterroriz*|atemoriz*",
                "vivo|vivimos|estoy|estamos con miedo",
                "no me|nos siento|sentimos|sentía|sentíamos segur*",
                "no estoy|estamos|estaba segur* en mi|la|el? casa|hogar",
                "corro|corre|corremos|corren|corría peligro",
                "en peligro",
                "escond* de él|ella|ellos|mi|mis",
                "huir|huí|huyendo|huyó|escapar|escapé|escapando|escapó de él|ella|mi|mis|casa",
                "necesito|necesitamos|necesita un? lugar seguro",
                "necesito|necesitamos|necesita un? refugio|albergue",
            ],
        ]
    )

    /// Husbands, wives, partners and exes, as words after `mi`.
    private static let spanishPartners = [
        "esposo|esposa|marido|mujer|novio|novia|pareja|ex|expareja|exesposo|exesposa|exmarido|exnovio|exnovia|concubino|concubina"
            + "|prometido|prometida|compañero|compañera",
        "ex pareja|esposo|esposa|marido|novio|novia",
        "padre|papá de mis hijos",
    ]

    /// Family members, as words after `mi`.
    private static let spanishFamily = [
        "padre|papá|padrastro|madre|mamá|madrastra|hermano|hermana|hermanos|hijo|hija|hijos|hijas|tío|tía|primo|prima"
            + "|suegro|suegra|cuñado|cuñada|abuelo|abuela|familia|familiares|yerno|nuera",
    ]
}
