"""Writes the messy export files the importer tests read (run once; the files are checked in).

Each file imitates one real-world export or one kind of damage; the encodings and binary files
are why this is a script and not hand-typed text. ``python tests/data/messy/make_messy.py``.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write(name: str, text: str, encoding: str = "utf-8", newline: str = "\n") -> None:
    data = text.replace("\n", newline).encode(encoding)
    (HERE / name).write_bytes(data)


def main() -> None:
    # Salesforce "Activities with Accounts" report, exported as CSV with its footer.
    write(
        "salesforce_activities.csv",
        '"Assigned","Activity Date","Subject","Account Name","Call Duration","Type","Engagement Tag"\n'
        '"Dana Lee","03/14/2025","QBR prep","Acme Corp","1800","Call","Proactive"\n'
        '"Dana Lee","03/18/2025","Outage follow-up","Globex","600","Call","Reactive"\n'
        '"Sam Ortiz","04/02/2025","Renewal check-in","Initech","","Email","Proactive"\n'
        '"Sam Ortiz","12/30/2025","Escalation ""P1""","Umbrella","2700","Call","Reactive"\n'
        "\n"
        '"Grand Totals (4 records)"\n'
        '""\n'
        '"Confidential Information - Do Not Distribute"\n'
        '"Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved."\n',
        newline="\r\n",
    )
    # Salesforce Data Loader export of Task records: API field names.
    write(
        "salesforce_tasks_api.csv",
        "Id,Subject,ActivityDate,CallDurationInSeconds,Owner.Name,Account.Name,Type,Proactive__c\n"
        "00T1,Kickoff,2025-01-06,3600,Dana Lee,Acme Corp,Call,true\n"
        "00T2,Bug report,2025-01-07,90,Dana Lee,Globex,Call,false\n"
        "00T3,Health check,2025-01-08,,Sam Ortiz,Initech,Email,true\n",
    )
    # HubSpot calls export: ISO datetimes with zones, duration in milliseconds.
    write(
        "hubspot_calls.csv",
        "Record ID,Call Title,Activity date,Call duration,Associated Company,Activity assigned to,"
        "Call outcome,Proactive or Reactive\n"
        "101,Onboarding,2025-03-14T09:30:00Z,1800000,Acme Corp,Dana Lee,Connected,Proactive\n"
        "102,Ticket callback,2025-03-14T23:30:00-05:00,600000,Globex,Dana Lee,Connected,Reactive\n"
        "103,Quarterly review,2025-03-16T01:15:00+02:00,5400000,Initech,Sam Ortiz,Left voicemail,Proactive\n",
    )
    # Gainsight timeline activities: month names with a 12-hour clock, Yes/No "Proactive?".
    write(
        "gainsight_timeline.csv",
        "Activity Date,Company,Author,Activity Type,Subject,Notes,Proactive?\n"
        '11/May/24 03:26 PM,Acme Corp,Dana Lee,Meeting,EBR,"Agenda:\n- roadmap\n- renewal",Yes\n'
        "12/May/24 09:00 AM,Globex,Sam Ortiz,Call,Escalation,Customer unhappy,No\n"
        "13/Jun/24 11:45 AM,Initech,Sam Ortiz,Email,Newsletter,,yes\n",
    )
    # Gainsight CTAs exported for escalations: they land in tickets.
    write(
        "gainsight_ctas.csv",
        "CTA ID,Company Name,Created Date,Closed Date,Priority,Escalated\n"
        "CTA-1,Acme Corp,2025-02-01 08:00:00,2025-02-03 17:30:00,High,Yes\n"
        "CTA-2,Globex,2025-02-05 10:00:00,,Medium,No\n",
    )
    # A European Excel "CSV (semicolon)": Windows-1252 with €, curly quotes, decimal commas.
    write(
        "european_excel.csv",
        "Date;Account;CSM;Tag;Duration;ARR;Notes\n"
        "14.03.2025;Café Müller;Jürgen Weiß;Proaktiv;1,5 h;1.234,50 €;“Top” Kunde\n"
        "02.04.2025;Société Générale;Jürgen Weiß;Reaktiv;45;12.000 €;–\n"
        "03.04.2025;Åkesson AB;Dana Lee;Proactive;0:30;€ 99,90;\n",
        encoding="cp1252",
        newline="\r\n",
    )
    # Latin-1 without any Windows-1252-only byte.
    write(
        "latin1_accounts.csv",
        "Account,ARR,Segment\nCafé Zürich,5000,SMB\nNiño Ltd,7000,Mid-Market\n",
        encoding="latin-1",
    )
    # German headers, UTF-8, semicolons.
    write(
        "german_headers.csv",
        "Datum;Kunde;Betreuer;Kategorie;Dauer (Min.);Notizen\n"
        "05.01.2025;Müller GmbH;Anna Schmidt;Proaktiv;30;Jahresgespräch\n"
        "06.01.2025;Bäckerei Kraus;Anna Schmidt;Reaktiv;90;Störung\n",
    )
    # Excel "Unicode text": UTF-16 LE with BOM, tab separated.
    write(
        "utf16_unicode_text.txt",
        "\ufeffDate\tAccount\tCSM\tTag\tDuration\n"
        "2025-05-01\tAcme Corp\tDana Lee\tProactive\t30\n"
        "2025-05-02\tŌkami KK\tDana Lee\tReactive\t15\n",
        encoding="utf-16-le",
        newline="\r\n",
    )
    # Excel "CSV UTF-8": a BOM before the header.
    write(
        "utf8_bom.csv",
        "\ufeffaccount,arr,renewal date\nAcme Corp,120000,2026-06-30\nGlobex,45000,2026-01-31\n",
    )
    # A hand-kept tracker: P/R tags, every duration style, two date formats in one column.
    write(
        "hand_kept_tracker.csv",
        "When,Customer,Who,P/R,Time spent,What happened\n"
        "2025-01-15,Acme Corp,Dana,P,45,Roadmap call\n"
        "16/01/2025,Acme Corp,Dana,R,1:30,Fixed SSO\n"
        "17/01/2025,Globex,Sam,p,01:30:00,Training\n"
        "2025-01-20,Globex,Sam,r,1h 30m,Outage\n"
        "21/01/2025,Initech,Dana,Pro-active,1.5 h,QBR\n"
        "22/01/2025,Initech,Dana,Reactive,30 min,Billing question\n",
    )
    # SurveyMonkey: a second header row under the questions.
    write(
        "surveymonkey_nps.csv",
        "Respondent ID,Collector ID,Start Date,End Date,IP Address,"
        '"How likely is it that you would recommend us to a friend or colleague?",Company,Comments\n'
        ",,,,,Response,Open-Ended Response,Open-Ended Response\n"
        "1001,44,03/01/2025 10:02:11 AM,03/01/2025 10:05:40 AM,10.0.0.1,9,Acme Corp,Great support\n"
        "1002,44,03/02/2025 02:10:00 PM,03/02/2025 02:12:31 PM,10.0.0.2,3,Globex,Too slow\n",
    )
    write("empty.csv", "")
    write("header_only.csv", "date,account,csm,tag\n")
    write(
        "no_header.csv",
        "2025-01-02,Acme Corp,Dana Lee,Proactive\n2025-01-03,Globex,Dana Lee,Reactive\n",
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    (HERE / "xlsx_renamed.csv").write_bytes(buffer.getvalue())
    (HERE / "garbage.csv").write_bytes(bytes(range(256)) * 4 + b"\x00\x01\x02garbage")
    write("two_columns_no_table.csv", "Fruit,Colour\nApple,Red\nBanana,Yellow\n")
    write(
        "duplicate_headers.csv",
        "Date,Account,CSM,Tag,Notes,Notes\n2025-02-01,Acme Corp,Dana Lee,Proactive,first,second\n",
    )
    write(
        "ragged_rows.csv",
        "date,account,csm,tag,notes\n"
        "2025-02-01,Acme Corp,Dana Lee,Proactive,ok\n"
        "2025-02-02,Globex,Dana Lee\n"
        "2025-02-03,Initech,Sam,Reactive,too,many,fields\n"
        "2025-02-04,Umbrella,Sam,Reactive,ok\n",
    )
    write(
        "unterminated_quote.csv",
        "date,account,csm,tag,notes\n"
        "2025-02-01,Acme Corp,Dana Lee,Proactive,fine\n"
        '2025-02-02,Globex,Dana Lee,Reactive,"never closed\n'
        "2025-02-03,Initech,Sam,Reactive,lost\n",
    )
    write(
        "empty_tags.csv",
        "date,account,csm,tag\n"
        "2025-02-01,Acme Corp,Dana Lee,Proactive\n"
        "2025-02-02,Globex,Dana Lee,\n"
        "2025-02-03,Initech,Sam,\n"
        "2025-02-04,Umbrella,Sam,\n"
        "2025-02-05,Hooli,Sam,Escalation\n",
    )
    write(
        "ambiguous_dates.csv",
        "date,account,csm,tag\n"
        "03/04/2025,Acme Corp,Dana Lee,Proactive\n"
        "05/06/2025,Globex,Dana Lee,Reactive\n"
        "12/11/2025,Initech,Sam,Proactive\n",
    )
    write(
        "amounts_both_conventions.csv",
        "Account,ARR,CAC\n"
        'Acme Corp,"$1,234.50",$200\n'
        'Globex,"1.234,50 €","(1,200)"\n'
        "Initech,1.39E8,\n"
        'Umbrella,"USD 2,000",n/a\n',
    )
    write(
        "script_names.csv",
        "account,arr\n"
        '"<script>alert(1)</script>",100\n'
        '"O\'Brien ""The Boss"" & Co",200\n'
        '"Rocket 🚀 Labs",300\n'
        '"![](http://evil.example/pixel.png)",400\n',
    )
    write(
        "case_space_names.csv",
        "date,account,csm,tag\n"
        "2025-03-01,Acme Corp,Dana Lee,Proactive\n"
        "2025-03-02,ACME CORP ,dana lee,Reactive\n"
        "2025-03-03,  acme   corp,DANA  LEE,Proactive\n",
    )
    write(
        "sep_line.csv",
        "sep=;\nAccount;ARR;Renewal Date\nAcme Corp;1.500,00;31.12.2025\nGlobex;800;15.01.2026\n",
    )
    write(
        "pipe_delimited.csv",
        "ticket id|account|opened at|closed at|priority\n"
        "T-1|Acme Corp|2025-01-02 09:00|2025-01-02 11:30|High\n"
        "T-2|Globex|2025-01-03 14:00||Low\n",
    )
    write(
        "epoch_usage.csv",
        "account,date,active users,events\nAcme Corp,1735689600,42,1200\nGlobex,1738368000000,7,80\n",
    )
    write(
        "month_name_revenue.csv",
        "Account,Close Date,Opportunity Type,Amount\n"
        'Acme Corp,14-Mar-2025,Expansion,"$15,000"\n'
        'Globex,"March 3, 2025",Renewal,"40,000.00"\n'
        "Initech,01-Apr-2025,Churn,5000\n",
    )
    write(
        "team_rates.csv",
        'Name,Hourly Rate,Team,Title\nDana Lee,$85.00,Enterprise,Senior CSM\nSam Ortiz,"$72.50",SMB,CSM\n',
    )
    write(
        "zendesk_tickets.csv",
        "Ticket ID,Organization,Created at,Solved at,Priority,Escalated\n"
        "5001,Acme Corp,2025-03-14 09:30:00,2025-03-15 17:00:00,urgent,TRUE\n"
        "5002,Globex,2025-03-16 12:00:00,,normal,FALSE\n",
    )
    write(
        "account_plans.csv",
        "Account,Item,Kind,Dimension,Status,Owner,Due Date,Last Reviewed\n"
        "Acme Corp,Roll out to EMEA,goal,Transformation,open,Dana Lee,2025-09-30,2025-03-01\n"
        "Acme Corp,No exec sponsor,blocker,People,at risk,Dana Lee,,2025-03-01\n",
    )
    write(
        "report_with_title.csv",
        "Engagement Report\n"
        "Filtered By: Owner equals Dana Lee\n"
        "\n"
        "Date,Account,CSM,Tag\n"
        "2025-04-01,Acme Corp,Dana Lee,Proactive\n"
        "2025-04-02,Globex,Dana Lee,Reactive\n",
    )
    write(
        "missing_tag_column.csv",
        "Date,Account,CSM,Type\n2025-04-01,Acme Corp,Dana Lee,Call\n",
    )
    write(
        "bad_values.csv",
        "date,account,csm,tag,duration,effectiveness\n"
        "2025-04-01,Acme Corp,Dana Lee,Proactive,about an hour,4\n"
        "not a date,Globex,Dana Lee,Reactive,30,great\n"
        "2025-04-03,,Sam,Reactive,30,3\n",
    )
    write(
        "blank_rows.csv",
        "date,account,csm,tag\n2025-04-01,Acme Corp,Dana Lee,Proactive\n,,,\n2025-04-02,Globex,Sam,Reactive\n",
    )
    rows = [
        ["StartDate", "EndDate", "Status", "RecipientEmail", "Q1", "Q2", "Q3"],
        ["Start Date", "End Date", "Response Type", "Recipient Email", "How likely are you to recommend us?",
         "Company", "Why?"],
        ['{"ImportId":"startDate","timeZone":"America/Denver"}', '{"ImportId":"endDate"}',
         '{"ImportId":"status"}', '{"ImportId":"recipientEmail"}', '{"ImportId":"QID1"}',
         '{"ImportId":"QID2_TEXT"}', '{"ImportId":"QID3_TEXT"}'],
        ["2025-03-01 10:00:00", "2025-03-01 10:05:00", "IP Address", "pat@acme.com", "10", "Acme Corp",
         "Fast, friendly"],
        ["2025-03-02 11:00:00", "2025-03-02 11:04:00", "IP Address", "lee@globex.com", "6", "Globex", ""],
    ]  # fmt: skip
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    write("qualtrics_nps.csv", buffer.getvalue())
    write(
        "trailing_delimiter.csv",
        "account,arr,segment\nAcme Corp,1000,SMB,\nGlobex,2000,Enterprise,\n",
    )
    write(
        "wrong_delimiter.csv",
        "date;account;csm;tag\n" + "".join(f"2025-01-{d:02d},Acme {d};Dana;P\n" for d in range(1, 20)),
    )


if __name__ == "__main__":
    main()
