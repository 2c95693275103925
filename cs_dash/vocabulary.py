"""The words real exports use for each canonical column, beyond the synonyms in ``cs_dash.schema``.

Drawn from the export headers of CRMs (Salesforce reports and Data Loader, HubSpot), CS platforms
(Gainsight, ChurnZero, Totango, Vitally, Planhat), billing (ChartMogul, Stripe), help desks
(Zendesk, Freshdesk, Jira Service Management, Intercom), product analytics (Pendo, Mixpanel,
Amplitude), surveys (SurveyMonkey, Qualtrics, Typeform, Delighted, Google Forms) and spreadsheets,
in English, German, French, Spanish, Portuguese, Italian and Dutch, and (in ``MORE_LANGUAGES``)
Czech, Turkish, Hungarian, Romanian, Greek and Indonesian. Entries are words, not exact
headers: ``cs_dash.importing.headers`` has already removed case, API spelling, wrappers and units.

``STRONG`` words name the column; ``WEAK`` words usually do but also mean other things ("Owner" is
the CSM in a tracker, the sales rep in a CRM), so a strong header wins over them for the same column.

These are words for *headers*, matched by ``cs_dash.importing.mapping``; the words for *values*
(revenue kinds, statuses, plan kinds) live in ``cs_dash.importing.vocabulary``, which folds and
matches cell text instead. Both are long lists edited often and apart, so they stay two modules.
"""

from __future__ import annotations

from cs_dash import cjk_words

