"""Exports from many systems, named in the issue and not, each land in the table a person would pick.

Each is a few hand-made rows with the headers and value styles its system writes. A file may wait
for the user's table choice when it fits two tables; it must never load into a wrong table.
"""

from __future__ import annotations

import pytest

from tests.import_helpers import Loader

# file name -> (header line, rows, the table a person would choose)
EXPORTS = {
    "sf_accounts_api.csv": (
        "Id,Name,OwnerId,AnnualRevenue,Type,Industry,CreatedDate,CSM__c,Renewal_Date__c",
        [
            "001A,Acme Corp,005X,120000,Customer,Software,2024-01-15T10:00:00.000Z,Dana Lee,2026-01-15",
            "001B,Globex,005Y,45000,Customer,Retail,2024-02-15T10:00:00.000Z,Sam Ortiz,2026-02-15",
        ],
        "accounts",
    ),
    "sf_opps.csv": (
        "Opportunity Name,Account Name,Type,Amount,Close Date,Stage",
        [
            'Acme renewal,Acme Corp,Renewal,"$120,000.00",3/31/2025,Closed Won',
            'Globex upsell,Globex,Upsell,"$5,000.00",4/15/2025,Closed Won',
            'Initech new,Initech,New Business,"$8,000.00",5/1/2025,Closed Won',
        ],
        "revenue",
    ),
    "chartmogul.csv": (
        "Date,Customer,Type,Activity MRR,Activity MRR movement,Currency",
        [
            "2025-01-01,Acme Corp,new_biz,1000,1000,USD",
            "2025-02-01,Globex,expansion,500,200,USD",
            "2025-03-01,Initech,churn,0,-300,USD",
        ],
        "revenue",
    ),
    "stripe_subs.csv": (
        "id,Customer ID,Customer Description,Customer Email,Plan,Quantity,Interval,Amount,Status,Created (UTC),Current Period End (UTC),Canceled At (UTC)",
        [
            "sub_1,cus_1,Acme Corp,billing@acme.com,Pro,10,month,9900,active,2024-01-01 10:00,2025-07-01 10:00,",
            "sub_2,cus_2,Globex,ap@globex.com,Basic,5,year,50000,canceled,2024-02-01 10:00,2025-02-01 10:00,2025-01-15 10:00",
        ],
        "accounts",
    ),
    "intercom.csv": (
        "Conversation ID,Company name,Created at,Closed at,Assignee,Priority,State",
        [
            "123456,Acme Corp,2025-01-01 10:00,2025-01-01 12:00,Ann,priority,closed",
            "123457,Globex,2025-01-02 10:00,,Bob,not priority,open",
        ],
        "tickets",
    ),
    "jira.csv": (
        "Summary,Issue key,Issue id,Priority,Status,Created,Resolved,Custom field (Organizations),Assignee",
        [
            "Login,SUP-1,10001,High,Done,01/Jan/25 10:00 AM,02/Jan/25 10:00 AM,Acme Corp,Ann",
            "Export,SUP-2,10002,Low,Open,03/Jan/25 11:00 AM,,Globex,Bob",
        ],
        "tickets",
    ),
    "pendo.csv": (
        "Account ID,Day,Number of Visitors,Number of Events,Minutes",
        ["acme,2025-01-01,12,300,45", "globex,2025-01-01,4,80,10"],
        "usage",
    ),
    "amplitude.csv": ("Day,Account,Active Users", ["2025-01-01,Acme,12", "2025-01-02,Globex,5"], "usage"),
    "typeform.csv": (
        "#,How likely is it that you would recommend Acme to a friend or colleague?,What's your company?,Submitted At,Token",
        [
            "1,9,Acme Corp,2025-01-01 10:00:00,abc",
            "2,6,Globex,2025-01-02 10:00:00,def",
            "3,10,Initech,2025-01-03 10:00:00,ghi",
        ],
        "surveys",
    ),
    "google_forms.csv": (
        "Timestamp,Email Address,Company,How likely are you to recommend us?,Comments",
        ["1/2/2025 10:00:00,pat@acme.com,Acme Corp,9,Good", "1/3/2025 11:00:00,li@globex.com,Globex,4,Bad"],
        "surveys",
    ),
    "vitally.csv": (
        "Account,Traits.csm,ARR,Health Score,Renewal Date",
        ["Acme,Dana Lee,120000,8.5,2026-01-01", "Globex,Sam Ortiz,45000,6.1,2026-02-01"],
        "accounts",
    ),
    "planhat.csv": (
        "Company name,Owner,Co-owner,MRR,Renewal date,Phase",
        ["Acme,Dana Lee,Sam,10000,2026-01-01,Adoption", "Globex,Sam Ortiz,Dana,3750,2026-02-01,Onboarding"],
        "accounts",
    ),
    "de_tracker.csv": (
        "Datum;Kunde;Betreuer;Art;Proaktiv/Reaktiv;Dauer (Min.)",
        ["02.01.2025;Acme;Dana Lee;Anruf;Proaktiv;30", "03.01.2025;Globex;Sam Ortiz;E-Mail;Reaktiv;15"],
        "engagements",
    ),
    "fr_accounts.csv": (
        "Nom du compte;Responsable CSM;ARR (€);Date de renouvellement;Segment",
        ["Acme;Dana Lee;120 000;31/01/2026;Entreprise", "Globex;Sam Ortiz;45 000;28/02/2026;PME"],
        "accounts",
    ),
    "es_tickets.csv": (
        "Número de ticket,Cliente,Fecha de creación,Fecha de cierre,Prioridad",
        ["T1,Acme,2025-01-01 10:00,2025-01-02 10:00,Alta", "T2,Globex,2025-01-03 10:00,,Baja"],
        "tickets",
    ),
    "pt_survey.csv": (
        "Data,Cliente,Nota,Comentário",
        ["2025-01-01,Acme,9,Ótimo", "2025-01-02,Globex,5,Ruim"],
        "surveys",
    ),
    "it_usage.csv": (
        "Cliente,Mese,Utenti attivi,Eventi",
        ["Acme,2025-01-01,12,300", "Globex,2025-01-01,4,80"],
        "usage",
    ),
    "nl_plans.csv": (
        "Klant,Doel,Soort,Status,Eigenaar,Deadline",
        ["Acme,Uitrol EMEA,Goal,Open,Dana,2025-06-30", "Globex,SSO,Blocker,Open,Sam,2025-05-01"],
        "plans",
    ),
    "helpscout.csv": (
        "Conversation #,Customer Company,Created Date (UTC),Closed Date,Assigned To,Tags",
        ["1001,Acme,2025-01-01 10:00,2025-01-01 12:00,Ann,billing", "1002,Globex,2025-01-02 10:00,,Bob,bug"],
        "tickets",
    ),
    "clientsuccess.csv": (
        "Client Name,Success Manager,Total ARR,Renewal,Segment,Pulse",
        ["Acme,Dana Lee,120000,2026-01-01,Enterprise,Green", "Globex,Sam Ortiz,45000,2026-02-01,SMB,Red"],
        "accounts",
    ),
    "hubspot_deals.csv": (
        "Deal Name,Associated Company,Deal Type,Amount,Close Date,Deal Stage",
        [
            "Acme renewal,Acme,existingbusiness,120000,2025-03-31,closedwon",
            "Globex new,Globex,newbusiness,5000,2025-04-15,closedwon",
        ],
        "revenue",
    ),
    "churnzero_tracker.csv": (
        "Account Name,Activity Date,Owner Name,Activity Type,Subject,Duration Minutes",
        [
            "Acme,2025-01-02,Dana Lee,Proactive - Check-in,QBR prep,30",
            "Globex,2025-01-03,Sam Ortiz,Reactive - Escalation,Outage,45",
        ],
        "engagements",
    ),
    "totango_touchpoints.csv": (
        "account_name,touchpoint_date,user_name,touchpoint_type,touchpoint_reason,proactive,duration_in_minutes",
        [
            "Acme,2025-01-02,Dana Lee,Call,Check-in,TRUE,30",
            "Globex,2025-01-03,Sam Ortiz,Email,Escalation,FALSE,15",
        ],
        "engagements",
    ),
    "team_sheet.csv": (
        "Employee,Hourly Cost (USD),Team,Title",
        ["Dana Lee,$85,Enterprise,Senior CSM", "Sam Ortiz,$70,SMB,CSM"],
        "team",
    ),
    "sm_nps.csv": (
        "Respondent ID,Collector ID,Start Date,End Date,Email Address,Company Name,How likely is it that you would recommend us to a friend or colleague?",
        [
            "111,222,01/02/2025 10:00:00 AM,01/02/2025 10:05:00 AM,pat@acme.com,Acme,9",
            "112,222,01/03/2025 10:00:00 AM,01/03/2025 10:05:00 AM,li@globex.com,Globex,3",
        ],
        "surveys",
    ),
    "gainsight_success_plans.csv": (
        "Company Name,Success Plan Name,Objective Name,Type,Status,Owner Name,Due Date,Modified Date,Reason",
        [
            "Acme,FY25,Roll out EMEA,Goal,Open,Dana,2025-06-30,2025-01-10,People",
            "Globex,FY25,SSO broken,Blocker,At Risk,Sam,2025-03-01,2025-01-11,Product",
        ],
        "plans",
    ),
    "dynamics_accounts.csv": (
        "name,_ownerid_value@OData.Community.Display.V1.FormattedValue,revenue,accountnumber,createdon,_primarycontactid_value@OData.Community.Display.V1.FormattedValue",
        [
            "Acme,Dana Lee,120000,A-1,2024-01-01T00:00:00Z,Pat",
            "Globex,Sam Ortiz,45000,A-2,2024-02-01T00:00:00Z,Li",
        ],
        "accounts",
    ),
}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    loader = Loader(tmp_path_factory.mktemp("exports"))
    found = {}
    for name, (header, rows, _) in EXPORTS.items():
        data = (header + "\n" + "\n".join(rows) + "\n").encode("utf-8")
        found[name] = loader(name, data=data)
    yield found
    loader.con.close()


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_the_export_lands_in_its_table_or_waits_for_a_choice(results, name):
    result = results[name]
    assert result.table == EXPORTS[name][2], (result.table, result.mapping)
    assert result.ok or result.needs_table_choice, result.error


def test_nearly_every_export_loads_without_asking(results):
    loaded = [name for name, r in results.items() if r.ok]
    assert len(loaded) >= len(EXPORTS) - 2, sorted(set(EXPORTS) - set(loaded))
