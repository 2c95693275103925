"""The words source systems use for revenue kinds, statuses and plan kinds, mapped onto cs-dash's own.

Billing tools, CRMs and CS platforms each name the same change or state differently ("New Biz",
"Existing Customer - Upgrade", "Closed Success", "Baja"), and in several languages. A value is
matched after folding case, accents and punctuation; a longer value ("Existing Customer -
Upgrade") matches when the known phrases it contains all point at one canonical word. Values
that match nothing are kept as written, so the metrics can list them as unrecognised.

These are words for *values*; the words for *headers* (which column a header names) live in
``cs_dash.vocabulary``. The two are matched differently (cell text folded and searched for phrases,
headers normalised and scored), so each list stays next to its own matching.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

# Canonical word -> the phrases that mean it (folded: no accents, lower case, single spaces).
REVENUE_KINDS: dict[str, tuple[str, ...]] = {
    "new": (
        "new", "new business", "new biz", "new logo", "new customer", "new customers", "new deal",
        "new subscription", "new mrr", "new arr", "new sale", "acquisition", "first purchase",
        "neugeschaft", "neukunde", "neukunden", "neuabschluss", "neu",
        "nouveau", "nouveau client", "nouvelle affaire", "nouveau contrat", "acquisition client",
        "nuevo", "nuevo negocio", "nuevo cliente", "nueva venta", "alta",
        "novo", "novo negocio", "novo cliente", "nova venda",
        "nuovo", "nuovo cliente", "nuovo business", "nuovo contratto", "nuova vendita",
        "nieuw", "nieuwe klant", "nieuwe business", "nieuw contract",
        # Swedish, Danish, Norwegian, Polish, Finnish
        "ny", "ny kund", "ny kunde", "nyforsaljning", "nysalg", "nowy", "nowy klient", "nowa sprzedaz",
        "uusi", "uusi asiakas", "uusmyynti",
        "novy", "novy zakaznik", "yeni", "yeni musteri", "uj", "uj ugyfel", "nou", "client nou", "baru", "pelanggan baru", "created", "subscription created", "activated",
        # a contract or subscription created, in other languages ("Vertrag angelegt", "Contrato criado")
        "angelegt", "neu angelegt", "erstellt", "cree", "creee", "creado", "creada", "criado", "criada",
        "creato", "creata", "aangemaakt",
        # the feminine forms, agreeing with a subscription or a sale ("Nueva", "Nouvelle")
        "nueva", "nova", "nuova", "nouvelle", "nieuwe",
        # a billing API's reason for the first invoice of a subscription (Stripe "subscription_create")
        "subscription create", "subscription creation",
        # German agrees with the noun too ("Neues Abo", "Neuer Vertrag", "Neue Lizenz")
        "neues", "neuer", "neue", "neues abo", "neues abonnement", "neuer vertrag", "abo angelegt",
        # the Nordic neuter and the Polish and Finnish forms with a contract ("Nytt avtal", "Nowa umowa")
        "nytt", "nyt", "nytt avtal", "nyt abonnement", "nyt kontrakt", "ny aftale", "nytt abonnemang",
        "nowa", "nowe", "nowa umowa", "nowy kontrakt", "uusi sopimus",
        # a subscription's first charge, as a billing system gives its reason (Lemon Squeezy "initial")
        "initial purchase", "initial order", "initial subscription", "initial invoice", "initial payment",
        "first invoice", "first payment", "first charge", "first order", "erstkauf", "erstbestellung",
        "erstrechnung", "erstzahlung", "premier achat", "premiere facture", "premier paiement",
        "achat initial", "compra inicial", "primera compra", "primera factura", "primer pago",
        "primeira compra", "primeira fatura", "primeiro pagamento", "acquisto iniziale", "primo acquisto",
        "prima fattura", "primo pagamento", "eerste aankoop", "eerste factuur", "eerste betaling",
        "forsta kop", "forsta faktura", "forste kob", "forste kjop", "forste faktura",
        "ensimmainen osto", "ensimmainen lasku", "pierwszy zakup", "pierwsza faktura",
        # Japanese: a new contract, a new customer won
        "新規", "新規契約", "新規獲得", "新規受注", "新規顧客", "新規導入",
        # Chinese and Korean: a new contract signed, a new customer
        "新签", "新簽", "新客户", "新客戶", "新增客户", "新签约", "신규", "신규 계약", "신규 고객",
    ),
    "reactivation": (
        "reactivation", "reactivations", "reactivated", "reactivate", "win back", "winback",
        "churn recovery", "recovered", "resubscribe", "resubscribed", "reactivation mrr",
        "reaktivierung", "reaktiviert", "reactivacion", "reactivado", "reativacao", "reativado",
        "riattivazione", "riattivato", "heractivering", "heractivatie",
        "ateraktivering", "genaktivering", "reaktywacja", "uudelleenaktivointi",
        "再契約", "復活", "再開",
        "重新激活", "召回", "재활성화", "재가입",
    ),
    "renewal": (
        "renewal", "renewals", "renew", "renewed", "existing business", "existing customer renewal",
        "verlangerung", "vertragsverlangerung", "renouvellement", "renovacion", "renovacao",
        "rinnovo", "rinnovamento", "verlenging",
        "fornyelse", "fornyelse af kontrakt", "odnowienie", "przedluzenie", "uusiminen", "uusinta",
        "obnoveni", "yenileme", "megujitas", "reinnoire", "perpanjangan",
        # the invoice of a subscription's next billing period (Stripe "subscription_cycle")
        "subscription cycle", "subscription renewal", "subscription renew",
        # renewed, agreeing with the contract or subscription renewed ("Contrato renovado")
        "renovado", "renovada", "renouvele", "renouvelee", "verlangert", "rinnovato", "rinnovata",
        "verlengd", "fornyad", "fornyet",
        # Japanese: renewed, a contract renewed, continued
        "更新", "契約更新", "継続", "継続契約", "自動更新",
        "续约", "續約", "续费", "續費", "续签", "續簽", "갱신", "재계약", "계약 갱신",
    ),
    "expansion": (
        "expansion", "expansions", "upgrade", "upgrades", "upsell", "up sell", "upsale",
        "cross sell", "crosssell", "add on", "addon", "add ons", "growth", "increase", "expansion mrr",
        "seat increase", "erweiterung", "aufstockung", "ausbau", "hochstufung",
        "extension", "augmentation", "montee en gamme", "vente additionnelle",
        "expansion", "ampliacion", "aumento", "mejora", "expansao", "ampliacao",
        "espansione", "ampliamento", "aumento", "uitbreiding", "opwaardering",
        "utokning", "merforsaljning", "udvidelse", "mersalg", "opgradering", "uppgradering",
        "rozszerzenie", "dosprzedaz", "laajennus", "lisamyynti",
        "rozsireni", "genisleme", "bovites", "extindere", "ekspansi", "upgraded", "expanded", "upsold",
        # a billing system's event: more of what the customer pays for ("Quantity Increased")
        "increased", "quantity increased", "seats added", "quantity increase",
        # Japanese: the loanwords, an increase, an added contract
        "アップセル", "クロスセル", "アップグレード", "増額", "拡大", "追加", "追加契約", "プラン変更 増額",
        "增购", "增購", "扩容", "擴容", "加购", "加購", "업셀", "증액", "확장", "추가 구매", "업그레이드",
    ),
    "contraction": (
        "contraction", "contractions", "downgrade", "downgrades", "downsell", "down sell",
        "reduction", "decrease", "seat decrease", "contraction mrr", "shrink",
        "reduzierung", "herabstufung", "verkleinerung", "reduction", "diminution", "retrogradation",
        "reduccion", "contraccion", "disminucion", "reducao", "contracao", "diminuicao",
        "riduzione", "contrazione", "diminuzione", "vermindering", "verlaging", "krimp",
        "afwaardering",
        "nedgradering", "minskning", "reduktion", "zmniejszenie", "obnizenie", "supistus", "alennus",
        "snizeni", "daralma", "csokkentes", "reducere", "pengurangan", "downgraded", "contracted", "reduced",
        # ... and less ("Quantity Decreased", "Seats removed")
        "decreased", "quantity decreased", "seats removed", "quantity decrease",
        # Japanese: the loanwords, a decrease, a reduction
        "ダウンセル", "ダウングレード", "減額", "縮小", "減少", "プラン変更 減額",
        "减购", "減購", "降级", "降級", "缩减", "縮減", "감액", "축소", "다운그레이드",
    ),
    "churn": (
        "churn", "churns", "churned", "cancellation", "cancellations", "cancelled", "canceled",
        "cancel", "lost", "closed lost", "loss", "termination", "terminated", "churn mrr",
        "voluntary churn", "delinquent churn", "involuntary churn",
        "kundigung", "gekundigt", "abwanderung", "verlust", "verloren", "storno",
        "resiliation", "resilie", "perte", "perdu", "attrition", "desabonnement", "annulation",
        "baja", "cancelacion", "cancelado", "perdida", "perdido", "abandono",
        "cancelamento", "perda", "perdido",
        "cancellazione", "disdetta", "abbandono", "perso", "cessazione",
        "opzegging", "opgezegd", "verloren", "beeindiging",
        "uppsagd", "uppsagning", "opsagt", "opsigelse", "tabt", "forlorad", "rezygnacja", "utracony",
        "irtisanottu", "irtisanominen", "menetetty",
        "odchod", "ztraceny", "kayip", "lemorzsolodas", "pierdut", "anulare", "berhenti", "hilang",
        # a billing system's subscription suspended for good (iugu "subscription_suspended", "Suspensa")
        "suspended", "suspension", "subscription suspended", "suspendiert", "suspendu", "suspendue",
        "suspendido", "suspendida", "suspenso", "suspensa", "suspensao", "sospeso", "sospesa",
        "opgeschort",
        # Japanese: cancelled, left, lost, the contract ended
        "解約", "解約済", "解約済み", "退会", "失注", "契約終了", "離脱", "チャーン",
        "流失", "解约", "退订", "退訂", "해지", "이탈", "해약", "계약 해지",
    ),
}  # fmt: skip

# Kinds that say "a change happened" without saying which: the sign of the amount tells.
MOVEMENT_WORDS = frozenset(
    ("movement", "movements", "change", "changes", "net change", "mrr change", "mrr movement",
     "arr change", "adjustment", "delta", "anderung", "bewegung", "mouvement", "variation",
     "cambio", "movimiento", "mudanca", "movimento", "variazione", "wijziging", "mutatie",
     # an amendment or change order to a running contract: up or down as its amount says
     "amendment", "amendments", "contract amendment", "amended", "change order", "modification",
     "nachtrag", "vertragsanderung", "avenant", "enmienda", "modificacion", "aditivo", "aditamento",
     "emendamento", "modifica", "contractwijziging",
     # Japanese: an increase or decrease, a change
     "増減", "変動", "変更", "契約変更")
)  # fmt: skip

# "A former customer" in each language: a word for former before a word for customer. "Tidigare
# kund" is churned though "kund" alone is active, since a lookup takes the longer phrase. Words that
# also mean long-standing ("Altkunde", "vecchio cliente") are left out.
FORMER_CUSTOMER_WORDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("former", "ex", "past", "previous"), ("customer", "client")),
    (("ehemaliger", "ehemalige", "ehemals", "fruherer", "fruhere", "ex"), ("kunde", "kundin")),
    (("ancien", "ancienne", "ex"), ("client", "cliente")),
    (("antiguo", "antigua", "antigo", "antiga", "ex"), ("cliente",)),
    (("voormalige", "voormalig", "oud", "ex"), ("klant",)),
    (("tidigare", "fore detta", "f d", "forra", "forna", "ex"), ("kund",)),
    (("tidligere", "forhenvaerende", "eks", "ex"), ("kunde",)),
    (("entinen",), ("asiakas",)),
    (("byly", "byla", "ex"), ("klient", "klientka")),
)


def former_customer_phrases() -> tuple[str, ...]:
    """Every "former customer" phrase of ``FORMER_CUSTOMER_WORDS``: 'tidigare kund', 'ancien client' …"""
    return tuple(f"{former} {customer}" for formers, customers in FORMER_CUSTOMER_WORDS
                 for former in formers for customer in customers)  # fmt: skip


ACCOUNT_STATUSES: dict[str, tuple[str, ...]] = {
    "churned": (
        "churned", "churn", "lost", "closed lost", "cancelled", "canceled", "cancellation",
        "inactive", "terminated", "former customer", "ex customer", "past customer", "deactivated",
        "gekundigt", "verloren", "abgewandert", "inaktiv", "ehemaliger kunde", "ehemalig",
        "resilie", "perdu", "annule", "inactif", "ancien client",
        "baja", "dado de baja", "de baja", "perdido", "cancelado", "inactivo", "ex cliente",
        "inativo", "cancelado", "ex cliente",
        "cessato", "perso", "disdetto", "annullato", "inattivo",
        "opgezegd", "gestopt", "inactief", "voormalige klant",
        "lost customer", "churned customer", "cancelled customer", "canceled customer", "inactive customer",
        "uppsagd", "opsagt", "tidligere kunde", "rezygnacja", "nieaktywny", "entinen asiakas",
        *former_customer_phrases(),
        # Japanese: cancelled, contract ended, lost, inactive
        "解約", "解約済", "解約済み", "契約終了", "退会", "失注", "非アクティブ", "無効",
        # Chinese and Korean: lost, cancelled, inactive
        "已流失", "流失", "已解约", "已解約", "解约", "停用", "非活跃", "非活躍", "해지", "해지됨", "이탈", "비활성",
    ),
    "active": (
        "active", "customer", "live", "current", "paying", "current customer", "active customer",
        "aktiv", "kunde", "actif", "client", "client actif", "activo", "cliente", "cliente activo",
        "ativo", "attivo", "actief", "klant",
        # still customers: onboarding, or paying until the term ends ("non_renewing", "past_due")
        "onboarding", "implementation", "implementing", "non renewing", "past due", "in dunning",
        # a subscription's running stage (Odoo "In Progress")
        "in progress", "running", "ongoing",
        "aktiv kund", "aktiv kunde", "aktywny", "aktiivinen",
        # a customer, in Swedish, Finnish and Polish (a CRM's relation "Kund", "Asiakas", "Klient")
        "kund", "asiakas", "klient",
        # a live customer's lifecycle stage in a CS platform (Totango, Gainsight, ChurnZero)
        "adopting", "adoption", "growing", "growth", "expanding", "mature", "maturity", "engaged",
        "value realization", "nurture", "retention", "launched", "in adoption", "in growth",
        # renewed, or a renewal being negotiated: still a customer
        "renewed", "renewing", "in negotiation", "renovado", "renovada", "renouvele", "renouvelle",
        "verlangert", "rinnovato", "verlengd", "fornyad", "fornyet", "em negociacao", "en negociacion",
        "en negociation", "in verhandlung", "in trattativa", "in onderhandeling",
        # Japanese (kintone, sheets): under contract, in use, live, onboarding, renewed
        "契約中", "利用中", "有効", "アクティブ", "稼働中", "導入中", "継続", "継続中", "更新済", "更新済み",
        "活跃", "活躍", "合作中", "使用中", "正常", "已续约", "已續約", "활성", "이용중", "이용 중", "사용중", "계약중", "정상",
    ),
}  # fmt: skip

PLAN_STATUSES: dict[str, tuple[str, ...]] = {
    "done": (
        "done", "complete", "completed", "closed", "closed success", "closed successful",
        "closed won", "resolved", "achieved", "finished", "accomplished", "delivered", "met",
        "erledigt", "abgeschlossen", "fertig", "erreicht", "erfullt",
        "termine", "fait", "acheve", "realise", "atteint",
        "hecho", "completado", "terminado", "finalizado", "logrado", "cumplido",
        "concluido", "feito", "finalizado", "alcancado",
        "completato", "fatto", "concluso", "raggiunto", "terminato",
        "voltooid", "gedaan", "klaar", "afgerond", "bereikt",
        "klar", "fardig", "faerdig", "avslutad", "afsluttet", "uppnadd", "opnaet", "zakonczone",
        "zakonczony", "gotowe", "wykonane", "valmis", "tehty",
        # a work tracker's last column (Shortcut, Jira, Linear): the work went out
        "shipped", "released", "deployed", "merged",
        # Polish "done" agrees with the item in each gender ("Zrobione", "Zrobiony", "Ukończona")
        "zrobione", "zrobiony", "zrobiona", "zrobiono", "ukonczone", "ukonczony", "ukonczona",
        "wykonany", "wykonana", "zakonczona", "gotowy", "gotowa",
        "hotovo", "tamamlandi", "kesz", "teljesitve", "finalizat", "incheiat", "selesai",
        # Swedish, Norwegian, Danish, Finnish: carried out, finished
        "slutford", "genomford", "avklarad", "klart", "ferdig", "fullfort", "udfort", "suoritettu",
        "utfort", "avsluttet", "gjort", "fardigt", "faerdigt", "faerdiggjort", "ferdigstilt", "lukket",
        "stangd",
        # a task tool's done column, and the feminine of the Romance done words ("Terminée", "Hecha")
        "fertiggestellt", "terminee", "faite", "realisee", "achevee", "hecha", "completada",
        "terminada", "finalizada", "concluida", "feita", "completata", "conclusa", "fatta", "terminata",
        "afgehandeld",
        # closed and resolved, agreeing with the item (Spanish "petición cerrada", Italian "chiusa")
        "cerrado", "cerrada", "resuelto", "resuelta", "completada", "terminada", "finalizada", "hecha",
        "fechado", "fechada", "resolvido", "resolvida", "concluida", "feita",
        "ferme", "fermee", "clos", "cloture", "cloturee", "resolu", "resolue", "terminee", "achevee",
        "chiuso", "chiusa", "risolto", "risolta", "completata", "terminata", "conclusa", "fatta",
        "geschlossen", "gelost", "behoben", "gesloten", "opgelost", "afgesloten",
        "stangd", "stangt", "lukket", "suljettu", "ratkaistu",
        "zamkniete", "zamkniety", "zamknieta", "rozwiazane", "rozwiazany", "rozwiazana",
        # Japanese: done, handled, achieved, closed, resolved
        "完了", "完了済", "完了済み", "済", "済み", "対応済", "対応済み", "処理済", "処理済み", "達成",
        "達成済", "達成済み", "終了", "クローズ", "解決", "解決済", "解決済み",
        # Chinese and Korean: done, closed, resolved, achieved
        "已完成", "完成", "已解决", "已解決", "已关闭", "已關閉", "已达成", "已達成", "완료", "완료됨", "해결", "달성",
    ),
    "at risk": (
        "at risk", "risk", "blocked", "red", "off track", "delayed", "behind", "stuck", "on hold",
        "gefahrdet", "blockiert", "verzogert", "risiko",
        "a risque", "en risque", "bloque", "en retard",
        "en riesgo", "bloqueado", "retrasado", "em risco", "atrasado",
        "a rischio", "bloccato", "in ritardo", "risico", "geblokkeerd", "vertraagd",
        "i riskzonen", "i fare", "blockerad", "blokeret", "forsenad", "forsinket",
        "zagrozone", "zagrozony", "zablokowane", "opozniony", "riskissa", "vaarassa", "myohassa",
        "ohrozeno", "riskli", "risk altinda", "veszelyben", "la risc", "in pericol", "berisiko",
        # past its due date and not done: a playbook's or a task list's overdue step
        "overdue", "past due", "late", "uberfallig", "verspatet", "en souffrance", "vencido", "vencida",
        "scaduto", "scaduta", "achterstallig", "te laat",
        # off track: behind the plan or not on it ("Nicht im Plan", "Niet op schema", "Ej enligt plan")
        "behind schedule", "not on track", "nicht im plan", "hinter plan", "hinter dem plan",
        "nicht im zeitplan", "im verzug", "pas en bonne voie", "hors delai", "hors delais",
        "fuera de plazo", "con retraso", "fora do prazo", "em atraso", "non in linea", "fuori tempo",
        "niet op schema", "achter op schema", "ej enligt plan", "inte enligt plan", "efter schema",
        "ikke pa sporet", "ikke i rute", "bak skjema", "bagud", "aikataulusta jaljessa",
        "niezgodnie z planem", "opoznione",
        # Japanese: delayed, behind, needs attention, stalled, blocked, past its deadline
        "遅延", "遅れ", "遅延中", "要注意", "停滞", "停滞中", "ブロック", "ブロック中", "期限切れ", "期限超過",
        "リスクあり",
        "有风险", "有風險", "风险", "風險", "延期", "已延期", "逾期", "受阻", "위험", "지연", "지연됨", "차단됨", "기한 초과",
    ),
    "open": (
        "open", "not started", "in progress", "on track", "planned", "new", "todo", "to do",
        "doing", "backlog", "in review", "up next", "next up",
        # a work tracker's columns before done (Shortcut, Jira, Linear, Asana boards)
        "in development", "in dev", "in qa", "in testing", "in test", "ready for review",
        "ready for development", "ready for dev", "ready for qa", "ready for testing", "ready to start",
        "selected for development", "code review", "unstarted", "icebox",
        # a done word negated: the item is still open
        "incomplete", "not complete", "not completed", "not done", "unfinished", "uncompleted",
        "unvollstandig", "nicht erledigt", "incomplet", "non termine", "incompleto", "no completado",
        "nao concluido", "non completato", "onvolledig", "niet afgerond", "onvoltooid",
        "active", "green", "ongoing", "pending", "working on it", "work in progress", "wip", "started",
        "offen", "in bearbeitung", "geplant", "nicht begonnen", "laufend",
        "ouvert", "en cours", "planifie", "a faire",
        "abierto", "en curso", "en progreso", "pendiente", "planificado",
        "aberto", "em andamento", "pendente", "planejado",
        "aperto", "in corso", "pianificato", "da fare",
        "gepland", "bezig", "lopend", "niet gestart", "loopt", "lopende", "in uitvoering",
        "pagaende", "oppen", "planerad", "ej paborjad", "i gang", "igangvaerende", "aben", "planlagt",
        "otwarte", "w toku", "w trakcie", "zaplanowane", "kesken", "avoin", "suunniteltu", "tyon alla",
        "otevreno", "probiha", "acik", "devam ediyor", "nyitott", "folyamatban", "deschis", "in curs", "terbuka", "berjalan",
        # Swedish and Norwegian "going on" ("Pågår"), Danish, Polish and Finnish "under way"
        "pagar", "under arbete", "paborjad", "pabegynt", "under arbeid", "igang", "i gang",
        "w realizacji", "rozpoczete", "kaynnissa", "aloitettu",
        # Norwegian, Danish, Swedish: open, not started, under way, planned
        "apen", "ikke startet", "ikke pabegynt", "ikke begyndt", "ej startad", "inte paborjad",
        "inte startad", "pagaende", "i arbeid", "under udforelse", "i gang", "planlagd", "planlagt",
        # a task tool's to-do column: "Zu erledigen", "À faire", "Por hacer", "A fazer", "Da fare",
        # "Te doen", "Att göra", "Å gjøre", "Skal gøres"
        "zu erledigen", "zu tun", "offene aufgabe", "a faire", "por hacer", "por fazer", "a fazer",
        "da fare", "da completare", "te doen", "nog te doen", "att gora", "a gjore", "skal gjores",
        "skal gores",
        # new, assigned or reopened, agreeing with the item (Spanish "petición nueva", "asignada")
        "nuevo", "nueva", "asignado", "asignada", "reabierto", "reabierta", "novo", "nova",
        "atribuido", "atribuida", "nouveau", "nouvelle", "assigne", "assignee", "rouvert", "rouverte",
        "nuovo", "nuova", "assegnato", "assegnata", "riaperto", "riaperta", "neu", "zugewiesen",
        "wieder geoffnet", "nieuw", "toegewezen", "heropend", "ny", "nytt", "tilldelad", "tildelt",
        "uusi", "nowe", "nowy", "nowa", "przypisane", "assigned", "reopened",
        # on track: going as planned ("Im Plan", "En bonne voie", "Op schema", "Enligt plan")
        "im plan", "im zeitplan", "auf kurs", "planmassig", "nach plan", "en bonne voie",
        "dans les temps", "sur la bonne voie", "en buen camino", "segun lo previsto", "segun lo planeado",
        "a tiempo", "en plazo", "no caminho certo", "no prazo", "em dia", "dentro do prazo",
        "conforme planejado", "in linea", "nei tempi", "come previsto", "in tabella di marcia",
        "op schema", "op koers", "volgens plan", "op de goede weg", "enligt plan", "i fas",
        "pa ratt spar", "som planlagt", "planmaessigt", "pa sporet", "i rute", "etter planen",
        "aikataulussa", "suunnitelman mukaan", "zgodnie z planem", "na dobrej drodze",
        # Japanese: not handled, not started, in progress, planned, open
        "未対応", "未着手", "未完了", "処理中", "対応中", "進行中", "作業中", "実施中", "計画中", "予定",
        "オープン", "着手", "着手済",
        "进行中", "進行中", "未开始", "未開始", "待处理", "待處理", "处理中", "處理中", "计划中", "計劃中", "未完成",
        "진행중", "진행 중", "미착수", "시작 전", "대기", "예정", "처리중", "처리 중",
    ),
}  # fmt: skip

PLAN_KINDS: dict[str, tuple[str, ...]] = {
    "goal": (
        "goal", "goals", "objective", "objectives", "success criteria", "success criterion", "outcome",
        "target", "success plan goal", "desired outcome",
        "ziel", "ziele", "zielsetzung", "objectif", "objectifs", "but", "resultat attendu",
        "objetivo", "objetivos", "meta", "metas", "obiettivo", "obiettivi", "traguardo",
        "doel", "doelen", "doelstelling",
        "mal", "malsattning", "malsaetning", "cel", "cele", "tavoite", "tavoitteet",
        "malsetting", "malsetning", "maltall", "malet",
        "hedef", "cel", "obiectiv", "tujuan",
        # Japanese: the loanword, a target, an aim, a key goal indicator
        "ゴール", "目標", "目的", "達成目標", "kgi",
        "目标", "목표",
    ),
    "step": (
        "step", "steps", "task", "tasks", "action", "actions", "action item", "milestone", "milestones",
        "initiative", "next step", "play", "activity",
        "next steps",
        "schritt", "schritte", "massnahme", "aufgabe", "meilenstein", "etape", "tache", "jalon",
        "paso", "pasos", "tarea", "accion", "hito", "passo", "passos", "tarefa", "acao", "marco",
        "passi", "azione", "compito", "attivita", "stap", "stappen", "taak", "actie", "mijlpaal",
        "steg", "atgard", "uppgift", "skridt", "opgave", "krok", "kroki", "zadanie", "dzialanie",
        "vaihe", "vaiheet", "tehtava", "toimenpide",
        # Norwegian, Danish, Swedish: a measure taken, an action, a task, a step, a milestone
        "tiltak", "tiltag", "oppgave", "oppgaver", "trin", "milepael", "milepel",
        "milstolpe", "aktivitet",
        "adim", "lepes", "pas", "langkah",
        "etapa", "etapas",
        # an activity, in the languages that write one for a plan's step ("Aktivitet", "Activité")
        "activities", "aktivitet", "aktiviteter", "aktivitat", "activite", "actividad", "atividade",
        "activiteit", "aktywnosc", "aktiviteetti", "delmal", "uppgifter", "atgarder",
        # Japanese: a task, a measure taken, an action, a step, a milestone
        "タスク", "施策", "アクション", "ステップ", "マイルストーン", "取り組み", "対応策", "やること",
        # Chinese and Korean: an action item, a task, a step, a milestone
        "行动项", "行動項", "行动", "行動", "任务", "任務", "步骤", "步驟", "里程碑", "举措", "舉措", "待办", "待辦",
        "실행 항목", "액션 아이템", "액션", "과제", "작업", "단계", "마일스톤", "할 일",
    ),
    "blocker": (
        "blocker", "blockers", "risk", "risks", "issue", "issues", "obstacle", "obstacles", "impediment",
        "barrier", "concern", "hindernis", "risiko", "problem", "blockade", "blocage", "risque",
        "frein", "bloqueo", "obstaculo", "riesgo", "impedimento", "bloqueio", "risco", "problema",
        "blocco", "ostacolo", "rischio", "blokkade", "obstakel", "risico", "belemmering", "knelpunt",
        "hinder", "hindring", "forhindring", "blokering", "przeszkoda", "bloker", "ryzyko", "este",
        "hindringer", "hindringar", "hindre", "risici", "risker",
        "riski", "ongelma",
        "prekazka", "engel", "akadaly", "obstacol", "hambatan",
        "roadblock", "roadblocks",
        # Japanese: the loanwords, an obstacle, a concern, a problem
        "リスク", "ブロッカー", "障害", "阻害要因", "懸念", "懸念事項", "問題", "課題",
        "障碍", "障礙", "阻碍", "阻礙", "风险", "風險", "问题", "卡点", "卡點",
        "장애물", "장애 요인", "리스크", "위험", "문제", "이슈", "블로커",
    ),
}  # fmt: skip

# cs-dash's own plan dimensions keep their capital letter; a dimension not listed is the user's own.
PLAN_DIMENSIONS: dict[str, tuple[str, ...]] = {
    "People": (
        "people", "team", "staff", "stakeholders", "menschen", "personal", "personnes", "equipe",
        "personas", "personal", "pessoas", "persone", "mensen",
    ),
    "Product": ("product", "products", "produkt", "produit", "producto", "produto", "prodotto"),
    "Services": (
        "services", "service", "professional services", "dienstleistungen", "dienstleistung",
        "servicios", "servicio", "servicos", "servico", "servizi", "servizio", "diensten", "dienst",
    ),
    "Quality": ("quality", "qualitat", "qualite", "calidad", "qualidade", "qualita", "kwaliteit"),
    "Network": ("network", "networking", "netzwerk", "reseau", "red", "rede", "rete", "netwerk"),
    "Transformation": (
        "transformation", "digital transformation", "transformacion", "transformacao",
        "trasformazione", "transformatie",
    ),
}  # fmt: skip

# Interaction types keep cs-dash's capitalised words; a type not listed ("QBR") is kept as written.
ENGAGEMENT_TYPES: dict[str, tuple[str, ...]] = {
    "Call": (
        "call", "calls", "phone", "phone call", "telephone", "telephone call", "telefonat", "anruf",
        "telefon", "telefonanruf", "appel", "appel telephonique", "llamada", "llamada telefonica",
        "ligacao", "chamada", "telefonema", "chiamata", "telefonata", "telefoongesprek", "gebeld",
        "電話", "架電", "通話", "電話対応",
        "电话", "通话", "致电", "전화", "통화",
    ),
    "Email": (
        "email", "emails", "e mail", "e mails", "mail", "courriel", "correo", "correo electronico",
        "correio eletronico", "posta elettronica",
        "メール", "eメール", "電子メール",
        "邮件", "郵件", "电子邮件", "電子郵件", "이메일", "메일",
    ),
    "Meeting": (
        "meeting", "meetings", "termin", "besprechung", "treffen", "reunion", "rendez vous", "rdv",
        "reuniao", "riunione", "incontro", "vergadering", "afspraak", "overleg",
        "会議", "打ち合わせ", "打合せ", "ミーティング", "面談", "訪問", "オンライン会議", "web会議",
        "会议", "拜访", "拜訪", "线上会议", "線上會議", "미팅", "회의", "방문",
    ),
}  # fmt: skip

# Any letter or digit is a word's, in every script: "契約中" and "Ενεργός" are words too.
_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Lower case without accents, every run of punctuation a single space: 'Neugeschäft' -> 'neugeschaft'."""
    # Letters that do not decompose into a base letter and an accent (Danish, Norwegian, Polish).
    text = text.casefold().replace("æ", "ae").replace("ø", "o").replace("œ", "oe").replace("ł", "l")
    text = text.replace("ı", "i")  # Turkish dotless i has no accent to drop
    decomposed = unicodedata.normalize("NFKD", text)
    # Hangul decomposes into its letters (jamo); composed again, "종료" stays the syllables it was.
    plain = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
    return _NON_WORD.sub(" ", plain.replace("ß", "ss")).strip()