STRONG: dict[str, tuple[str, ...]] = {
    "account": (
        "account", "account name", "accountname", "company", "company name", "customer", "customer name",
        "client", "client name", "organization", "organisation", "organization name", "organisation name",
        "org", "org name", "associated company", "associated company name", "parent account",
        "parent account name", "related to", "related account", "requester organization", "tenant",
        "workspace", "customer account", "account title", "business name", "company domain name",
        "organizations", "organisations", "company associated", "account display name", "accounts",
        "companies", "customers", "subscriber", "brand",
        "customer company", "customer organization", "customer organisation",
        # the other party of a contract, as a contract repository names it (Ironclad, DocuSign CLM)
        "counterparty", "counterparty name", "counter party", "counter party name", "contracting party",
        "vertragspartner", "cocontractant", "contraparte", "controparte", "wederpartij",
        # Dynamics/Dataverse: an activity's "Regarding" lookup is the record it is about.
        "regarding", "regarding object", "regardingobject",
        # Dataverse: a contact's or case's "parent customer" is the account it belongs to.
        "parent customer", "parentcustomer",
        # German, French, Spanish, Portuguese, Italian, Dutch
        "kunde", "kundenname", "kunden", "firma", "firmenname", "unternehmen", "konto",
        "compte", "nom du compte", "client nom", "nom du client", "entreprise", "societe", "nom de l entreprise",
        "cliente", "nombre del cliente", "nombre de la cuenta", "cuenta", "empresa", "nombre de la empresa",
        "nome do cliente", "nome da conta", "conta", "nome da empresa", "azienda", "nome azienda",
        "ragione sociale", "nome cliente", "klant", "klantnaam", "bedrijf", "bedrijfsnaam", "organisatie",
        "organizacao", "organizacion", "organizzazione",
        "accountnaam",
        "your company", "your company name", "nom de votre entreprise", "votre entreprise",
        "nombre de su empresa", "su empresa", "nome da sua empresa", "sua empresa", "nome della tua azienda",
        "name ihres unternehmens", "ihr unternehmen", "naam van uw bedrijf", "uw bedrijf",
        # Swedish, Danish, Norwegian, Polish, Finnish
        "kund", "kundnamn", "foretag", "foretagsnamn", "kundenavn", "virksomhed", "klient", "nazwa klienta", "firma klienta", "asiakas", "asiakkaan nimi", "yritys", "business partner", "business partner name", "bp name",
    ),
    "csm": (
        "csm", "csm name", "customer success manager", "customer success manager name", "success manager",
        "cs manager", "cs owner", "csm owner", "customer success owner", "assigned csm", "csm assigned",
        "cse", "customer success", "cs rep", "csm email", "csm user", "primary csm", "success owner",
        "activity assigned to", "assigned to", "assignee", "assigned", "activity owner", "author",
        "performed by", "logged by", "handled by", "agent", "csm full name", "account csm",
        "kundenbetreuer", "betreuer", "verantwortlich", "mitarbeiter", "zustandig", "charge de compte",
        "responsable", "gestionnaire", "gestor", "gestor de cuenta", "responsavel", "gerente de sucesso",
        "responsabile", "referente", "accountmanager", "verantwoordelijke", "behandelaar",
        "team member", "staff member", "employee name", "mitarbeitername", "membre de l equipe",
        "miembro del equipo", "membro da equipe", "membro del team", "teamlid",
        "klantmanager", "klantbeheerder",
        # relationship CRMs (Affinity) and banks name the customer's keeper the relationship lead
        "relationship lead", "relationship manager", "relationship owner",
        "kundansvarig", "kundeansvarlig", "ansvarig", "ansvarlig", "opiekun", "opiekun klienta", "vastuuhenkilo", "asiakasvastaava",
        # the vendor's own person, as a CRM calls a co-worker or "our contact" (Sellsy, SuperOffice)
        "collaborateur", "collaboratrice", "colaborador", "colaboradora", "collaboratore",
        "medewerker", "our contact", "our contact person", "unser ansprechpartner", "notre contact",
        "nuestro contacto", "nosso contato", "nosso contacto", "il nostro referente", "onze contactpersoon",
        "var kontakt", "vores kontakt", "var kontaktperson", "vores kontaktperson",
    ),
    "date": (
        "date", "activity date", "engagement date", "interaction date", "call date", "meeting date",
        "event date", "date of activity", "activity timestamp", "timestamp", "completed date",
        "response date", "submitted at", "submitted", "submission date", "survey date", "responded at",
        "recorded date", "end date", "completed at", "date submitted", "date responded", "usage date",
        "period", "month", "week", "day", "effective date", "booking date", "change date", "event time",
        "datum", "datum der aktivitat", "aktivitatsdatum", "date de l activite", "fecha", "fecha de actividad",
        "data", "data da atividade", "data attivita", "datum activiteit", "monat", "mois", "mes", "mese",
        "maand", "woche", "semaine", "semana", "settimana", "week start", "month start", "period start",
        "dato", "paivamaara", "pvm",
        "quarter", "fiscal quarter", "quartal", "trimestre", "kwartaal",
    ),
    "tag": (
        "tag", "proactive reactive", "proactive or reactive", "p r", "proactive", "reactive proactive",
        "is proactive", "proactive flag", "engagement tag", "engagement nature", "nature", "initiated by",
        "pro re", "p or r", "proaktiv", "proaktiv reaktiv", "proactif", "proactif reactif", "proactivo",
        "proactivo reactivo", "proativo", "proativo reativo", "proattivo", "proactief", "proactief reactief",
        "engagement category", "touch type", "motion",
        "proaktywny reaktywny", "charakter", "charakter kontaktu", "proaktiivinen reaktiivinen",
    ),
    "type": (
        "type", "activity type", "engagement type", "interaction type", "channel", "task type", "call type",
        "meeting type", "touchpoint type", "timeline type", "event type", "medium", "art", "typ",
        "aktivitatstyp", "type d activite", "tipo", "tipo de actividad", "tipo de atividade", "soort",
        "rodzaj", "rodzaj kontaktu", "kontakttyp", "tyyppi",
        "kontaktart", "art des kontakts", "type de contact", "tipo de contacto", "tipo de contato",
        "tipo di contatto", "contactsoort", "soort contact", "contact type",
    ),
    "duration_min": (
        "duration", "duration min", "duration minutes", "minutes", "time spent", "call duration",
        "length", "time logged", "time tracked", "talk time", "meeting duration", "effort", "hours", "time tracking", "tracked time",
        "hours spent", "time spent minutes", "dauer", "zeitaufwand", "duree", "temps passe", "duracion",
        "tiempo", "duracao", "tempo gasto", "durata", "tempo", "duur", "tijd", "bestede tijd",
        "varaktighet", "varighed", "varighet", "czas trwania", "kesto",
    ),
    "notes": (
        "notes", "comments", "description", "subject", "summary", "body", "details", "call notes",
        "activity notes", "what happened", "note", "content", "remarks", "meeting notes", "notizen",
        "bemerkung", "beschreibung", "betreff", "commentaires", "objet", "notas", "asunto", "descripcion",
        "observacoes", "assunto", "note interne", "oggetto", "opmerkingen", "onderwerp", "omschrijving",
    ),
    "arr": (
        "arr", "annual revenue", "annual recurring revenue", "account arr", "current arr", "total arr",
        "contract value", "annual contract value", "acv", "arr amount", "mrr", "monthly recurring revenue",
        "current mrr", "total mrr", "mrr amount", "subscription value", "annual value", "jahresumsatz",
        "umsatz", "wiederkehrender umsatz", "chiffre d affaires", "revenu annuel", "ingresos anuales",
        "ingreso recurrente", "receita anual", "receita recorrente", "fatturato", "ricavi ricorrenti",
        "jaaromzet", "omzet",
        "jaarwaarde", "contractwaarde", "jahreswert", "vertragswert", "valeur annuelle", "valor anual",
        "valore annuo",
        "receita recorrente mensal", "monatlich wiederkehrender umsatz", "revenu mensuel recurrent",
        "ingreso recurrente mensual", "ricavi ricorrenti mensili", "maandelijkse terugkerende omzet",
        "vuosilaskutus", "vuosiarvo", "arsvarde", "arligt kontraktsvarde", "arlig vaerdi", "arsomsattning", "roczny przychod", "wartosc roczna",
        # a subscription's recurring fee (the period it names, "mensile", "annual", decides the × 12)
        "subscription fee", "monthly fee", "annual fee", "yearly fee", "recurring fee", "license fee",
        "licence fee", "monthly subscription", "annual subscription", "canone", "canone mensile",
        "canone annuo", "canone annuale", "cuota mensual", "cuota anual", "mensualidad",
        "mensalidade", "anuidade", "monatliche gebuhr", "jahresgebuhr", "abonnementgebuhr", "redevance",
        "redevance mensuelle", "redevance annuelle", "abonnement mensuel", "abonnement annuel",
        "maandbedrag", "abonnementskosten", "abonnementsprijs", "jaarbedrag",
        # what a telco or a utility bills each customer each month or year
        "monthly charges", "monthly charge", "annual charges", "annual charge", "yearly charges",
    ),
    "renewal_date": (
        "renewal date", "next renewal", "next renewal date", "contract end", "contract end date",
        "contract renewal date", "subscription end date", "term end", "term end date", "renews on",
        "renewal due", "current period end", "expiration date", "expiry date", "verlangerung",
        "verlangerungsdatum", "vertragsende", "kundigungsdatum", "date de renouvellement", "fin de contrat",
        "fecha de renovacion", "renovacion", "data de renovacao", "renovacao", "data di rinnovo", "rinnovo",
        "verlengingsdatum", "einddatum contract",
        # a contract's end in Italian, Spanish and Portuguese
        "scadenza contratto", "scadenza del contratto", "fine contratto", "fin de contrato",
        "vencimiento contrato", "vencimiento del contrato", "fim do contrato", "vencimento do contrato",
        "verlengdatum", "verlenging", "datum verlenging", "vernieuwingsdatum", "hernieuwingsdatum",
        "einddatum",
        "fornyelsedatum", "fornyelsesdato", "fornyelse", "forlangning", "data odnowienia", "odnowienie", "uusimispaiva", "uusiminen",
    ),
    "segment": (
        "segment", "account segment", "customer segment", "market segment", "tier", "customer tier",
        "account tier", "plan", "plan name", "plan tier", "industry", "vertical", "region", "sector",
        "branche", "segmento", "secteur", "settore", "sector industrie",
        # the sales territory a CRM files the account under (Nutshell, Salesforce, Pipedrive)
        "territory", "sales territory", "territory name",
    ),
    "seats_purchased": (
        "seats purchased", "seats", "licenses", "licences", "licensed seats", "purchased seats",
        "license count", "licence count", "quantity", "contracted seats", "paid seats", "lizenzen",
        "licences achetees", "licencias", "licencas", "licenze", "licenties", "licensed users",
        "licenced users", "user licenses", "user licences", "licensed user count",
    ),
    "seats_active": (
        "seats active", "active seats", "seats used", "used licenses", "used seats", "licenses used",
        "active licenses",
        "seats in use", "licenses in use", "licences in use", "seats assigned", "assigned seats",
        "assigned licenses", "licences used", "utilized seats", "utilised seats", "seats utilized",
        "genutzte lizenzen", "aktive lizenzen", "belegte lizenzen", "licences utilisees", "licences actives",
        "licencias usadas", "licencias en uso", "licencas em uso", "licencas usadas", "licenze in uso",
        "licenze utilizzate", "gebruikte licenties", "licenties in gebruik",
    ),
    "subscribed_on": (
        "subscribed on", "signup date", "sign up date", "subscription date", "subscription start",
        "contract start", "contract start date", "customer since", "signed on", "became customer date",
        "became a customer date", "customer start date", "kunde seit", "vertragsbeginn",
        "client depuis", "date de debut", "cliente desde", "fecha de inicio", "data de inicio",
        "data inizio", "klant sinds", "startdatum", "original contract date", "initial contract date",
        "first contract date", "contract date",
        # a contract's start in Portuguese, Spanish, Italian, French and Dutch
        "inicio do contrato", "inicio de contrato", "inicio del contrato", "inizio contratto",
        "debut du contrat", "debut de contrat", "start contract", "ingangsdatum contract",
        # when a subscription began: "Activated At" (Maxio), "started_at" (billing APIs)
        "activated at", "activated on", "activation date", "started at", "started on", "start at",
        # the first charge of a subscription (Braintree "First Billing Date", Chargebee's first invoice)
        "first billing date", "first billed", "first billed on", "first billing", "first invoice date",
        "first invoiced on", "first charge date", "first charged at", "billing start date", "billing start",
        "kund sedan", "kunde siden", "klient od", "asiakkaana alkaen", "asiakas alkaen",
    ),
    "provisioned_on": ("provisioned on", "provisioned", "provisioning date", "environment ready", "kickoff date"),
    "go_live_on": (
        "go live", "go live date", "golive", "launch date", "first value", "first value date", "live date",
        "onboarding completed", "onboarding complete date", "implementation complete",
    ),
    "status": (
        "status", "account status", "customer status", "lifecycle stage", "state",
        "subscription status", "ticket status", "item status", "plan status", "etat", "statut", "estado",
        "stato", "zustand", "situacao", "situacion", "situazione", "kundenstatus", "statut du client",
    ),
    "churned_on": (
        "churned on", "churn date", "churned", "cancellation date", "cancelled on", "canceled on",
        "canceled at", "cancelled at", "date churned", "lost date", "end of contract", "kundigung",
        "date de resiliation", "fecha de baja", "data de cancelamento", "data di disdetta", "opzegdatum",
        "cancelled date", "canceled date", "cancel date", "termination date", "terminated on",
        "cancellation effective date", "churned at", "churned date",
    ),
    "cac": ("cac", "acquisition cost", "customer acquisition cost", "cost of acquisition"),
    "hourly_rate": (
        "hourly rate", "rate", "billing rate", "cost per hour", "rate per hour", "hourly cost", "hour rate",
        "loaded cost per hour", "stundensatz", "taux horaire", "tarifa por hora", "valor hora",
        "tariffa oraria", "uurtarief",
        "stundenlohn", "lohn pro stunde", "salaire horaire", "salario por hora", "salario hora", "paga oraria",
        "uurloon",
        "timpris", "timepris", "timesats", "stawka godzinowa", "stawka", "tuntihinta", "tuntiveloitus",
        "labor cost", "labour cost", "labor rate", "labour rate", "cost rate", "internal cost rate",
        "coste por hora", "costo por hora", "custo por hora", "custo hora", "costo orario", "cout horaire",
        "cout par heure", "kosten pro stunde", "stundenkosten", "kosten per uur", "cost per hour worked",
        # what a time tracker charges the customer per hour, beside what it pays the person ("Pay rate")
        "bill rate", "billable rate", "hourly bill rate", "hourly billing rate", "bill rate per hour",
        "charge rate", "charge out rate", "sell rate", "selling rate",
        "billable hourly rate",
    ),
    "team": ("team", "pod", "group", "department", "squad", "abteilung", "equipe", "equipo", "equipa", "squadra"),
    "role": ("role", "title", "job title", "position", "rolle", "rol", "roll", "poste", "cargo", "ruolo", "functie", "designation", "job role", "job position", "berufsbezeichnung", "intitule de poste", "puesto",
        "befattning", "stilling", "stanowisko", "tehtava", "nimike",
        # a job title in Finnish and Polish ("Titteli", "Tytuł")
        "titteli", "tehtavanimike", "ammattinimike", "tytul", "tytul stanowiska",
        # a person's function in the team, as French, Spanish, Portuguese and Italian lists say
        "fonction", "funcion", "funcao", "funzione",
    ),
    "ticket_id": (
        "ticket id", "ticket", "ticket number", "ticket no", "ticket nr", "case number", "case id",
        "case no", "issue key", "issue id", "conversation id", "request id", "incident number",
        "ticketnummer", "numero de ticket", "numero de caso", "numero do chamado", "numero ticket",
        "arende", "arendenummer", "sagsnummer", "numer zgloszenia", "zgloszenie", "tiketti",
        "chamado", "no do chamado", "n do chamado", "protocolo", "numero do protocolo",
        "conversation slug", "ticket slug", "ticket reference", "case reference", "ticket ref",
        # an incident's number in the words of a service desk's UI
        "incident id", "incident no",
        "meldingnummer", "meldingsnummer", "incidentnummer", "vorgangsnummer", "meldungsnummer",
        "numero d incident", "numero de incidencia", "numero incidente", "numero do incidente",
        # "Nr. Vorgang", "N° du ticket", "Nº de chamado": the number sign before the thing a desk tracks
        "numero vorgang", "numero der meldung", "numero meldung", "numero des vorgangs", "numero du ticket",
        "numero de chamado", "numero chamado", "numero do ticket", "numero de l incident", "numero du incident",
        "numero de la incidencia", "numero del ticket", "numero dell incidente", "numero di ticket",
        "numero van melding", "numero melding", "numero van het incident",
        # a service request is a ticket, as Oracle, SAP and ServiceNow number them
        "service request", "service request number", "service request id", "service request no",
        "sr number", "sr id", "sr no", "request number", "numero de solicitud", "numero da solicitacao",
        "numero de demande", "anfragenummer", "numero richiesta", "aanvraagnummer",
    ),
    "opened_at": (
        "opened at", "opened", "date opened", "created at", "created", "created date", "created time",
        "create date", "creation date", "date created", "submitted at", "date time opened", "opened date",
        "request date", "reported at", "erstellt", "erstellt am", "cree le", "date de creation",
        "fecha de creacion", "creado", "data de criacao", "criado em", "data creazione", "aangemaakt",
        "aanmaakdatum",
        "skapad", "oprettet", "utworzono", "data utworzenia", "luotu",
        "aberto em", "data de abertura", "abertura",
        "aperto il", "aperta il", "aperto", "aperta", "data apertura", "data di apertura",
        # when a case was registered or logged with the desk
        "registration date", "registered at", "registered on", "date registered", "logged at",
        "logged on", "date logged",
        "datum aanmelding", "aanmelddatum", "aangemeld op", "gemeld op", "meldingsdatum", "registratiedatum",
    ),
    "closed_at": (
        "closed at", "closed", "closed date", "date closed", "resolved at", "solved at", "resolved",
        "resolution date", "resolved date", "date time closed", "close time", "closed time", "resolution time",
        "geschlossen", "gelost am", "ferme le", "resolu le", "fecha de cierre", "cerrado", "data de fechamento",
        "fechado em", "data chiusura", "gesloten", "opgelost op",
        "date de cloture", "cloture le", "date de resolution", "fecha de resolucion", "data de resolucao",
        "data de encerramento", "data di risoluzione", "data risoluzione", "sluitdatum", "datum gesloten",
        "geschlossen am",
        # Italian agrees with the case ("segnalazione chiusa il"); Portuguese and Spanish say finished
        "chiuso il", "chiusa il", "chiuso", "chiusa", "data di chiusura", "data de finalizacao",
        "finalizado em", "data de conclusao", "concluido em", "fecha de finalizacion", "finalizado el",
        # the time a conversation was marked done ("lastDoneAt", "Done at")
        "done at", "last done at", "marked done at", "closed on", "resolved on", "solved on",
        # help desks that mark a case "Completed" (Kayako) record when in a column of that name
        "completed", "completed on", "date completed", "completed time",
        # the day the work on a case was complete (Autotask "Complete Date")
        "complete date", "completion date", "date of completion", "completion time",
        "stangd", "lukket", "zamknieto", "data zamkniecia", "suljettu",
        # the closing of a case in the words of a hand-kept log
        "solved", "solved date", "date solved", "encerramento", "encerrado em",
        "encerrado", "fechamento", "cierre", "chiusura", "cloture", "fermeture",
        "abgeschlossen", "abgeschlossen am", "afgesloten", "afgesloten op",
        # the closure of a case, as a noun
        "closure date", "closure time", "date of closure", "closing date", "closing time",
        "afgemeld op", "afmelddatum", "datum afgemeld", "afgehandeld op", "datum afgehandeld",
    ),
    "priority": ("priority", "severity", "urgency", "prioritat", "priorite", "prioridad", "prioridade", "priorita", "prioriteit",
        # the short form a hand-kept list heads its column with, in every language ("Prio", "Prio.")
        "prio"),
    "escalated": ("escalated", "is escalated", "escalation", "escalation flag", "eskaliert", "escalade", "escalado", "escalato", "geescaleerd"),
    "score": (
        "score", "nps", "nps score", "likelihood to recommend", "how likely are you to recommend",
        "how likely is it that you would recommend", "how likely is it that you would recommend us to a friend or colleague",
        "nps rating", "recommend score", "rating", "net promoter score", "csat", "csat score",
        "q1", "weiterempfehlung", "note", "recommandation", "puntuacion", "nota", "punteggio", "cijfer",
        # the NPS question as other languages ask it
        "probabilite que vous recommandiez", "wie wahrscheinlich ist es dass sie", "que probabilidad hay de que",
        "qual a probabilidade de voce recomendar", "quanto e probabile che", "hoe waarschijnlijk is het dat u",
        "betyg", "karakter", "ocena", "arvosana",
        "hur troligt ar det att du", "hvor sandsynligt er det at du", "hvor sannsynlig er det at du",
        "hvor sannsynlig er det at dere", "kuinka todennakoisesti", "jak prawdopodobne jest ze",
        "voto", "vote", "grade", "nps vote", "nps grade", "note nps", "nota nps", "voto nps", "cijfer nps",
    ),
    "recommend": ("recommend", "would recommend", "would you recommend", "recommend us", "would you recommend us",
        "recommanderiez vous", "recommanderiez", "recommanderais", "recommander", "weiterempfehlen",
        "wurden sie uns empfehlen", "empfehlen", "recomendaria", "recomendarias", "recomendarnos",
        "raccomanderesti", "raccomanderebbe", "consiglieresti", "aanbevelen", "zou u ons aanbevelen"),
    "respondent": (
        "respondent", "respondent email", "email", "e mail", "email address", "contact", "contact email",
        "person", "user email", "recipient", "recipient email", "responder", "submitted by",
    ),
    "comment": (
        "comment", "comments", "feedback", "why", "reason", "verbatim", "open text", "follow up",
        "what is the main reason for your score", "kommentar", "commentaire", "comentario", "commento", "opmerking",
        "kommentarer", "komentarz", "kommentti", "palaute",
        # "why", asked in the follow-up question of the other languages ("Pourquoi avez-vous …?")
        "pourquoi", "warum", "por que", "perche", "waarom", "varfor", "hvorfor", "dlaczego",
    ),
    "active_users": (
        "active users", "users", "mau", "wau", "dau", "monthly active users", "weekly active users",
        "daily active users", "visitors", "unique visitors", "active visitors", "unique users", "licenses used",
        "seats used", "logins", "aktive nutzer", "utilisateurs actifs", "usuarios activos", "usuarios ativos",
        "utenti attivi", "actieve gebruikers", "nutzer", "utilisateurs", "usuarios",
        "distinct values of user id", "distinct users", "distinct user ids", "unique user ids",
        # an analytics tool's visitors in the languages of its interface
        "visiteurs", "visiteurs uniques", "visitantes", "visitantes unicos", "visitatori", "visitatori unici",
        "besucher", "eindeutige besucher", "bezoekers", "unieke bezoekers",
        "count of distinct users", "distinct count of user id",
        "aktiva anvandare", "aktive brugere", "aktywni uzytkownicy", "aktiiviset kayttajat",
        # the people active in a customer's academy or community (Skilljar, Docebo, Discourse)
        "active learners", "learners", "active students", "active members", "active trainees",
    ),
    "events": (
        "events", "transactions", "usage count", "actions", "sessions", "event count", "total events",
        "api calls", "page views", "clicks", "uses", "ereignisse", "evenements", "eventos", "eventi", "gebeurtenissen",
        "transazioni", "transaktionen", "transacciones", "transacoes", "transacties", "total transactions",
        "number of events", "event total", "anzahl ereignisse", "nombre d evenements", "numero de eventos",
        "numero di eventi", "aantal gebeurtenissen",
        "plays", "flow plays", "guide views", "walkthrough plays", "flow completions",
        "flows started", "guides started", "tours started", "checklists started", "sessions started",
        "aktionen", "acciones", "acoes", "azioni", "acties", "handelingen",
        # events in the Nordic languages, Polish, Finnish and Czech, and their number
        "handelser", "haendelser", "hendelser", "zdarzenia", "tapahtumat", "udalosti",
        "antal handelser", "antal haendelser", "antall hendelser", "liczba zdarzen", "tapahtumien maara",
    ),
    "feature": ("feature", "feature name", "module", "product area", "event name", "page", "funktion", "fonctionnalite", "funcionalidad", "funzionalita",
        # digital adoption platforms (WalkMe, Whatfix, Userpilot): the flow or guide used is the feature
        "flow", "flow name", "guide", "guide name", "walkthrough", "walkthrough name", "tour name",
    ),
    "kind": (
        "kind", "change type", "movement", "movement type", "revenue type", "opportunity type", "deal type",
        "type of change", "arr movement", "mrr movement", "item type", "event type", "activity type",
        "art", "typ", "soort", "tipo", "type de mouvement",
        "andringstyp", "aendringstype", "endringstype", "typ zmiany", "muutostyyppi",
    ),
    "amount": (
        "amount", "arr change", "delta", "arr delta", "mrr change", "mrr delta", "change amount",
        "amount usd", "net amount", "movement amount", "value", "betrag", "montant", "importe", "monto",
        "valor", "importo", "bedrag",
        # "MRR-Änderung", "variation ARR": the change of recurring revenue, in several languages
        "mrr anderung", "arr anderung", "anderung", "veranderung", "mrr veranderung", "variation mrr",
        "variation arr", "variacion mrr", "variacao mrr", "variazione mrr", "mrr wijziging",
        "mrr movement amount", "activity mrr movement",
        # a movement column names the kind or the amount: its values (words or money) tell which
        "mrr movement", "arr movement", "net mrr movement", "net arr movement",
        "belopp", "belob", "belop", "kwota", "summa", "maara",
        # a change of ARR or MRR in the Nordic languages, Polish and Finnish ("ARR-förändring")
        "forandring", "arr forandring", "mrr forandring", "andring", "arr andring", "mrr andring",
        "aendring", "arr aendring", "endring", "arr endring", "mrr endring", "zmiana", "zmiana arr",
        "zmiana mrr", "muutos", "arr muutos", "mrr muutos",
        # a change of ARR or MRR in Dutch ("ARR-mutatie", "MRR mutatie")
        "mutatie", "arr mutatie", "mrr mutatie", "omzetmutatie",
    ),
    "item": (
        "item", "title", "goal", "objective", "objective name", "goal name", "step", "milestone", "task",
        "action item", "name", "description", "task name", "task title", "item name", "action name", "ziel", "massnahme", "titel", "objectif", "titre", "objetivo",
        "titulo", "meta", "obiettivo", "titolo", "doel", "actie", "mijlpaal",
        # the words for an entry of a list and for a task ("task" above) in each language
        "eintrag", "punkt", "aufgabe", "element", "intitule", "libelle", "tache", "elemento", "partida",
        "tarea", "tarefa", "voce", "compito", "onderdeel", "taak",
        "attivita", "card name",
        "aktivitet", "atgard", "opgave", "zadanie", "dzialanie", "tehtava", "toimenpide",
        "action", "action title", "action item title",
        # a to-do list's entry (Basecamp, Todoist, Things): "To-do", "Todo"
        "to do", "todo", "to do item", "to do title", "to do name", "checklist item",
        # "description" ("description" above) in other languages
        "omschrijving", "beschrijving", "beschreibung", "descripcion", "descricao", "descrizione",
        "beskrivning", "beskrivelse", "opis", "kuvaus",
    ),
    "dimension": (
        "dimension", "area", "pillar", "theme", "focus area", "category", "reason", "driver", "bereich",
        "domaine", "ambito", "area de foco", "gebied", "dimensao", "dimensione", "dimensie",
        "dimension du plan", "dimensiones", "dimensoes",
    ),
    "owner": ("owner", "assigned to", "responsible", "assignee", "owned by", "verantwortlich", "responsable", "eigenaar"),
    "due_date": ("due date", "due", "deadline", "target date", "due on", "falligkeit", "echeance", "fecha limite", "prazo", "scadenza", "deadline datum", "end date", "finish date", "target end date",
        "fallig am", "fallig", "fallig bis", "date d echeance", "fecha de vencimiento", "vencimiento",
        "data de vencimento", "vencimento", "data di scadenza", "vervaldatum", "uiterlijk op",
        "forfallodatum", "forfaldsdato", "frist", "termin", "erapaiva", "maaraaika",
    ),
    "created_on": ("created on", "created", "created date", "created at", "date created", "creation date"),
    "reviewed_on": (
        "reviewed on", "last reviewed", "last updated", "updated", "review date", "modified date",
        "last modified", "last modified date", "modified", "updated at", "modified on", "last review",
        "zuletzt geandert", "modifie le", "fecha de modificacion", "data de modificacao", "ultima modifica",
        "laatst gewijzigd",
    ),
    "effectiveness": ("effectiveness", "rating", "quality", "effectiveness score", "wirksamkeit", "efficacite"),
    "outcome": ("outcome", "result", "call result", "disposition", "call outcome", "ergebnis", "resultat", "resultado", "esito", "resultaat"),
    "fire_id": ("fire id", "fire", "escalation id", "incident", "incident id", "related case", "related ticket"),
    "link": ("link", "url", "write up", "notes link", "record link", "record url"),
}  # fmt: skip

# Czech, Turkish, Hungarian, Romanian, Greek (accents folded) and Indonesian header words, kept
# apart from the lists above so each language's words can be read and edited on their own; and the
# "responsible user / person" that CRMs such as amoCRM and Bitrix24 name an account's keeper.
MORE_LANGUAGES: dict[str, tuple[str, ...]] = {
    "account": ("zakaznik", "nazev zakaznika", "musteri", "musteri adi", "sirket", "firma adi", "ugyfel", "ugyfel neve", "ceg", "cegnev", "companie", "nume client", "πελατης", "εταιρεια", "επωνυμια", "pelanggan", "nama pelanggan", "perusahaan", "nama perusahaan", "klien"),
    "csm": ("responsible user", "responsible person", "spravce uctu", "manazer pece o zakazniky", "odpovedna osoba", "musteri temsilcisi", "musteri basari yoneticisi", "sorumlu", "ugyfelmenedzser", "ugyfelfelelos", "felelos", "kapcsolattarto", "responsabil", "responsabil cont", "manager de cont", "υπευθυνος", "υπευθυνος λογαριασμου", "penanggung jawab", "manajer akun"),
    "date": ("tarih", "honap", "luna", "ημερομηνια", "tanggal", "stempel waktu", "waktu", "bulan", "minggu", "mesic"),
    "tag": ("povaha", "proaktivni reaktivni", "proaktif reaktif", "jelleg", "proactiv reactiv", "natura", "sifat", "χαρακτηρας"),
    "type": ("typ kontaktu", "tur", "gorusme turu", "tipus", "tip", "τυπος", "jenis", "tipe"),
    "duration_min": ("delka", "trvani", "sure", "idotartam", "durasi", "διαρκεια"),
    "arr": ("rocni hodnota smlouvy", "rocni hodnota", "yillik gelir", "yillik sozlesme degeri", "eves dij", "eves ertek", "valoare anuala", "valoare lunara", "venit anual", "ετησια αξια", "ετησια εσοδα", "nilai tahunan", "pendapatan tahunan"),
    "renewal_date": ("obnoveni smlouvy", "datum obnoveni", "obnoveni", "yenileme tarihi", "megujitas datuma", "megujitas", "data reinnoirii", "reinnoire", "ημερομηνια ανανεωσης", "ανανεωση", "tanggal perpanjangan", "perpanjangan"),
    "subscribed_on": ("zakaznikem od", "musteri olma tarihi", "ugyfel ota", "client din", "πελατης απο", "pelanggan sejak"),
    "hourly_rate": ("hodinova sazba", "saatlik ucret", "oradij", "tarif orar", "ωριαια χρεωση", "tarif per jam"),
    "role": ("pozice", "funkce", "unvan", "pozisyon", "munkakor", "beosztas", "θεση", "ρολος", "jabatan"),
    "ticket_id": ("cislo tiketu", "tiket", "talep no", "jegyszam", "nr tichet", "numar tichet", "tichet", "αριθμος αιτηματος", "nomor tiket"),
    "opened_at": ("vytvoreno", "otevreno", "acilis tarihi", "olusturulma tarihi", "letrehozva", "deschis la", "data deschiderii", "δημιουργηθηκε", "dibuat", "dibuka"),
    "closed_at": ("uzavreno", "vyreseno", "kapanis tarihi", "lezarva", "inchis la", "data inchiderii", "εκλεισε", "ditutup"),
    "priority": ("oncelik", "prioritas", "prioritate", "προτεραιοτητα"),
    "escalated": ("eskalovano", "eskale", "eszkalalva", "escaladat", "κλιμακωση", "dieskalasi"),
    "score": ("hodnoceni", "puan", "pontszam", "scor", "βαθμολογια", "skor", "seberapa besar kemungkinan anda merekomendasikan"),
    "respondent": ("alamat email", "e posta"),
    "comment": ("komentar", "yorum", "megjegyzes", "comentariu", "comentarii", "σχολια", "saran", "masukan"),
    "active_users": ("aktivni uzivatele", "aktif kullanicilar", "aktiv felhasznalok", "utilizatori activi", "pengguna aktif", "aktive brukere"),
    "kind": ("typ zmeny", "hareket turu", "valtozas tipusa", "tip modificare", "jenis perubahan"),
    "amount": ("castka", "tutar", "osszeg", "eves dij valtozasa", "suma", "ποσο", "jumlah"),
    "item": ("polozka", "ukol", "madde", "gorev", "tetel", "feladat", "actiune", "sarcina", "rencana", "tugas", "kegiatan"),
    "status": ("stav", "durum", "allapot", "statusz", "stare", "κατασταση"),
    "owner": ("odpovedna osoba", "sorumlu", "felelos", "penanggung jawab"),
    "due_date": ("splatnost", "son tarih", "hatarido", "termen", "scadenta", "προθεσμια", "tenggat", "tenggat waktu", "batas waktu"),
}  # fmt: skip
for _column, _words in MORE_LANGUAGES.items():
    STRONG[_column] += _words