@dataclass(frozen=True)
class Vocabulary:
    """Phrases of one concept (revenue kinds, a status) and how a value is looked up."""

    words: dict[str, tuple[str, ...]]
    # Phrases that name their canonical word only as the whole value, never inside a longer one.
    alone: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @cached_property
    def index(self) -> dict[str, str]:
        """Folded phrase -> canonical word, the phrases that count only alone included."""
        index = dict(self.within)
        for canonical, phrases in self.alone.items():
            for phrase in phrases:
                index.setdefault(fold(phrase), canonical)
        return index

    @cached_property
    def within(self) -> dict[str, str]:
        """Folded phrase -> canonical word, for the phrases also found inside a longer value."""
        index: dict[str, str] = {}
        for canonical, phrases in self.words.items():
            for phrase in phrases:
                index.setdefault(fold(phrase), canonical)
        return index

    def lookup(self, value: str) -> str | None:
        """The canonical word for ``value``, or None when it matches nothing or several."""
        folded = fold(value)
        if not folded:
            return None
        if folded in self.index:
            return self.index[folded]
        index = self.within
        padded = f" {folded} "
        found = [p for p in index if f" {p} " in padded]
        # "existing customer upgrade" contains "upgrade"; a phrase inside a longer match is ignored.
        longest = [p for p in found if not any(p != q and f" {p} " in f" {q} " for q in found)]
        meanings = {index[p] for p in longest}
        return meanings.pop() if len(meanings) == 1 else None