# Words that name a column only when nothing better does.
WEAK: dict[str, tuple[str, ...]] = {
    "account": ("account id", "account number", "customer number", "kundennummer", "company id", "customer id", "organization id", "org id", "domain", "company domain", "external id",
        # CRMs that call the company record a lead (Close), help desks that group contacts by company
        "lead", "lead name", "contact group", "customer group",
        # a pivot table's row field, when nothing better names the account
        "row labels", "zeilenbeschriftungen", "etiquettes de lignes", "etiquetas de fila", "rotulos de linha", "etichette di riga", "rijlabels",
    ),
    "csm": (
        "owner", "account owner", "owner name", "user", "rep", "who", "created by", "contact owner",
        "hubspot owner", "company owner", "record owner", "account manager", "owner email", "owner full name",
        "assigned user", "employee", "full name", "person", "people", "agent name", "activity owner name", "user name", "username",
        "user full name",
        "nome e cognome", "nome completo", "nom complet", "nom et prenom", "prenom et nom",
        "nombre completo", "nombre y apellidos", "vollstandiger name", "vor und nachname",
        "volledige naam", "host", "call host", "meeting host",
        # the person a time tracker, a calendar or an HR system lists the row under
        "member", "member name", "worker", "worker name", "organizer", "organiser", "meeting organizer",
        "meeting organiser",
        # "User" in other languages: the person of the vendor a call log or a CRM lists the row under
        "utilisateur", "usuario", "utilizador", "utente", "gebruiker", "benutzer", "anvandare", "bruger",
        "bruker",
        # "employee" in the Nordic languages, Polish and Finnish, as weak as in English
        "pracownik", "anstalld", "ansatt", "ansat", "tyontekija", "henkilo",
    ),
    "date": ("created date", "created", "start time", "due date", "when", "created at", "start date", "close date", "time",
        # when a form was started or finished, in the survey tools' own languages (easyfeedback, Netigate)
        "end time", "startzeit", "endzeit", "heure de debut", "heure de fin", "hora de inicio", "hora de fin",
        "hora de termino", "ora di inizio", "ora di fine", "begintijd", "eindtijd", "starttid", "sluttid",
        "paborjad", "avslutad"),
    "type": ("kind", "category", "subject type"),
    # "time" in the Nordic languages and Polish, as weak as in English: a time of day too
    "duration_min": ("time", "tid", "czas"),
    "notes": ("text", "message"),
    "arr": ("revenue", "amount", "value", "price", "contract amount", "total"),
    "segment": ("category", "size", "company size", "type"),
    "status": ("stage", "phase", "health", "churn", "active", "exited", "gekundigt", "abgewandert", "opgezegd",
        # the phase a card or a deal is in now (Pipefy "Fase atual")
        "current phase", "current stage", "fase", "fase atual", "fase actual", "fase attuale",
        "phase actuelle", "aktuelle phase", "huidige fase"),
    "subscribed_on": ("close date", "created date", "won date", "start date", "start", "created", "created on", "create date",
        # the record's creation date in French, Spanish, Portuguese, Italian, German and Dutch, as weak
        "date de creation", "fecha de creacion", "data de criacao", "data di creazione", "erstellt am",
        "erstellungsdatum", "aanmaakdatum"),
    "renewal_date": ("end date", "renewal"),
    "ticket_id": ("id", "number", "no", "key", "reference", "ref", "case",
        "slug", "numero", "nummer", "numer", "referencia", "riferimento", "referentie",
        # the word for "identifier" in each language, as general as "id"
        "identifier", "identifiant", "identificador", "identificativo", "identificatore", "kennung",
        "identificatie", "identificacao",
        # ... and in the Nordic languages, Polish and Finnish (Efecte's "Tunniste")
        "identifikator", "identifikation", "identyfikator", "tunniste", "tunnus",
        # chat desks number chats and threads as help desks number tickets; a rating of a chat keeps its id too
        "chat id", "chat number", "thread id"),
    "opened_at": ("date", "submitted", "received"),
    "escalated": ("escalation level",),
    "score": ("answer", "response", "value", "q1 score"),
    "respondent": ("name", "contact name", "user", "customer email"),
    "active_users": ("active", "count",
        # a CS team's adoption table counts the customer's active users
        "adoption", "user adoption",
        "people", "persons", "unique people", "personen", "personnes", "personas", "pessoas", "persone"),
    "events": ("count", "total", "volume",
        "started", "starts"),
    "feature": ("event", "ereignis", "evenement", "evento"),  # an event's name, when the values are text
    "kind": ("type", "category", "reason"),
    "amount": ("arr", "mrr", "revenue", "total", "change"),
    "item": ("subject", "summary",
             # the subject of a work package or card in other languages
             "thema", "betreff", "sujet", "asunto", "assunto", "oggetto", "onderwerp"),
    "owner": ("csm", "user", "assigned"),
    "reviewed_on": ("date", "last activity"),
    "dimension": ("type", "kind", "group"),
}  # fmt: skip

# Words for a person's name and for a kind in the same languages, as weak as their English ones.
MORE_LANGUAGES_WEAK: dict[str, tuple[str, ...]] = {
    "csm": ("display name", "alias", "jmeno", "ad soyad", "nev", "nume", "ονοματεπωνυμο", "nama", "nama lengkap"),
    "kind": ("tipus", "jenis", "tur", "tip"),
}  # fmt: skip
for _column, _words in MORE_LANGUAGES_WEAK.items():
    WEAK[_column] += _words

# Japanese, as kintone apps, Salesforce and HubSpot in Japanese, Backlog and Japanese sheets write
# headers. Japanese runs its words together, so a word here is also found inside a longer header
# ("月間アクティブユーザー数" holds "アクティブユーザー数"), a word of one kanji ("日", "月") only at its end.
JAPANESE: dict[str, tuple[str, ...]] = {
    "account": ("顧客名", "顧客", "会社名", "企業名", "法人名", "取引先", "取引先名", "お客様名", "顧客企業名", "社名", "顧客会社名",
                "会社", "企業", "法人", "お客様", "顧客企業", "取引先企業", "契約者", "契約者名", "クライアント", "クライアント名",
                "アカウント名", "テナント名", "組織名"),
    "csm": ("担当csm", "cs担当", "cs担当者", "カスタマーサクセス担当", "カスタマーサクセス担当者", "担当cs", "顧客担当", "顧客担当者",
            "カスタマーサクセス", "サクセス担当", "cs責任者", "担当カスタマーサクセス"),
    "date": ("日付", "活動日", "対応日", "実施日", "活動日時", "対応日時", "実施日時", "面談日",
             # a month, a week or a quarter a row counts, and the day an amount is booked
             "日", "月", "週", "年月", "年月日", "対象月", "対象日", "対象週", "対象期間", "利用月", "集計月", "集計日",
             "計上日", "計上月", "記録日", "四半期", "期間", "回答日", "回答日時"),
    "tag": ("プロアクティブ リアクティブ", "能動 受動", "対応区分", "プロアクティブ", "能動受動", "対応の種類"),
    "type": ("活動種別", "活動の種類", "対応種別", "接点種別", "対応方法", "接点", "チャネル", "手段", "連絡手段", "対応手段"),
    "notes": ("メモ", "備考", "内容", "活動内容", "対応内容", "件名", "概要", "詳細"),
    "duration_min": ("所要時間", "対応時間", "通話時間", "作業時間", "時間", "面談時間", "会議時間"),
    "arr": ("年間契約金額", "年間契約額", "年額", "年間売上", "年間経常収益", "arr 年額",
            "月額", "月額料金", "月間経常収益", "年間契約金額 円", "契約年額", "年間利用料", "月額利用料"),
    "renewal_date": ("契約更新日", "更新予定日", "次回更新日", "契約更新予定日", "更新期限", "契約満了日", "満了日", "契約期限"),
    "status": ("ステータス", "状態", "契約状況", "契約ステータス", "顧客ステータス", "対応状況", "進捗状況", "進捗", "状況"),
    "segment": ("セグメント", "顧客区分", "顧客セグメント", "業種", "企業規模", "ランク", "プラン", "プラン名", "業界", "地域"),
    "seats_purchased": ("契約ライセンス数", "ライセンス数", "契約席数", "契約ユーザー数", "契約id数"),
    "seats_active": ("利用ライセンス数", "使用ライセンス数", "稼働ライセンス数"),
    "subscribed_on": ("契約開始日", "利用開始日", "取引開始日", "契約日", "導入日"),
    "churned_on": ("解約日", "契約終了日", "退会日"),
    "ticket_id": ("チケット番号", "チケットid", "問い合わせ番号", "問合せ番号", "受付番号", "インシデント番号",
                  "チケット", "問い合わせid", "問合せid", "案件番号", "課題キー", "キー"),
    "opened_at": ("受付日時", "受付日", "起票日", "問い合わせ日時", "問合せ日時", "発生日時", "作成日時", "作成日", "登録日時",
                  "問い合わせ日", "問合せ日", "起票日時"),
    "closed_at": ("解決日時", "完了日時", "クローズ日時", "解決日", "完了日", "対応完了日", "クローズ日", "終了日時", "対応完了日時"),
    "priority": ("優先度", "重要度", "緊急度", "優先順位"),
    "escalated": ("エスカレーション", "エスカレ", "エスカレーション有無", "エスカレ有無", "エスカレーション済"),
    "score": ("スコア", "推奨度", "評価", "npsスコア", "満足度", "満足度スコア", "おすすめ度", "推奨意向", "点数"),
    "comment": ("コメント", "ご意見", "自由回答", "理由", "フィードバック", "ご感想", "感想"),
    "respondent": ("回答者", "回答者メール", "メールアドレス"),
    "active_users": ("アクティブユーザー数", "アクティブユーザー", "アクティブ数", "ユーザー数", "利用者数", "利用ユーザー数",
                     "ログインユーザー数", "アクティブユーザ数", "ユーザ数"),
    "events": ("イベント数", "イベント件数", "利用回数", "操作回数", "アクション数", "セッション数", "ログイン回数", "回数", "件数"),
    "feature": ("機能", "機能名", "イベント名", "画面", "画面名", "モジュール"),
    "kind": ("変動区分", "増減区分", "変動種別", "取引区分", "計上区分"),
    "amount": ("増減額", "arr増減額", "mrr増減額", "差額", "増減", "変動金額"),
    "item": ("タスク", "タスク名", "施策", "項目", "目標", "件名", "タイトル", "施策名", "アクション", "内容"),
    "owner": ("責任者", "実行者"),
    "due_date": ("期限", "期日", "締切", "締切日", "期限日", "完了予定日", "予定日", "目標期日"),
    "hourly_rate": ("時給", "時間単価", "単価", "人件費単価"),
    "role": ("役職", "職種", "役割", "ポジション"),
    "team": ("チーム", "部署", "所属", "部門", "チーム名", "部署名"),
}  # fmt: skip
# Words that name a column only when nothing better does: "担当者" is whoever is in charge (a CSM in a
# tracker, the sales rep in a CRM), "更新日" the renewal or the record's last change, "金額" any amount.
JAPANESE_WEAK: dict[str, tuple[str, ...]] = {
    "csm": ("担当者", "担当", "担当者名", "営業担当", "所有者", "取引先所有者", "氏名", "名前", "社員名"),
    "arr": ("契約金額", "金額", "売上"),
    "renewal_date": ("更新日",),
    "amount": ("金額", "変動額"),
    "owner": ("担当者", "担当", "担当者名"),
    "kind": ("種別", "種類", "区分"),
    "tag": ("区分",),
    "ticket_id": ("番号",),
    "reviewed_on": ("更新日", "更新日時", "最終更新日"),
}  # fmt: skip
for _column, _words in JAPANESE.items():
    STRONG[_column] = STRONG.get(_column, ()) + _words