# A contract repository's or a billing system's status words (Ironclad, DocuSign CLM, iugu): a signed
# contract in force is a customer's, one ended or a subscription suspended is a customer lost. Read only once a file is decided to be an accounts
# table: as evidence for the table they would make an order list of "EXECUTED" orders look like one.
CONTRACT_STATUSES: dict[str, tuple[str, ...]] = {
    "active": (
        "executed", "fully executed", "signed", "fully signed", "countersigned", "in force", "in effect",
        "effective", "unterzeichnet", "unterschrieben", "in kraft", "signe", "en vigueur", "firmado",
        "vigente", "en vigor", "assinado", "em vigor", "firmato", "in vigore", "getekend",
        "ondertekend", "van kracht", "undertecknad", "signert", "podpisana", "voimassa",
    ),
    "churned": (
        "not in force", "no longer in force", "not in effect", "no longer in effect",
        "nicht mehr in kraft", "plus en vigueur", "ya no vigente", "no vigente",
        # a subscription suspended by its billing system ("suspended", iugu's "Suspensa")
        "suspended", "suspendiert", "suspendu", "suspendue", "suspendido", "suspendida", "suspenso",
        "suspensa", "sospeso", "sospesa", "opgeschort",
    ),
}  # fmt: skip

# A help desk's ticket states (Zendesk, Freshdesk, Jira Service Management, Request Tracker, OTRS),
# in the six languages. Many are also a plan item's or an account's ("Open", "Closed", "Pending");
# HELP_DESK_STATES are the ones only a ticket is in: waiting on someone, solved, stalled, reopened.
TICKET_STATUSES: dict[str, tuple[str, ...]] = {
    "open": (
        "new", "open", "opened", "reopened", "re opened", "pending", "on hold", "hold", "stalled",
        "in progress", "assigned", "unassigned", "triage", "awaiting triage", "escalated",
        "waiting", "waiting on customer", "waiting for customer", "waiting on third party",
        "waiting for support", "waiting on support", "awaiting customer", "awaiting reply",
        "awaiting response", "awaiting customer response", "customer replied", "needs reply",
        "neu", "offen", "wieder geoffnet", "in bearbeitung", "wartend", "warten auf kunde",
        "wartet auf kunde", "warten auf antwort", "ausstehend", "angehalten", "zuruckgestellt",
        "nouveau", "ouvert", "rouvert", "en cours", "en attente", "en attente du client",
        "en attente de reponse",
        "nuevo", "abierto", "reabierto", "pendiente", "en curso", "en progreso", "en espera",
        "esperando al cliente", "esperando cliente", "esperando respuesta",
        "novo", "aberto", "reaberto", "pendente", "em andamento", "em espera", "aguardando",
        "aguardando cliente", "aguardando resposta",
        "nuovo", "aperto", "riaperto", "in corso", "in lavorazione", "in attesa",
        "in attesa del cliente", "in attesa di risposta",
        "nieuw", "heropend", "in behandeling", "in afwachting", "wachtend", "wacht op klant",
        "in de wacht",
    ),
    "closed": (
        "solved", "resolved", "closed", "fixed", "done",
        "gelost", "geschlossen", "erledigt", "behoben",
        "resolu", "ferme", "clos", "cloture",
        "resuelto", "solucionado", "cerrado",
        "resolvido", "fechado", "encerrado",
        "risolto", "chiuso",
        "opgelost", "gesloten", "afgehandeld",
    ),
}  # fmt: skip
HELP_DESK_STATES = frozenset(
    fold(w)
    for w in ("reopened", "re opened", "hold", "stalled", "solved", "unassigned", "triage", "awaiting triage",
              "waiting on customer", "waiting for customer", "waiting on third party", "waiting for support",
              "waiting on support", "awaiting customer", "awaiting reply", "awaiting response",
              "awaiting customer response", "customer replied", "needs reply",
              "wieder geoffnet", "wartend", "warten auf kunde", "wartet auf kunde", "warten auf antwort", "gelost",
              "behoben", "rouvert", "en attente", "en attente du client", "en attente de reponse", "resolu",
              "reabierto", "en espera", "esperando al cliente", "esperando cliente", "esperando respuesta",
              "resuelto", "solucionado", "reaberto", "em espera", "aguardando", "aguardando cliente",
              "aguardando resposta", "resolvido", "riaperto", "in attesa", "in attesa del cliente",
              "in attesa di risposta", "risolto", "heropend", "in afwachting", "wachtend", "wacht op klant",
              "in de wacht", "opgelost")
)  # fmt: skip