for _column, _words in JAPANESE_WEAK.items():
    WEAK[_column] = WEAK.get(_column, ()) + _words

# Per table, words that change meaning there ("Reason" is a plan's dimension, a survey's comment).
TABLE_WEAK: dict[tuple[str, str], tuple[str, ...]] = {
    ("accounts", "account"): ("name", "account name", "title"),
    # a team list's "Name" in the other languages is the CSM, as "Name" is in English
    ("team", "csm"): ("nom", "nombre", "nome", "naam"),
    # A CRM's account type ("Customer", "Former Customer", "Prospect") is the relationship's status;
    # a type of "Enterprise" is a segment: the values tell which.
    ("accounts", "status"): ("type", "account type"),
    ("plans", "kind"): ("type", "category"),
    # A board's list or column (Trello, Kanban tools) is the stage a card is at: the plan item's
    # status. A lane (swimlane) groups the cards across the stages: by stage words, or on a CS
    # board by customer, and its values tell which (Businessmap, Kanbanize).
    ("plans", "status"): (
        "list",
        "list name",
        "board list",
        "lane",
        "swimlane",
        "swim lane",
        "column",
        "column name",
        "board column",
        "kanban column",
        "spalte",
        "colonne",
        "columna",
        "coluna",
        "colonna",
        "kolom",
    ),
    # In a help desk or a survey tool the "customer" is the person writing in (Help Scout, Medallia);
    # the organisation they belong to, when the file has one, is the account.
    ("tickets", "account"): ("customer", "customer name", "client", "client name", "customer full name"),
    ("surveys", "account"): ("customer", "customer name", "client", "client name", "customer full name"),
    # In a billing or accounting system (Xero, FreshBooks) the "contact" billed is the organisation.
    # A pipeline box is named after its customer when nothing else names one (Streak).
    ("revenue", "account"): ("contact", "contact name", "billed to", "bill to", "name", "box name"),
    # A task tool keeps one project per customer for its success plan (Linear, Asana, Basecamp).
    # ... or one list per customer (ClickUp's "List Name"), when the file has a status of its own.
    ("plans", "account"): (
        "lane",
        "lane name",
        "swimlane",
        "swim lane",
        "board lane",
        "project",
        "project name",
        "list",
        "list name",
        "projekt",
        "projet",
        "proyecto",
        "projeto",
        "progetto",
    ),
    # A first and a last name joined into one column is a person: a survey's respondent.
    ("surveys", "respondent"): ("full name",),
    # An academy or a community groups its learners and members by the customer they work for
    # (Skilljar's, Docebo's groups): the group of a usage row is its account.
    ("usage", "account"): ("group", "group name", "learner group", "user group", "member group"),
}
# A to-do's yes/no completion flag (Basecamp, Todoist) is the plan item's status: yes done, no open.
TABLE_WEAK[("plans", "status")] += (
    "completed", "complete", "is completed", "is complete", "done", "is done", "finished",
    "erledigt", "abgeschlossen", "termine", "hecho", "completado", "concluido", "completato",
    "voltooid", "afgerond", "feito", "fatto", "fait", "klaar", "gedaan",
)  # fmt: skip
# The team's hourly rate is what Accounting bills (SPEC): what a person costs or earns per hour
# names it only when the file has no billing rate beside it (Runn: "Cost Rate" and "Bill Rate").
TABLE_WEAK[("team", "hourly_rate")] = (
    "labor cost", "labour cost", "labor rate", "labour rate", "cost rate", "internal cost rate",
    "cost per hour", "hourly cost", "loaded cost per hour", "cost per hour worked",
    "coste por hora", "costo por hora", "custo por hora", "custo hora", "costo orario", "cout horaire",
    "cout par heure", "kosten pro stunde", "stundenkosten", "kosten per uur",
    "stundenlohn", "lohn pro stunde", "salaire horaire", "salario por hora", "salario hora", "paga oraria",
    "uurloon",
    # the hourly cost with the employer's charges on top ("coût horaire chargé", "fully loaded")
    "cout horaire charge", "cout charge horaire", "taux horaire charge", "loaded hourly cost",
    "fully loaded cost per hour", "fully loaded hourly cost", "coste hora cargado", "custo hora carregado",
    # the hourly cost to the company or employer ("Coste hora empresa", "Costo orario azienda")
    "coste hora", "costo hora", "coste hora empresa", "costo hora empresa", "custo hora empresa",
    "costo orario azienda", "cout horaire employeur", "cout horaire entreprise", "arbeitgeberkosten pro stunde",
    "employer cost per hour", "company cost per hour", "kosten per uur werkgever",
)  # fmt: skip
# Per table, words that name a column outright there though elsewhere they are weak: a deal's
# close date is when its revenue changed, the date it was created only when it was opened.
TABLE_STRONG: dict[tuple[str, str], tuple[str, ...]] = {
    ("revenue", "date"): (
        "close date", "closed date", "date closed", "won date", "date won", "closed won date",
        # a deal's close date in the languages of a CRM's UI ("Schlusstermin", "Fecha de cierre")
        "schlusstermin", "abschlussdatum", "date de cloture", "date de conclusion", "fecha de cierre",
        "data de fechamento", "data di chiusura", "sluitingsdatum",
        # an order form or a quote is signed when its document is completed (PandaDoc, DocuSign)
        "date completed", "completed date", "completed on", "date signed", "signed date", "signed on",
        "signature date", "execution date", "executed on", "date executed",
    ),
    # a conversation or chat desk's case opens when the conversation starts (Intercom, Front)
    ("tickets", "opened_at"): (
        "started at", "conversation started at", "conversation started", "chat started at",
        "conversation created at", "first opened at",
    ),
    # an event export counts each event's occurrences in a quantity ("Quantity", "Anzahl")
    ("usage", "events"): (
        "quantity", "qty", "event quantity", "event count", "menge", "anzahl", "quantite", "cantidad",
        "quantidade", "quantita", "aantal",
    ),
}  # fmt: skip
# Words dropped from a column in one table ("reason" is not a ticket's or a survey's dimension).
TABLE_EXCLUDE: dict[tuple[str, str], tuple[str, ...]] = {
    ("team", "csm"): ("owner", "account owner", "created by"),
    ("engagements", "date"): ("end date", "close date"),
    ("usage", "date"): ("end date", "effective date", "booking date", "change date", "response date"),
    ("revenue", "date"): ("end date",),
    # A help desk serving several brands lists the vendor's own brand, not the customer.
    ("tickets", "account"): ("brand",),
}