# "Initial" is a subscription's first charge alone ("initial", "subscription initial"); inside a
# longer value it says something else ("ARR inicial" opens a bridge), so only the whole value counts.
NEW_ONLY_ALONE = ("initial", "initiale", "inicial", "iniziale", "initieel", "initiell")
REVENUE_KIND_VOCABULARY = Vocabulary(REVENUE_KINDS, alone={"new": NEW_ONLY_ALONE})
ACCOUNT_STATUS_VOCABULARY = Vocabulary(ACCOUNT_STATUSES)
ACCOUNT_OR_CONTRACT_STATUS_VOCABULARY = Vocabulary(
    {word: ACCOUNT_STATUSES[word] + CONTRACT_STATUSES[word] for word in ACCOUNT_STATUSES}
)
PLAN_STATUS_VOCABULARY = Vocabulary(PLAN_STATUSES)
PLAN_KIND_VOCABULARY = Vocabulary(PLAN_KINDS)
PLAN_DIMENSION_VOCABULARY = Vocabulary(PLAN_DIMENSIONS)
ENGAGEMENT_TYPE_VOCABULARY = Vocabulary(ENGAGEMENT_TYPES)
TICKET_STATUS_VOCABULARY = Vocabulary(TICKET_STATUSES)


_MOVEMENTS = frozenset(fold(w) for w in MOVEMENT_WORDS)

# Revenue expected, not booked: a CRM's forecast categories and projections, in several languages.
# A row so named is left out of the actuals whatever kind of change it also names ("Pipeline -
# Expansion"), since the change has not happened.
FORECAST_WORDS = (
    "forecast", "forecasted", "forecast category", "pipeline", "commit", "committed",
    "best case", "upside", "most likely", "projected", "projection", "expected", "probable",
    "prognose", "prognostiziert", "erwartet", "hochrechnung", "prevision", "previsionnel", "prevu",
    "previsto", "prevista", "previsao", "prevision de venta", "previsione", "prognosi",
    "verwachting", "verwacht", "voorspelling", "prognos", "prognoza", "ennuste",
)  # fmt: skip
_FORECASTS = tuple(fold(w) for w in FORECAST_WORDS)


# What a billing system's event names before or after the change ("subscription_upgraded",
# "Contrato renovado", "Abo gekündigt"): the thing changed, which says nothing of the kind itself.
CHANGED_THINGS = frozenset(
    fold(w)
    for w in ("subscription", "subscriptions", "contract", "plan", "license", "licence", "account",
              "customer", "assinatura", "suscripcion", "abonnement", "abo", "vertrag", "contrat",
              "contrato", "contratto", "abbonamento", "contract", "licentie", "lizenz")
)  # fmt: skip


def names_a_revenue_kind(value: str) -> bool:
    """True for a revenue kind alone, or beside the thing it changed ("subscription_upgraded")."""
    folded = fold(value)
    index = REVENUE_KIND_VOCABULARY.index
    if folded in index:
        return True
    words = folded.split()
    if len(words) < 2:
        return False
    for rest in (
        words[1:] if words[0] in CHANGED_THINGS else None,
        words[:-1] if words[-1] in CHANGED_THINGS else None,
    ):
        if rest and " ".join(rest) in index:
            return True
    return False


def is_movement(value: str) -> bool:
    """True for a kind such as "Movement" or "MRR change" that leaves the sign to tell."""
    return fold(value) in _MOVEMENTS


def is_forecast(value: str) -> bool:
    """True for a revenue kind that names expected revenue ("Forecast", "Pipeline", "Commit - Renewal")."""
    padded = f" {fold(value)} "
    return any(f" {word} " in padded for word in _FORECASTS)