# A company's own revenue, its size (a CRM's firmographic "Annual Revenue", "Umsatz"), not what it
# pays: ARR only when no header names what the customer pays, and then said so.
COMPANY_REVENUE = (
    "annual revenue", "revenue", "company revenue", "annual turnover", "turnover", "jahresumsatz",
    "umsatz", "chiffre d affaires", "revenu annuel", "ingresos anuales", "facturacion anual",
    "receita anual", "faturamento anual", "fatturato", "fatturato annuo", "jaaromzet", "omzet",
)  # fmt: skip

# The user a record is assigned to, in the words of a localised CRM or help desk UI: the CSM of
# an activity, the owner of a plan's item.
ASSIGNED_TO = (
    "zugewiesen", "zugewiesen an", "zugewiesen zu", "zugeordnet", "zugeordnet zu", "bearbeiter",
    "bearbeitet von", "asignado", "asignado a", "asignada a", "assigne a", "assignee a",
    "attribue a", "atribuido a", "atribuida a", "assegnato a", "assegnata a", "toegewezen aan",
)  # fmt: skip

# What only a help desk's tickets have, though the tickets table keeps no column for it: the queue a
# ticket waits in and the person who asked (Request Tracker, OTRS, Jira Service Management).
TICKET_ATTRIBUTES = (
    "queue", "queue name", "requestor", "requestors", "requester", "requesters", "requestor email",
    "requester email", "requester name", "warteschlange", "anfragesteller",
    "antragsteller", "file d attente", "demandeur", "cola", "solicitante", "fila", "requerente",
    "coda", "richiedente", "wachtrij", "aanvrager", "melder",
)  # fmt: skip
# What every record has, a ticket too: its subject and its state. They count as a ticket's only in
# a file whose header names the ticket number plainly ("Ticket ID", "Case Number").
TICKET_SUBJECT_AND_STATE = (
    "subject", "title", "summary", "status", "state", "ticket subject", "ticket status", "case subject",
    "case status", "betreff", "titel", "zusammenfassung", "zustand", "sujet", "objet", "titre",
    "resume", "statut", "etat", "asunto", "titulo", "resumen", "estado", "assunto", "situacao",
    "oggetto", "titolo", "riepilogo", "stato", "onderwerp", "samenvatting", "toestand",
)  # fmt: skip

# More words for a column, grouped by the concept a person reads in them, in the six languages.
CONCEPT_WORDS: dict[str, tuple[str, ...]] = {
    # what a time tracker or a staffing tool charges per hour of a person's work ("Price per hour")
    "hourly_rate": (
        "price per hour", "hourly price", "price hour", "hour price", "charge per hour", "fee per hour",
        "hourly fee", "preis pro stunde", "stundenpreis", "prix par heure", "prix horaire",
        "precio por hora", "precio hora", "preco por hora", "preco hora", "prezzo orario",
        "prezzo all ora", "prezzo per ora", "prijs per uur", "uurprijs",
    ),
    # when an account plan was last looked at, in the words of a plan's "last review" column
    "reviewed_on": (
        "last review date", "last reviewed on", "last reviewed at", "date reviewed", "reviewed at",
        "date of last review", "letzte uberprufung", "zuletzt uberpruft", "letzte prufung",
        "zuletzt gepruft", "letzte review", "derniere revue", "derniere revision", "revu le",
        "date de revue", "ultima revision", "revisado el", "fecha de revision", "ultima revisao",
        "revisado em", "data de revisao", "ultima revisione", "rivisto il", "data di revisione",
        "laatste review", "laatste beoordeling", "laatst beoordeeld", "laatst herzien", "herzien op",
        # "updated", as the other languages' tools say when an item was last touched
        "aktualisiert", "aktualisiert am", "zuletzt aktualisiert", "geandert am", "mis a jour",
        "mis a jour le", "derniere mise a jour", "actualizado", "actualizado el", "ultima actualizacion",
        "atualizado", "atualizado em", "ultima atualizacao", "aggiornato", "aggiornato il",
        "ultimo aggiornamento", "bijgewerkt", "bijgewerkt op", "laatst bijgewerkt",
    ),
    # when a plan's item is planned, expected or targeted to be complete: its due date
    "due_date": (
        "planned completion date", "planned completion", "planned finish date", "planned end date",
        "expected completion date", "projected completion date", "target completion date",
        "planned due date", "geplantes enddatum", "geplanter abschluss", "date de fin prevue",
        "fin prevue", "fecha de finalizacion prevista", "fecha fin prevista", "data de conclusao prevista",
        "data prevista", "data di completamento prevista", "fine prevista", "geplande einddatum",
        "geplande opleverdatum",
        # when the item ends or is aimed at, as a task tool's "Fecha fin" or "Zieldatum" says
        "fecha fin", "fecha de fin", "fecha final", "fecha de finalizacion", "fecha de termino",
        "data fim", "data de fim", "data final", "data de termino", "date de fin", "date fin",
        "data fine", "data di fine", "data finale", "enddatum", "slutdatum", "slutdato", "sluttdato",
        "paattymispaiva", "data zakonczenia", "zieldatum", "date cible", "fecha objetivo", "data alvo",
        "data obiettivo", "streefdatum", "maldatum", "maldato", "tavoitepaiva", "data docelowa",
    ),
    # how long a call's conversation lasted, beside the time spent ringing or waiting
    "duration_min": (
        "talking time", "talk duration", "speaking time", "conversation time", "conversation duration",
        "call length", "gesprachsdauer", "sprechzeit", "duree de l appel",
        "temps de conversation", "duracion de la llamada", "tiempo de conversacion",
        "duracao da chamada", "tempo de conversa", "durata della chiamata", "tempo di conversazione",
        "gespreksduur", "beltijd",
    ),
    # the seats a customer uses, with the words in either order ("Lizenzen genutzt")
    "seats_active": (
        "lizenzen genutzt", "lizenzen aktiv", "lizenzen in nutzung", "licencias utilizadas",
        "licencias activas", "licencas utilizadas", "licencas ativas", "licenze attive",
        "licenze usate", "licenties gebruikt", "licenties actief", "plaetze genutzt",
    ),
    "csm": ASSIGNED_TO + (
        # "customer success manager" translated, as Salesforce and HubSpot label it in their UIs
        "gerente de exito del cliente", "gerente de exito de clientes", "gestor de exito del cliente",
        "responsable du succes client", "responsable de la reussite client", "charge de la reussite client",
        "gestionnaire du succes client", "kundenerfolgsmanager", "customer success managerin",
        "gerente de sucesso do cliente", "gestor de sucesso do cliente", "responsabile del successo del cliente",
        "responsabile customer success", "klantsuccesmanager",
    ),
    # the day a company became a customer ("Customer From" beside "Customer To")
    "subscribed_on": ("customer from", "client from", "customer start", "kunde ab", "cliente a partir de"),
    # the companies a CRM record is associated with, in the languages of its UI
    "account": (
        "associated companies", "empresas asociadas", "empresa asociada", "empresas associadas",
        "empresa associada", "entreprises associees", "entreprise associee", "zugeordnete unternehmen",
        "zugeordnetes unternehmen", "verknupfte unternehmen", "verknupftes unternehmen",
        "aziende associate", "azienda associata", "gekoppelde bedrijven", "gekoppeld bedrijf",
    ),
    # a deal's amount converted to the company's currency, beside the amount in the deal's own
    "amount": (
        "amount in company currency", "importe en la moneda de la empresa", "montant dans la devise de l entreprise",
        "betrag in unternehmenswahrung", "valor na moeda da empresa", "importo nella valuta aziendale",
        "bedrag in bedrijfsvaluta",
        # what an invoice charged: its amount paid, or due when unpaid
        "amount paid", "amount due", "total paid", "betrag bezahlt", "montant paye", "importe pagado", "valor pago",
    ),
    # an issue tracker's "Created" and "Resolved" columns in the languages of its UI (Jira)
    "opened_at": ("creation", "creee", "creee le", "creada", "creada el", "creato il", "criado"),
    "closed_at": (
        "resolue", "resolu", "resolue le", "resuelta", "resuelto", "resuelto el", "resolvido", "resolvido em",
        "risolto", "risolta", "risolto il", "opgelost", "gelost", "erledigt am",
    ),
    # an invoice's reason (Stripe's billing_reason: created, a cycle, an update) is its revenue kind
    "kind": ("billing reason", "invoice reason", "reason for invoice"),
    # the NPS question as Latin American Spanish asks it, and the verb's subjunctive forms
    "score": (
        "que tan probable es que", "que tan probable es que nos recomiende", "cual es la probabilidad de que",
        "que probabilidad hay de que nos recomiende", "recomiende", "recomendaria a un amigo",
    ),
}  # fmt: skip
for _column, _words in CONCEPT_WORDS.items():
    STRONG[_column] += _words
STRONG["owner"] += ASSIGNED_TO
# The button or option a respondent picked (Chameleon, in-app NPS widgets): their answer, which
# 0-10 values make the score and yes/no values the recommendation.
WEAK["score"] += (
    "button text",
    "button label",
    "button value",
    "selected option",
    "selected answer",
    "answer value",
)
# A revenue change's amount is the ARR it adds or takes away: a header naming an account's yearly
# or recurring value ("Jahreswert", "Årsvärde", "Annual Contract Value") names the amount there,
# as weakly as "ARR" does, so a header naming the amount itself still wins.
TABLE_WEAK[("revenue", "amount")] = tuple(
    word for word in STRONG["arr"] if word not in STRONG["amount"] and word not in WEAK["amount"]
) + ("grand total", "order total", "quote total", "total amount", "document total")
# A billing system's subscription event carries the plan's price ("price_cents", "Preço"): the
# amount of the change, as weakly as "ARR", converted to a year by the price's own rule.
TABLE_WEAK[("revenue", "amount")] += (
    "price", "plan price", "subscription price", "recurring price", "unit price", "preis", "prix",
    "precio", "preco", "prezzo", "prijs", "pris", "cena", "hinta",
)  # fmt: skip

# Korean and Chinese (both scripts), as strong and as weak as their Japanese neighbours above; a
# Chinese word Japanese writes the same ("企業", "期限") is already there.
for _column, _words in cjk_words.STRONG.items():
    STRONG[_column] = STRONG.get(_column, ()) + tuple(w for w in _words if w not in STRONG.get(_column, ()))
for _column, _words in cjk_words.WEAK.items():
    WEAK[_column] = WEAK.get(_column, ()) + tuple(w for w in _words if w not in WEAK.get(_column, ()))
