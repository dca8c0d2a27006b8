"""Every redaction rule as one row: what it finds, how much it is trusted, why, and its examples.

A rule is a row, not a branch. ``RULES`` lists each recogniser rule of the engine with its
category, its priority (which claim wins where two overlap; the constant its module uses),
the function that applies it, a one-line reason, and examples: text in which it must redact
the given form, and text in which the given form must be kept. ``tests/redaction/
test_rules_table.py`` is generated from this table, so adding a rule means adding a row
and its examples. ``Span.rule`` and ``Finding.rule`` name the row that made a span, which
``ingestd redact --explain`` prints.

Every name, street, postcode and number in the examples is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingestd.redaction import addresses, dates, identifiers, names, propagate

Example = tuple[str, str]  # (text, the form in it)


@dataclass(frozen=True)
class Rule:
    name: str
    category: str
    priority: int
    finder: str
    reason: str
    redact: tuple[Example, ...]
    keep: tuple[Example, ...]


_ID = identifiers.PRIORITY
_DOB = dates.PRIORITY
_PC = addresses.POSTCODE_PRIORITY
_AD = addresses.ADDRESS_PRIORITY
_NAME = propagate.DIRECT_PRIORITY

RULES: tuple[Rule, ...] = (
    # --- identifiers ---------------------------------------------------------------------
    Rule("email", "email", _ID, "identifiers.find_identifiers",
         "An e-mail address names its owner.",
         (("Contact oriel.v@mail.example.com today.", "oriel.v@mail.example.com"),),
         (("Use the form at www.example.gov.uk today.", "www.example.gov.uk"),)),
    Rule("phone", "phone", _ID - 1, "identifiers.find_identifiers",
         "A UK or international number with the digit count of a phone number.",
         (("Call 01632 960 418 after six.", "01632 960 418"), ("Mobile: 07700 900321", "07700 900321")),
         (("The case number 2026/0451 was closed.", "2026/0451"), ("It cost 1200 pounds.", "1200"))),
    Rule("phone-wrapped", "phone", _ID - 1, "identifiers.find_identifiers",
         "A phone number a line break split, read as one when the one-line pattern found nothing there.",
         (("a relative, mobile 07700 900\n418) raised concerns", "07700 900\n418"),
          ("tel. (01632)\n960418) called", "(01632)\n960418")),
         (("Call 01632 960 418\n2026 was the year.", "2026"),)),
    Rule("phone-format", "phone", _ID - 1, "identifiers.find_identifiers",
         "A number libphonenumber reads as a phone number (dots, slashes, a 00 prefix, (0) after any country"
         " code, an extension) with a phone number's digit count.",
         (("Tel 0131.496.0712 (office)", "0131.496.0712"), ("mobile 0044 7700 900 512", "0044 7700 900 512"),
          ("call 00 353 1 496 0457 today", "00 353 1 496 0457"), ("or 01632/960731 at home", "01632/960731")),
         (("Seen on 03.12.2025 and 04.12.2025.", "03.12.2025"), ("Case ref 2026/04127 closed.", "2026/04127"),
          ("Order 1234 5678 9012 placed.", "1234 5678 9012"),
          ("See ISBN 0-19-852663-6 (2nd ed.)", "0-19-852663-6"), ("File CR/01632/960731 closed", "01632/960731"))),
    Rule("chi-checksum", "chi", _ID + 1, "identifiers.find_identifiers",
         "Ten digits starting with a real DDMMYY date and a valid mod-11 check digit: a CHI number.",
         (("Recorded as 1203191235 in the notes.", "1203191235"),),
         (("Reference 1203191238 on the invoice.", "1203191238"),)),
    Rule("chi-label", "chi", _ID + 1, "identifiers.find_identifiers",
         "A ten-digit number labelled CHI is one even with a mistyped check digit.",
         (("CHI: 1203191238", "1203191238"), ("CHI number\n120319 1238", "120319 1238"),
          ("Name\tCHI\nOriel Vantongeren\t1203191238", "1203191238")),
         (("Invoice 1203191238 was paid; CHI checks were done.", "1203191238"),)),
    Rule("nhs-checksum", "nhs", _ID + 1, "identifiers.find_identifiers",
         "Ten digits with a valid mod-11 check digit that are not a CHI date: an NHS number.",
         (("Her number 943 476 5919 was given.", "943 476 5919"),
          ("a patient (Oriel Quillan, 943 476\n5919) in a ward", "943 476\n5919")),
         (("Order 943 476 5910 was sent.", "943 476 5910"),)),
    Rule("nhs-label", "nhs", _ID + 1, "identifiers.find_identifiers",
         "A ten-digit number labelled NHS number is one whatever its check digit.",
         (("NHS number: 943 476 5918", "943 476 5918"), ("NHS No. 9434765918", "9434765918"),
          ("Name\tNHS number\nOriel Vantongeren\t943 476 5918", "943 476 5918"),
          ("born 08/08/1975, NHS number 943 476\n5918) was", "943 476\n5918")),
         (("NHS Fife sent 9434765918 leaflets.", "9434765918"),)),
    Rule("ni", "ni", _ID, "identifiers.find_identifiers",
         "The National Insurance number pattern (two letters, six digits, A-D; groups apart by a space, dash or dot).",
         (("NI number JT 12 34 56 C is on file.", "JT 12 34 56 C"), ("number (JT 12 34 56\nC) appeared", "JT 12 34 56\nC"),
          ("recorded as JT-12-34-56-C in the file", "JT-12-34-56-C"), ("ref JT.12.34.56.C held", "JT.12.34.56.C")),
         (("Form AB 12 was filed.", "AB 12"),)),
    Rule("ni-label", "ni", _ID, "identifiers.find_identifiers",
         "A National Insurance number typed in lower case or with a slip (a prefix never issued, no final "
         "letter), where a label names it (unlabelled, a code of that shape may be any reference).",
         (("Mr Q's National\nInsurance number jt123456c appeared.", "jt123456c"),
          ("his NI number (jt 12 34 56 c) was found", "jt 12 34 56 c"),
          ("NI number: QQ 12 34 56 C", "QQ 12 34 56 C"),
          ("National Insurance no. JT 12 34 56", "JT 12 34 56"),
          # a field's bare letters and a register's column (round 17)
          ("Father: Mr Q   NI: jt123456c", "jt123456c"), ("N.I. - qq 12 34 56 c", "qq 12 34 56 c"),
          ("Name\tNI\tRole\nMr Q\tjt123456a\tfather\n", "jt123456a")),
         (("The file ref jt123456c was closed.", "jt123456c"),
          ("Case ref QQ 12 34 56 C was closed.", "QQ 12 34 56 C"),
          ("He moved from NI in 2019; file jt123456c was closed.", "jt123456c"))),
    # --- dates of birth ------------------------------------------------------------------
    Rule("dob-cue", "dob", _DOB, "dates.find_dobs",
         "A date right after DOB, D.O.B., date of birth, born (on): a birth date.",
         (("Oriel (born on 4 May 2019) lives at home.", "4 May 2019"), ("d.o.b. 04/05/2019", "04/05/2019"),
          # a label with one slip, a two-digit year after a month's name, a weekday opening the value
          ("chidl Q date of brith 05 Jul 16 lived with her mum", "05 Jul 16"),
          ("Date of birth ............ Saturday 13th of December 2014\nCHI", "13th of December 2014"),
          # the deed's form of a date
          ("Ilsa Quenby, who was born on the 9th day of June 2012, lives", "9th day of June 2012"),
          # "birthday" names the date as much as "born" does (round 15)
          ("and Orvelle, aged 4, whose birthday is 10-12-2020.", "10-12-2020")),
         (("The review met on 4 May 2026.", "4 May 2026"), ("She was aged 4 in 2026.", "2026"),
          ("Her birthday party on 10-12-2025 was cancelled.", "10-12-2025"),
          ("The panel met on 05 Jul 16 at noon.", "05 Jul 16"),
          # "B." before a surname is an initial, not the "b." of born
          ("the review about Adult R (B. Quenby) was approved on the 9th day of June 2026.", "9th day of June 2026"))),
    Rule("dob-year", "dob", _DOB, "dates.find_dobs",
         "A year right after 'b.' or 'born' (a genogram, a family list) is a year of birth.",
         (("Maternal grandmother \u2014 Eachra Quillan, b. 1958", "1958"), ("Father (b.1979) left", "1979"),
          ("Tormaid, born 1990, moved away.", "1990")),
         (("The unit was built in 1990.", "1990"), ("She was aged 4 in 2026.", "2026"))),
    Rule("dob-after-name", "dob", _DOB, "dates.find_dobs",
         "A date alone in brackets right after a name is how birth dates of family members are written: its "
         "weekday may open it, it may be in capitals, an age or the date of death may stand beside it; a "
         "phrase of report vocabulary before it is an event's ('Decision (date)').",
         (("Oriel Vantongeren (12/03/2019) lives with her mother.", "12/03/2019"),
          ("          Tormod (Tuesday 3rd of June 2014)      Ilsa (born 2019)", "3rd of June 2014"),
          ("Subject child: Ilsa Varrow (9TH JUNE 2011)\n", "9TH JUNE 2011"),
          ("Ilsa Varrow (03/06/2017, aged 8) lives with her gran.", "03/06/2017"),
          ("Baby Varrow (3 June 2019 - 9 July 2019) died in hospital.", "3 June 2019"),
          ("Young Person C (Idony Prewett) (07.09.2011) moved school.", "07.09.2011"),
          ("Child B ([PERSON 4]) (2 Feb 2020) lives with her aunt.", "2 Feb 2020"),
          ("Child S: Oriel Quillan (10 Sep 19)\nAddress: unknown", "10 Sep 19"),
          ("Adult at risk: Tavish Brennagh [Friday, 24 November 1950]\n", "24 November 1950"),
          ("Baby Pellow (30 Mar. 24) was 1 years old.", "30 Mar. 24")),
         (("The meeting (12/03/2026) was held.", "12/03/2026"),
          ("The review (Part 2) (12/03/2026) was held.", "12/03/2026"),
          ("Decision (Tuesday 3rd of June 2025): proceed to a learning review.", "3rd of June 2025"),
          ("Core Group Meeting (12/03/2026) was held.", "12/03/2026"))),
    Rule("dob-field", "dob", _DOB, "dates.find_dobs",
         "The value of a form field labelled as a birth date, beside it or alone on a line below it.",
         (("Date of birth (as recorded by the school office staff)\t12/03/2019", "12/03/2019"),
          # a form's cells extracted one per line
          ("Date of Birth:\n\n03/09/2019\nAddress:", "03/09/2019"),
          # a stacked card: a qualified label alone on its line, the value indented under it
          ("Child's D.O.B.:\n      02/09/14\n\nDate of referral:\n      4/6/2025", "02/09/14")),
         (("Date of referral\t12/03/2026", "12/03/2026"),
          ("Child E (DOB: 3 May 2016) lives at home. Referral received on 12.03.26.", "12.03.26"),
          ("Date of birth\nnot known\nDate of referral\n12/03/2026", "12/03/2026"))),
    Rule("dob-field-shifted", "dob", _DOB, "dates.find_dobs",
         "A birth-date label with no value, the date ending the row above (OCR of a skewed form reads "
         "the value column a row out of step).",
         (("Child's name:\tOriel Vantongeren 10-08-2020\nDate of birth:\nCHI:", "10-08-2020"),),
         (("Date ICR convened:\t14/09/2026\nDate of birth:\nCHI:", "14/09/2026"),
          ("The review met on 14/09/2026\nDate of birth:", "14/09/2026"))),
    Rule("dob-column", "dob", _DOB, "dates.find_dobs",
         "A date in a table column headed Date of birth / DOB / D.O.B. (tabs, pipes, or columns "
         "typed with spaces, the values starting under their headings, a typed rule under the header, "
         "a cell one space after a long name that outgrew its column, a spreadsheet saved as CSV with "
         "quoted cells and a merged heading row over the headings).",
         (# any spelling of the header (round 18)
          ("Name\tD/O/B\tTown\nHarlan Teague\t12/10/1988\tStrathvarrow", "12/10/1988"),
          ("Name\tDt of brith\tTown\nHarlan Teague\t12/10/1988\tStrathvarrow", "12/10/1988"),
          # a CSV export: quoted cells holding commas, dates side by side, a merged heading row (round 18)
          ("Register\n,,Who,,When,\nNo,Full name,Birth date,Town,Seen,Closed\n"
           "1,Harlan Teague,\"4 May, 2011\",Strathvarrow,01/02/2025,03/04/2025\n"
           "2,Idrana Vossel,04/05/2012,\"Flat 2, Strathvarrow\",01/02/2025,03/04/2025\n", "04/05/2012"),
          ("Register\n,,Who,,When,\nNo,Full name,Birth date,Town,Seen,Closed\n"
           "1,Harlan Teague,\"4 May, 2011\",Strathvarrow,01/02/2025,03/04/2025\n", "4 May, 2011"),
          ("Name\tRelationship\tDOB\nOriel\tDaughter\t12/03/2019", "12/03/2019"),
          ("Name              Date of birth   Relationship\nOriel Quillan     12/03/2019      Self", "12/03/2019"),
          ("Name | Relationship | D.O.B.\nOriel | Daughter | 12-03-2019", "12-03-2019"),
          ("| Relationship | Date of birth |\n| Grandfather | 4 Jun 1958 |", "4 Jun 1958"),
          # a table typed with semicolons
          ("Name; Relationship; D.O.B.; Address\nOriel Quillan; subject child; 31/3/2019; as above", "31/3/2019"),
          # an export's semicolons with no space after them (round 15)
          ("contact_id;surname;forename;dob;role\n100;Lunaveth;Fenwhistle;13/05/2016;household", "13/05/2016"),
          # a rule typed under the header is part of the table
          ("Name            Relation   Date of birth\n--------------------------------------\n"
           "Ilsa Varrow     Daughter   03.06.17", "03.06.17"),
          # a long name outgrew its column: the date one space after it, pushed right of its heading
          ("Name            Date of birth\nIlsa Varrow     03.06.17\nOriel Quillan-Varrow 21.02.1988", "21.02.1988"),
          # a long cell wrapped onto a line of its own, indented to its column: the table goes on
          ("Name           Date of birth   Relationship\nIlsa Varrow    03.06.1987      Partner (lives\n"
           "                               part time)\nOriel Varrow   21.02.2015      Son", "21.02.2015"),
          ("Name           Date of birth\nIlsa Varrow-   03.06.1987\nQuillan\nOriel Varrow   21.02.2015", "21.02.2015"),
          # a heading that filled its column, one space before the next
          ("Name                  Relationship Date of birth\nIlsa Varrow           Mother       03.06.1987\n"
           "Oriel Quillan-Varrow  Son          21.02.2015", "21.02.2015")),
         (("Date\tEvent\n12/03/2026\tReview commenced", "12/03/2026"),
          ("Date; Event; Agency\n12/03/2026; Review commenced; Social Work", "12/03/2026"),
          ("Date of birth\n-------------\nThe review met on 12/03/2026.", "12/03/2026"),
          ("Date of birth  is asked.  Then\nthe review met  on 12/03/2026  and agreed.", "12/03/2026"),
          ("| Date | Event |\n| 12/03/2026 | Review commenced |", "12/03/2026"),
          ("Name            Date of birth   Date of referral\nIlsa Varrow     03.06.17        12/03/2026\n"
           "Oriel Quillan-Varrow 21.02.1988 14/03/2026", "14/03/2026"))),
    Rule("dob-column-shifted", "dob", _DOB, "dates.find_dobs",
         "A row under a Date of birth header with fewer cells than the header (OCR merged two cells): "
         "a date in the birth-date column or in the cells it may have moved into.",
         (("Name\tRole\tDate of birth\tAddress\nOriel Quillan | Young Person Q\t28 Jun 2009\t8 Lintmill Road",
           "28 Jun 2009"),
          ("Name\tDate of birth\tSchool\nOriel Quillan 12/03/2019\tKindergarten Hillview", "12/03/2019")),
         (("Name\tDate of birth\tDate of referral\nOriel Quillan\t12/03/2019\t14/09/2026", "14/09/2026"),
          ("Date\tEvent\tAgency\n14/09/2026 Review commenced\tSocial Work", "14/09/2026"))),
    Rule("dob-family-row", "dob", _DOB, "dates.find_dobs",
         "A whole-cell date in a row with a cell that is only a relationship: a family row without its header.",
         (("Oriel Quillan | Mother | 17 December 1990 | 8 Lintmill Road", "17 December 1990"),
          ("Eachra Quillan, Maternal grandmother, 26.11.62, as above", "26.11.62"),
          ("Maternal grandmother - Eachra Quillan - 2 May 1960", "2 May 1960"),
          # a family table typed with spaces and no header
          ("Ilsa Varrow     03/06/2017     Daughter\nTormod Varrow   21/02/1988     Father", "21/02/1988"),
          # the cell's date with its weekday and article
          ("Ulvasha Korrindel | Friday the 2nd of February 2018 | child", "2nd of February 2018")),
         (("12/03/2026 | Mother | attended the clinic with the baby", "12/03/2026"),
          ("Father - 20/01/2026 - moved out", "20/01/2026"),
          ("12/03/2026     Mother     home visit", "12/03/2026"),
          ("12/03/2026 | Review commenced | Social Work", "12/03/2026"))),
    Rule("dob-list", "dob", _DOB, "dates.find_dobs",
         "A date after a name and a comma in a list of people separated by semicolons: each item's birth date.",
         (("The children are Ysella Pardew, 03/04/2015; Tormaid Pardew, 12/10/2017.", "03/04/2015"),
          ("The children are Ysella Pardew, 03/04/2015; and Eachra Pardew, 4 May 2019.", "4 May 2019")),
         (("Meetings: Core Group, 03/04/2025; Review, 12/10/2025.", "03/04/2025"),
          ("The review met on 12/03/2026; the COG on 14/04/2026.", "12/03/2026"),
          ("Ysella Pardew, 03/04/2015, was the date of the visit.", "03/04/2015"))),
    Rule("dob-kin-apposition", "dob", _DOB, "dates.find_dobs",
         "A relative named in apposition with a date right after the name and a comma, ending the clause "
         "('an older sibling, Ann Example, 27/08/2008.'): a family's composition written as prose; an event's "
         "date has a verb or a preposition.",
         (("She lived with an older sibling, Tormod Varrow, 21/02/2008.", "21/02/2008"),
          ("and her half-brother, Tormod Varrow, 03 Jun 09; they", "03 Jun 09"),
          # the apposition goes on about the person
          ("It is about a child, Tormod Varrow, 21.4.16, who was 8 when referred.", "21.4.16")),
         (("It was raised by her mother, Ilsa Varrow, on 12/03/2026.", "12/03/2026"),
          ("Her mother, Ilsa Varrow, 12/03/2026, was seen at home.", "12/03/2026"),
          ("The chair, Ilsa Varrow, 12/03/2026.", "12/03/2026"))),
    Rule("dob-label-after", "dob", _DOB, "dates.find_dobs",
         "A date with its birth-date label after it (a form's rows written value first, a bracketed label): "
         "'03-06-2013 | child's date of birth', '12/03/2019 (DOB)'.",
         (("03-06-2013  | child's date of birth\nMrs Ilsa Varrow  | lead reviewer", "03-06-2013"),
          ("She was seen on 12/03/2019 (DOB) at home.", "12/03/2019")),
         (("19 May 2026  | date the COG ratified the outcome\n03-06-2013  | child's date of birth", "19 May 2026"),
          ("12/03/2026 | date of referral", "12/03/2026"))),
    Rule("dob-after-age", "dob", _DOB, "dates.find_dobs",
         "A family line: a name, an age and a date ('Ann Example, 4, 03/05/2021') gives the birth date.",
         (("Ysella Pardew, 4, 03/05/2021\nTormaid Pardew, 36, 12/10/1989", "03/05/2021"),
          ("Eachra Pardew, 7 years, 4 May 2019", "4 May 2019")),
         (("Meeting, 4, 03/05/2026", "03/05/2026"), ("Ysella Pardew, 03/05/2021, was seen.", "03/05/2021"))),
    Rule("dob-person-label", "dob", _DOB, "dates.find_dobs",
         "A person's label whose value is a name and a date alone on the line ('Child: Ann Example, 03/05/2021'): "
         "an event's date has a label of its own, so the date beside the person's name is the birth date.",
         (("Child: Ysella Pardew, 03/05/2021\nICR convened: 12/11/2025", "03/05/2021"),
          ("Mother: Marit Pardew - 12.10.1990", "12.10.1990")),
         (("Child: Ysella Pardew, 03/05/2021\nICR convened: 12/11/2025", "12/11/2025"),
          ("Chair: Marit Pardew, 03/05/2026", "03/05/2026"),
          ("Child: Ysella Pardew, seen on 03/05/2026 at school", "03/05/2026"))),
    Rule("dob-name-row", "dob", _DOB, "dates.find_dobs",
         "A household table's row of two cells, a full name and a date, nothing else ('Ann Example | 26th March "
         "1945'): a chronology row has an event in it and a meeting row report vocabulary, so the date is a birth date.",
         (("Household\nQuorra Halloran | 26th March 1945\nTavish Halloran | 7 NOV 49\n", "7 NOV 49"),
          ("Ysolde Pellow\t14 Sep. 98\n", "14 Sep. 98")),
         (("Core Group | 12/03/2026\n", "12/03/2026"),
          ("12/03/2026 | Quorra Halloran | visited the GP\n", "12/03/2026"))),
    Rule("dob-label-name", "dob", _DOB, "dates.find_dobs",
         "A person's label (or a letter's 'Re:'), a name, a comma and a date closing the item ('Re: Ann Example, "
         "2nd of Aug 1988, 12 High Street', '(Adult A: Ann Example, 24 nov 1991)'): the name's birth date.",
         (("Re: Tavish Brennagh, 2nd of Aug 1988, 14 Venn Road\n", "2nd of Aug 1988"),
          ("The adult at risk (Adult A: Quorra Pellow, 7 Jan. 39) lived alone.", "7 Jan. 39")),
         (("Re: Learning Review, 12 March 2026\n", "12 March 2026"),
          ("Chair: Quorra Pellow, 03/05/2026, opened the meeting.", "03/05/2026"))),
    Rule("dob-age-consistent", "dob", _DOB, "dates.find_dobs",
         "A date in the same sentence as an explicit age ('7 years old', 'aged 5') whose year is that age, give "
         "or take two, before the document's latest year: the birth date, whatever words surround it.",
         (("The referral said Maelis Drunhoe was 7 years old and gave 14 Feb. 2018. Ratified on 3 March 2025.",
           "14 Feb. 2018"),
          ("Child: Maelis Drunhoe, aged 5 (26th december 2019)\nRatified on 2 March 2026.", "26th december 2019")),
         (("Maelis Drunhoe, 7 years old, was seen on 14 Feb. 2025.", "14 Feb. 2025"),
          ("A baby, 1 year old, was seen on 14 Feb. 2024. Report of 2025.", "14 Feb. 2024"),
          # a month and a year is an event's time
          ("In March 2007, when she was 18 years old, she left care. Report of 2025.", "March 2007"))),
    Rule("dob-noun-bracket", "dob", _DOB, "dates.find_dobs",
         "A date alone in brackets right after a person's noun ('an adult at risk (Jan 25, 1997)', 'the child "
         "(03.08.15)'), as after a name.",
         (("This ICR concerns an adult at risk (Jan 25, 1997).", "Jan 25, 1997"),
          ("She is the mother (03.08.85) of two.", "03.08.85")),
         (("The core group (12/03/2026) met.", "12/03/2026"), ("The review (03.08.25) was late.", "03.08.25"))),
    Rule("dob-answer", "dob", _DOB, "dates.find_dobs",
         "The date answering a question about a birth ('Q2. When was Ann born?' / 'A. On 21-Jun-38.').",
         (("Q2. When was Maelis born?\nA. On 21-Jun-38.", "21-Jun-38"),
          ("What is her date of birth?\n\nA: 9th July 1938", "9th July 1938")),
         (("Q5. When was it ratified?\nA. On 14-Apr-26.", "14-Apr-26"),)),
    Rule("dob-recurrence", "dob", _DOB - 1, "propagate.dob_recurrences",
         "Once a date is given as a birth date, its every mention in the document is one.",
         (("DOB: 12/03/2019.\nOn 12/03/2019 she was born at home.", "On 12/03/2019"),),
         (("DOB: 12/03/2019.\nThe ICR met on 13/03/2026.", "13/03/2026"),)),
    # --- addresses -----------------------------------------------------------------------
    Rule("postcode", "postcode", _PC, "addresses.find_addresses",
         "The UK postcode pattern in capitals, with or without its space.",
         (("She moved to KY7 5QX last year.", "KY7 5QX"), ("Postcode DD84LP", "DD84LP"),
          ("who lived at 98 Example Wynd, Kirkcaldy, KY1\n8WR.", "KY1\n8WR")),
         (("Form A12 was filed.", "A12"),)),
    Rule("postcode-any-case", "postcode", _PC, "addresses.find_addresses",
         "A postcode typed in lower case, with its space and a real postcode area; under a Postcode label "
         "in any case, with or without the space.",
         (("12 stanehill road, kirkcaldy ky1 1aa", "ky1 1aa"),
          ("Postcode: ky12ab", "ky12ab")),
         (("It was the b12 3rd time.", "b12 3rd"), ("item qq1 1aa", "qq1 1aa"),
          ("Postcode: qq12ab", "qq12ab"))),
    Rule("address-before-postcode", "address", _AD, "addresses.find_addresses",
         "The address line a postcode ends: street, town, flat, in capitals or in lower case.",
         (("Lives at 14 Meikleholm Drive, Buckie AB56 1QT.", "14 Meikleholm Drive, Buckie"),
          ("Home: 12 stanehill road, kirkcaldy ky1 1aa", "12 stanehill road, kirkcaldy"),
          ("She lived at:\n3/4\nlintmill court\nkirkcaldy\nky1 5gj\n", "3/4\nlintmill court\nkirkcaldy"),
          ("Mr Prewett, a family friend, of 111 whinnyknowe view,\nperth, ph1 9ep. He", "111 whinnyknowe view,\nperth"),
          # a field's value that goes on below its label, indented
          ("Address:\t3/2 14 Kirkstyle Wynd\n\tStrathmiglo\n\tKY14 7QT", "3/2 14 Kirkstyle Wynd\n\tStrathmiglo"),
          # a named house with no number, its places a comma apart, after a verb of living there
          ("an adult, aged 80, living at tigh na skarreth, achnacrull, inverdrum ky1 1aa.",
           "tigh na skarreth, achnacrull, inverdrum"),
          ("address: the old manse, achnacrull, inverdrum ky1 1aa", "the old manse, achnacrull, inverdrum"),
          # a named dwelling typed in lower case opens a rural address with no number (round 19)
          ("she kept sheep at ormsgill croft, by dunvarrie iv9 8xx.", "ormsgill croft, by dunvarrie"),
          ("Contact: the carer, tel. below; home is whinlatter cottage, kelsby td9 1zz", "whinlatter cottage, kelsby")),
         (("Police Scotland sent it to G1 1AA.", "Police Scotland"),
          # in a table typed with spaces, the cell before the address (an age) is not part of it
          ("Name          Age   Address\nIlsa Varrow   32    16 Corbiehill Road, Dunkellie DD9 4XQ", "32"),
          ("Date of visit: 3 May 2026\nStrathmiglo\nKY14 7QT", "3 May 2026"),
          ("she was living with her aunt, then her gran, near inverdrum ky1 1aa.", "with her aunt"),
          # a field label ends the address: the age on the line above "Address:" stays (round 19)
          ("Date of birth: 02.03.2015   9 years old\nAddress: 4 brackenrig road, kelsby td9 1zz", "9 years old"),
          ("She was seen aged 12\nAddress: 4 brackenrig road, kelsby td9 1zz", "aged 12"))),
    Rule("street-numbered", "address", _AD, "addresses.find_addresses",
         "A house number before capitalised words and a road type, and the town after it ending its clause.",
         (("The family moved to 45 Lintmill Crescent in May.", "45 Lintmill Crescent"),
          ("She stays at 5a Farrant Place, Dunkellie.", "5a Farrant Place, Dunkellie")),
         (("Chapter 4 Children Street Work", "Children Street"),
          ("at 12 Farrant Place, Scotland.", "Scotland"))),
    Rule("street-lower-case", "address", _AD - 1, "addresses.find_addresses",
         "A house number, one or two lower-case words and a road word that is not an everyday noun.",
         (("they moved to 12 gowanlea drive in june", "12 gowanlea drive"),
          ("lives with her at flat 3/r, 71\nwhinnyknowe gardens, in town", "flat 3/r, 71\nwhinnyknowe gardens")),
         (("we met 3 times in court", "3 times in court"), ("a 5 minute walk", "5 minute walk"))),
    Rule("street-unnumbered", "address", _AD - 1, "addresses.find_addresses",
         "One or two capitalised words before an unambiguous road type.",
         (("She was seen in Tannochbrae Crescent.", "Tannochbrae Crescent"),),
         (("It was on The Square.", "The Square"),)),
    Rule("house-name", "address", _AD - 1, "addresses.find_addresses",
         "A dwelling named on its own: a name before Cottage, Farm, Croft, Steading ...",
         (("They stayed at Whinnyknowe Cottage for a week.", "Whinnyknowe Cottage"),),
         (("The Family Cottage service helped.", "Family Cottage"),)),
    Rule("address-field", "address", _AD - 2, "addresses.find_addresses",
         "The value of a field or column labelled address, when it has a number, road or house type.",
         (("Home address: Flat 3, Quarrybrae House", "Flat 3, Quarrybrae House"),),
         (("Address: not known", "not known"),
          # a line of several form fields is no table's header: the row below is no address cell
          ("CHI: 0101011234   NHS no. 943 476 5919\nHome address: flat 3, 8 quarry row, inverdrum ky1 1aa\nAge: aged 4",
           "aged 4"))),
    Rule("street-recurrence", "address", _AD - 1, "addresses.find_recurring_streets",
         "A street or house name found in an address is redacted wherever it recurs.",
         (("Lives at 14 Meikleholm Court, Buckie AB56 1QT. Meikleholm Court is quiet.", "Meikleholm Court is quiet"),),
         (("Lives at 14 Meikleholm Court, Buckie AB56 1QT. The court is quiet.", "The court"),)),
    # --- names ---------------------------------------------------------------------------
    Rule("name-title", "person", _NAME, "names.find_names",
         "A personal or professional title names the next words.",
         (("Mrs Vantongeren attended.", "Vantongeren"), ("Dr Quarrell examined the child.", "Quarrell"),
          ("Dr Tamsyn Lothian saw the child at NHS Lothian.", "Tamsyn Lothian"),
          ("Mr Corvin Mac an tSaoir attended.", "Corvin Mac an tSaoir")),
         (("Dr Gray's Hospital admitted her.", "Gray's"),
          ("Dr Tamsyn Lothian saw the child at NHS Lothian.", "NHS Lothian"),
          # the next line's everyday words are its own row, not more of the name (round 18)
          ("Registered GP: Ms Q Vossel\nConsultations in the last year: 11.", "Consultations"),
          ("Visit 1\nSeen by\nDr Idrana Vossel\nVisit 2\nSeen by\nnobody", "Visit 2"))),
    Rule("name-role-cue", "person", _NAME, "names.find_names",
         "A role or verb with a separator or copula before the words: 'the health visitor, Ann ...'.",
         (("The health visitor, Tamsyn Quarrell, visited.", "Tamsyn Quarrell"),
          ("The reviewers, Tamsyn Quarrell and a colleague, read the records.", "Tamsyn Quarrell"),
          ("A neighbour,\nIdony Prewett, often brought meals.", "Idony Prewett"),
          ("The review team (Oriel Quillan, a nurse) found gaps.", "Oriel Quillan"),
          # a name read on across a line break does not hide the cue on the next line
          ("Lead reviewer - Liesl Farrant\nAuthor - Corvin Daske", "Corvin Daske")),
         (("The health visitor, NHS Fife, visited.", "NHS Fife"),
          ("The reviewers, NHS Fife and Police Scotland, met.", "NHS Fife"),
          # a table's header row: the cell after "Lead" is the next heading
          ("Ref\tAction\tLead\tTarget date\tStatus\nA1\tAudit\tPolice Scotland\t1 May 2026\tOpen", "Target"))),
    Rule("name-copula", "person", _NAME, "names.find_names",
         "A practitioner code, an anonymised label, a numbered role or a role 'of the ...' before is / was: "
         "'SW1 is Ann Example', 'Adult N, is ...', 'the chair of the review was ...'.",
         (("SW1 is Teasdel Vantongeren and HV2 was Brisca Quenby.", "Brisca Quenby"),
          ("The adult at risk, Adult R, is Keturah Marnoch, of the town.", "Keturah Marnoch"),
          ("Practitioner 3 was Idony Prewett.", "Idony Prewett"),
          ("The chair of the review was Zennor Quarrell.", "Zennor Quarrell"),
          ("The subject of this review is Ysella Pardew.", "Ysella Pardew")),
         (("The chair of the review was Police Scotland.", "Police Scotland"),
          ("SW1 is Social Work Scotland.", "Social Work Scotland"),
          ("Section 3 is Learning Points.", "Learning Points"),
          ("The focus of this review is Transitions.", "Transitions"))),
    Rule("name-bare-cue", "person", _NAME, "names.find_names",
         "A relation or a 'by' verb right before the words: 'their mother Ann ...', 'chaired by ...'.",
         (("The meeting was chaired by Idony Prewett.", "Idony Prewett"),
          # a family's or relatives' person, in a quoted reply too
          ("> The family of Ysella Pardew have asked for a copy.", "Ysella Pardew"),
          ("I am writing about my grandchild Oskarine, who was born in 2017.", "Oskarine")),
         (("The meeting was chaired by Police Scotland.", "Police Scotland"),
          ("The family of Schools met.", "Schools"))),
    Rule("name-label", "person", _NAME, "names.find_names",
         "An anonymised label followed by the real name: 'Child Q: Ann ...', 'Mr C (Ann Example)'.",
         (("Child Q: Oriel Vantongeren", "Oriel Vantongeren"),
          ("Mr C (Corvin Daske) left.", "Corvin Daske")),
         (("Child Q: Police Scotland", "Police Scotland"),
          ("Child A, DoB 3.9.19, lives with her mother.", "DoB"))),
    Rule("name-sign-off", "person", _NAME, "names.find_names",
         "The name under a letter's sign-off: Yours sincerely, Kind regards, Thanks, Cheers, Signed.",
         (("Yours sincerely\n\nTamsyn Quarrell\nLead Officer", "Tamsyn Quarrell"),
          ("Kind regards,\nIdony Prewett", "Idony Prewett"),
          ("Kind regards\n\nTAMSYN QUARRELL\nLead Officer", "TAMSYN QUARRELL"),
          # the space left for a signature
          ("Yours faithfully,\n\n\n\nLIESL FARRANT\nChair", "LIESL FARRANT"),
          ("Thanks, Corvin\n\n> From: Example", "Corvin"),
          ("Cheers\nCorvin\n", "Corvin")),
         (("Kind regards\nPolice Scotland", "Police Scotland"),
          ("Yours faithfully,\n\n\n\nExample Child Protection Committee", "Example Child Protection Committee"))),
    Rule("name-birth-after", "person", _NAME, "names.find_names",
         "Words right before DOB / born / a '/ date': a person with a birth date.",
         (("Oriel Vantongeren, born 4 May 2019, lived there.", "Oriel Vantongeren"),
          ("She lived with Tormaid Quillan (March 28, 1995) until 2022.", "Tormaid Quillan"),
          ("Later Eachra (02-04-2024) joined the nursery.", "Eachra")),
         (("The ICR, held 4 May 2026, agreed.", "The ICR"),
          # capital "B." after a word is an initial, not born's "b." (round 18)
          ("Thereafter B.Q. and T.Q. moved to a new flat.", "Thereafter"))),
    Rule("name-apposition", "person", _NAME, "names.find_names",
         "A phrase followed by a role, a label or (for a full name) an age in apposition: 'Ann Example, Lead Officer,'.",
         (("Tamsyn Quarrell, Lead Officer, attended.", "Tamsyn Quarrell"),
          ("Somhairle Mac an t-Quarrell, team leader, told us.", "Somhairle Mac an t-Quarrell"),
          ("a call from Eachra Quillan (a relative, mobile 07700 900418)", "Eachra Quillan"),
          ("farewell to Tormaid ('Tam') Quillan, Team Leader, after", "Tormaid ('Tam') Quillan"),
          ("Eachra Quillan (tel. 01632 960418, e-mail eq@mail.example.net) was a visitor.", "Eachra Quillan"),
          ("Tormaid Quillan, a lodger, had access to bank cards.", "Tormaid Quillan"),
          # an age in apposition after a full name
          ("Isra Tulloch, 6, attends the local primary.", "Isra Tulloch"),
          # an age in words names one word too; a noun only a person is (round 15)
          ("two children: Orvelle, 8 yrs old, and a baby.", "Orvelle"),
          ("after what happened to Yselka (9 years old at the time).", "Yselka"),
          ("This review considers the care of Taskerin Brevandor, an adult at risk.", "Taskerin Brevandor")),
         (("Social Work, Lead Officer, attended.", "Social Work"),
          ("Kirkcaldy, 6, was the venue; Chapter Four, 12, covers it.", "Kirkcaldy"),
          ("Fife Council, an adult protection partner, agreed.", "Fife Council"),
          ("Chapter Four, an adult services overview, follows.", "Chapter Four"))),
    Rule("name-initial", "person", _NAME, "names.find_names",
         "An initial and a surname: 'E. Example', after a bullet too, or opening a sentence when dotted.",
         (("The note by T. Quarrell was filed.", "T. Quarrell"),
          ("a note from T.\nQuarrell was filed", "T.\nQuarrell"),
          ("A letter from S. MacGillQuarrell arrived.", "S. MacGillQuarrell"),
          # after a list's bullet, and opening a sentence when the initial has its full stop
          ("Items noted:\n- T. Quenby to circulate the plan.", "T. Quenby"),
          ("The meeting closed. T. Quenby recorded the concern.", "T. Quenby"),
          ("DRAFT v0.3 - C Quenby - 12/05/2026", "C Quenby")),
         (("See Appendix C Chronology.", "C Chronology"),
          ("In 2025. A Review began.", "A Review"))),
    Rule("name-subject", "person", _NAME, "names.find_names",
         "The subject of a verb only a person does: 'Ann said', 'Ann had left'.",
         (("Later Oriel disclosed the injury.", "Oriel"),
          ("Later Tamsys disclosed the injury.", "Tamsys"),
          ("The bank said that Tormaid held power of attorney.", "Tormaid"),
          ("Tamsyn Quarrell represented NHS Tayside at the ICR.", "Tamsyn Quarrell"),
          ("She said that 'Corvin hit me'.", "Corvin"),
          # what a carer does (round 15)
          ("When the mother went into hospital, Brakkan looked after them, but Brakkan worked nights.", "Brakkan")),
         (("Later Education disclosed the plan.", "Education"),
          ("It was noted that Police Scotland held the records.", "Police Scotland"),
          ("The Committee held a development session.", "Committee"),
          # a charity named by its head word ("Aid", "Advice", "Crisis", "Refuge") is a body
          ("Who Cares? Scotland and Women's Aid attended; Citizens Advice helped.", "Women's Aid"))),
    Rule("name-object", "person", _NAME, "names.find_names",
         "The object of a verb done to a person: 'told Ann', 'lives with Ann', 'Interview with Ann'.",
         (("The worker phoned Idony about the visit.", "Idony"),
          ("Interview with Corvin Daske, 3 May 2026.", "Corvin Daske"),
          ("1 Statement of Corvin Daske, 4 May 2026.", "Corvin Daske")),
         (("The worker phoned Police Scotland about the visit.", "Police Scotland"),
          ("A letter from Police Scotland arrived.", "Police Scotland"))),
    Rule("name-lone-object", "person", _NAME, "names.find_names",
         "A lone word no dictionary knows as the object ending a clause after 'with', or after 'to' where "
         "papers or replies are sent: 'attendance with Ann.', 'Papers to Ann by 30 June'; and who is seen, "
         "heard from, checked on or collected: 'have you seen Ann this week?' (a place is seen at or in).",
         (("13/08/2024 | NHS Fife | A&E attendance at the hospital with Ysella.", "Ysella"),
          ("have you seen Tobrenne this week?", "Tobrenne"),
          ("The school has not heard from Lishmay since May.", "Lishmay"),
          ("Gran collected Corrabel at 3.", "Corrabel"),
          ("Papers to Yoldi by 30 June 2026 please.", "Yoldi"),
          ("Please send your comments on the draft to Keturah by Friday.", "Keturah"),
          ("The letter was copied to Brisca.", "Brisca"),
          # written or spoken to: who receives a letter or a word is a person
          ("The school had written to Perpetua twice; no reply.", "Perpetua")),
         (("A meeting with Education.", "Education"), ("He was seen with CAMHS.", "CAMHS"),
          ("Comments to Inverness by 3 May please.", "Inverness"), ("She moved to Glenrothes by car.", "Glenrothes"),
          ("The letter was copied to Glasgow.", "Glasgow"),
          # "with" a body: no encounter in the clause
          ("The plan was shared with Quarrelton.", "Quarrelton"),
          ("The school had written to Education twice.", "Education"),
          ("She was seen Monday and saw Glasgow colleagues.", "Glasgow"), ("He was seen CAMHS Tayside.", "CAMHS"))),
    Rule("name-pronoun-subject", "person", _NAME, "names.find_names",
         "A sentence's subject, one word no English list knows or a first name, that the next clause calls 'she' "
         "or 'he': 'Ann was the one constant; she told the review ...' (a place or a body is 'it' or 'they').",
         (("Tobrenne was the one constant; she told the review what home was like.", "Tobrenne"),
          ("Staff were worried. Drimmel seemed settled at first, but he said school was hard.", "Drimmel")),
         (("Inverdrum was the one constant; it had a nursery.", "Inverdrum"),
          ("Fife was quiet that year, and she moved away.", "Fife"))),
    Rule("name-at-address", "person", _NAME, "names.find_names",
         "A phrase before 'of' / 'at' / 'who lives at' and a house number or flat: a person and their address.",
         (("The referral concerned Ysella Pardew, of 4 brannock loan, dunkellie dd9 4xq.", "Ysella Pardew"),
          ("Brisca Quenby, who lives at flat 3/2, 5 meikle road, called.", "Brisca Quenby")),
         (("Police Scotland, at 12 harbour road, was told.", "Police Scotland"),
          ("Ysella Pardew of 4 June 2026 was a note.", "June"),
          ("The Care Inspectorate, at 10 am, met.", "Care Inspectorate"),
          ("Kinross House, of 3 floors, was used.", "Kinross House"))),
    Rule("name-possessive", "person", _NAME, "names.find_names",
         "A possessive before a word only a person has: 'Ann's mother'.",
         (("Oriel's mother was at work.", "Oriel"),
          # what a place or a body might have too: only a word no dictionary knows, or a known first name
          ("Ysella's school reported concerns.", "Ysella"),
          ("The death of Idony Prewett was sudden.", "Idony Prewett"),
          ("The views of Eachra were sought.", "Eachra"),
          ("A letter about Zennor Quarrell was sent; the review concerned Keturah.", "Keturah"),
          ("The review into the care of Yselt Draskavel is complete.", "Yselt Draskavel")),
         (("Scotland's mother tongue is rich.", "Scotland"),
          ("The review into the care of Adult B is complete.", "Adult B"),
          ("Glasgow's schools closed; the views of Parents were sought.", "Glasgow"),
          ("St Aidan's school closed. Kinross House's care home.", "Kinross House"),
          ("The views of Parents were sought.", "Parents"),
          ("A briefing about Child Protection was held.", "Child Protection"))),
    Rule("name-agent", "person", _NAME, "names.find_names",
         "The doer after a passive verb and 'by', when no English list knows its words or it opens with a "
         "first name: 'the flat was used by Ann Example' (round 17).",
         (("Her flat was used by Velmorran Quistadt and others.", "Velmorran Quistadt"),
          ("She was repeatedly exploited by Thorvaine Ellisk.", "Thorvaine Ellisk")),
         (("The child was referred by Kelvaith Council.", "Kelvaith Council"),
          ("The plan was agreed by Social Work.", "Social Work"),
          ("It was attended by Adult B.", "Adult B"),
          ("The group is run by Kelvaith and was supported by Ormsgarra.", "Kelvaith"))),
    Rule("name-unknown-pair", "person", _NAME, "names.find_names",
         "Two or three capitalised words in running prose, none an English word, report word or acronym: a "
         "full name's shape whatever the cue; not a heading, not after a place's preposition, not before an "
         "address, only where no other rule found a name (round 17).",
         (("The notes list Ormsgarra Pelquist twice in March.", "Ormsgarra Pelquist"),
          ("Staff, Zandrovic Lyskavo and the nurse, met.", "Zandrovic Lyskavo")),
         (("She moved to Tobrescu Ennisquay in May.", "Tobrescu Ennisquay"),
          ("They lived in Harrowquist Dunmorrow for years.", "Harrowquist Dunmorrow"),
          ("Ath-morvadh Orvane Sellakor / Initial Case Review", "Orvane Sellakor"),
          ("the visit to Lyskavo Farrowdene 12 was late", "Lyskavo Farrowdene"))),
    Rule("name-of-org", "person", _NAME, "names.find_names",
         "A phrase before 'from/of/at' and a known organisation: a person of that body.",
         (("Idony Prewett from Police Scotland called.", "Idony Prewett"),
          ("concerns were raised after Oriel Quillan of NHS Lothian wrote.", "Oriel Quillan")),
         (("Officers from Police Scotland called.", "Officers"),
          ("concerns were raised after Oriel Quillan of NHS Lothian wrote.", "NHS Lothian"))),
    Rule("name-field-stacked", "person", _NAME, "names.find_names",
         "A form extracted one cell per line: a line that is only a person's label ('Name of child', "
         "'Parent', 'Carer', or a role's 'Lead reviewer') and the name on the line below, among other short label "
         "and value lines; the value must read as a name whole (not 'Not Known', 'Duty Team North').",
         (("Name of young person\nUlvara Pellinor\nAge\n15\nSchool\nnone\n", "Ulvara Pellinor"),
          ("Reference\nLR/2026/04\nCarer\nHARLAN TEAGUE\nAddress\nnot known\n", "HARLAN TEAGUE"),
          # a role's label: the value must read as a name whole
          ("Lead reviewer\nTavette Quorl\nDate of meeting\n3 March 2026\n", "Tavette Quorl"),
          # an extractor's empty paragraph between the cells
          ("Name of child\n\nUlvara Pellinor\n\nSchool\n\nnone\n", "Ulvara Pellinor")),
         (("Mother\nThe mother was not seen during the review period because she had moved away.\n",
           "The mother was not seen"),
          ("Parent\nSocial Work Scotland\nSchool\nnone\n", "Social Work Scotland"),
          ("Father\nNot Known\nMother\nUnknown\n", "Not Known"),
          ("Allocated worker\nDuty Team North\nContact\nDuty Desk\n", "Duty Team North"))),
    Rule("name-same-label", "person", _NAME, "names.find_names",
         "A label that holds a found name in one row holds a name in every row: the same label's other values "
         "(a field or a stacked form's label line) that read as a name whole are names, whatever the label says.",
         (("Referral 1\nReferrer\nMrs Ulvara Pellinor\nOutcome\nclosed\nReferral 2\nReferrer\nJorvald Pennickson\n"
           "Outcome\nopen\n", "Jorvald Pennickson"),),
         (("Referral 1\nReferrer\nMrs Ulvara Pellinor\nOutcome\nclosed\nReferral 2\nReferrer\nNot Known\n"
           "Outcome\nopen\n", "Not Known"),
          ("Referral 1\nReferrer\nMrs Ulvara Pellinor\nOutcome\nclosed\nReferral 2\nReferrer\nStrathvarrow "
           "Council\nOutcome\nopen\n", "Strathvarrow Council"))),
    Rule("name-annotation-author", "person", _NAME, "names.find_names",
         "The author's slot of a reviewer's comment or a tracked change, before the colon that opens the "
         "remark, in any case: '[Comment Ann Example: ...]', '[Comment ANN EXAMPLE: ...]', 'Note from ...:'.",
         (("Learning: none yet. [Comment JORVALD PENNICK: please add the date of the IRD]", "JORVALD PENNICK"),
          ("Note from Mirrin Fasket (Team Lead): check the chronology.", "Mirrin Fasket"),
          ("Comment by Selwynna Drast: the two dates agree.", "Selwynna Drast")),
         (("Comment: the Social Work service should add dates.", "Social Work"),
          ("Note: Police Scotland were told.", "Police Scotland"))),
    Rule("name-field", "person", _NAME, "names.find_names",
         "The value of a form field that holds a person: 'Name:', 'Report author:', 'Chair', 'The adult:'.",
         (("Child's name\tOriel Vantongeren", "Oriel Vantongeren"),
          ("In attendance: Idony Prewett (NHS Fife), Tamsyn Quarrell (NHS Tayside)", "Tamsyn Quarrell"),
          # the person the review is about, as the whole label
          ("THE ADULT: ORRIN MARNOCH\n", "ORRIN MARNOCH"),
          ("Subject child:\tOrrin Marnoch", "Orrin Marnoch"),
          ("4a. Child's name: Eachra Quillan", "Eachra Quillan"), ("iv. Name: Ondrea Pardew", "Ondrea Pardew"),
          # a spaced dash between label and value is the same form (round 16)
          ("Father \u2014 TORMAID QUILLAN, b. 1979", "TORMAID QUILLAN"),
          ("Incident date: 2 May 2026\nPatient: Ysella Pardew", "Ysella Pardew"),
          ("Professionals: Lenka Marrach; T. Quenby.", "Lenka Marrach"),
          # a system export's snake-case field names, read with their underscores as spaces
          ("field_reference: LR/2026/04\nfield_submitted_by: Corvin Daske\n", "Corvin Daske")),
         (("Report author: Police Scotland", "Police Scotland"),
          ("THE CHILD: Highland Council", "Highland Council"),
          ("Adult Protection Committee:\tFife", "Fife"))),
    Rule("name-column", "person", _NAME, "names.find_names",
         "A cell in a column headed Name (signatory, distribution, family tables) unless a role or body.",
         (("Name\tDesignation\tAgency\nTamsyn Quarrell\tSenior Social Worker\tNHS Fife", "Tamsyn Quarrell"),
          ("Name | Designation\nIdony Ó Quarrell | Service Manager", "Idony Ó Quarrell"),
          ("| Name | Agency |\n| Oriel Nic a' Prewett | Social Work |", "Oriel Nic a' Prewett"),
          ("Name              Agency\nTamsyn Quarrell   Example Council", "Tamsyn Quarrell"),
          # a name that outgrew its column, the role one space after it
          ("Name            Role\nIlsa Varrow     Chair\nOriel Quillan-Varrow Minute taker", "Oriel Quillan-Varrow"),
          # an export's semicolons with no space after them (round 15)
          ("contact_id;surname;forename;dob;role\n100;Lunaveth;Fenwhistle;13/05/2016;household", "Lunaveth"),
          ("contact_id,surname,forename,dob,role\n100,Lunaveth,Fenwhistle,13/05/2016,household", "Fenwhistle")),
         (("Name\tDesignation\nHealth Visitor\tNHS Fife", "Health Visitor"),
          ("contact_id;surname;forename;dob;role\n100;Lunaveth;Fenwhistle;13/05/2016;household", "household"),
          ("No | Action | Lead\n1 | Audit files | Idony Prewett, Senior Nurse", "Senior Nurse"),
          ("Name              DOB          Relationship\nOriel Prewett     12/03/2019   Self\n"
           "Tamsyn Prewett    04/05/1990   Mother", "Self"),
          ("Action | Lead\nAudit files | Tamsyn Quarrell, Team Leader", "Team Leader"),
          ("Name            Role\nIlsa Varrow     Chair\nOriel Quillan-Varrow Minute taker", "Minute taker"))),
    Rule("name-list", "person", _NAME, "names.find_names",
         "Lines of people under Present / Attendees / Distribution / Apologies, agencies in brackets kept; "
         "in a list laid out with tabs, the first cell.",
         (("Present:\nIdony Prewett (NHS Greater Glasgow and Clyde)\n", "Idony Prewett"),
          ("Present:\n  Tamsyn Quarrell (TQ)\tChair\n  B. Prewett (BP)\tSenior Nurse\n", "B. Prewett"),
          # a bulleted list: the bullet is no part of the name
          ("Distribution\n- Orrin Marnoch\n- Tamsyn Quarrell\n", "Orrin Marnoch")),
         (("Present:\nIdony Prewett (NHS Greater Glasgow and Clyde)\n", "Clyde"),
          ("Household members\nFull name\tD.O.B\nOriel Vantongeren\t12.07.18\n", "Full name"),
          ("Present:\n  Tamsyn Quarrell (TQ)\tChair\n  B. Prewett (BP)\tSenior Nurse\n", "Senior Nurse"))),
    Rule("name-row", "person", _NAME, "names.find_names",
         "A cell that is only a name in a table row (tab or pipe) whose other cell is a role or relationship.",
         (("Tormaid QUILLAN | Chief Social Work Officer | Example Council", "Tormaid QUILLAN"),
          ("Eachra Blairmore\tService Manager\tNHS Fife", "Eachra Blairmore"),
          ("Idony Quillan | Maternal grandmother | as above", "Idony Quillan")),
         (("1 | Strengthen Chronologies | Deliver Training | Team Leader", "Strengthen Chronologies"),
          ("Police Scotland | Detective Sergeant", "Police Scotland"))),
    Rule("name-surname-first", "person", _NAME, "names.find_names",
         "A register entry: upper-case surname, comma, first name.",
         (("QUARRELL, Tamsyn attended.", "QUARRELL"),),
         (("NOTE, Please attend.", "NOTE"),)),
    Rule("name-gazetteer", "person", _NAME, "names.find_names",
         "A known first name opening a two-to-four word phrase, or Mc/Mac/O' surname forms.",
         (("It was agreed that Harriet Vantongeren would attend.", "Harriet Vantongeren"),),
         (("Even page header", "Even"), ("Form 8919 was filed.", "Form"),
          ("She moved to St Aidan's school.", "Aidan"),
          ("Form 8919 was used. Even page header.", "Even"),
          ("Core Data\n\nAge: 9. The data were checked.", "Core Data"))),
    Rule("name-caps", "person", _NAME, "names.find_names",
         "A name in capitals only: two to four upper-case words that a role, label, birth date or verb "
         "names, or that a known first name opens on a line not all in capitals.",
         (("- TAMSYN QUARRELL, Independent Reviewer", "TAMSYN QUARRELL"),
          ("Night carer IDONY PREWETT recorded the bruising.", "IDONY PREWETT"),
          ("the father, TORMAID QUILLAN, b. 1979", "TORMAID QUILLAN"),
          ("Child: HARRIET MAC AN T-QUILLAN    DOB: 08-06-2022", "HARRIET MAC AN T-QUILLAN"),
          ("Night carer ORIEL\nVANTONGEREN recorded it.", "ORIEL\nVANTONGEREN")),
         (("SIGNIFICANT CASE REVIEW\nEXECUTIVE SUMMARY", "EXECUTIVE SUMMARY"),
          ("The health visitor, Tamsyn Quarrell, PLEASE NOTE", "PLEASE NOTE"),
          ("The GRACE PERIOD ends in May.", "GRACE PERIOD"))),
    Rule("name-named-as", "person", _NAME, "names.find_names",
         "A naming verb gives a person's name: 'called Child A \'Kit\'', 'was referred to as Oriel', 'My name is "
         "Ann Example'; a quoted word there is a name, an unquoted one only when it is no English word.",
         (("Family members and practitioners alike called Child A 'Ysolde', and the name stuck.", "Ysolde"),
          ("He was referred to as Halvard in one agency's return.", "Halvard"),
          # a place between the verb and 'as'; the word before a bracketed other name
          ("Adult A was known at the day centre as Teodric.", "Teodric"),
          ("Odalric (known as Teo) was 9 years old.", "Odalric"),
          # a person giving their own name
          ("Appendix 2 - In my own words\n\nMy name is Ysolde Brennagh-Venn. My son was born in 2019.",
           "Ysolde Brennagh-Venn")),
         (("The project was called Transitions.", "Transitions"),
          ("My name is on the form.", "on the form"),
          ("The Hub (known as the base) was closed.", "Hub"),
          ("a meeting called 'Review' was held", "Review"))),
    Rule("name-known-to", "person", _NAME, "names.find_names",
         "A person a service or an adult was known to: 'Adult A was known to Ann Example of the mental health team'; "
         "a service known to ('known to Social Work') is report vocabulary and stays.",
         (("Adult A was known to Tavish Brennagh of the community mental health team.", "Tavish Brennagh"),),
         (("The family was known to Social Work Scotland.", "Social Work"),
          ("The child was known to Police Scotland.", "Police Scotland"))),
    Rule("name-thanked", "person", _NAME, "names.find_names",
         "A word no English list knows thanked and closing its clause: 'Thank you Ann.', 'thanks, Ann!' (a "
         "vocative: whom a speaker addresses).",
         (("CHAIR: Thank you Zephyrine. Actions to Police Scotland.", "Zephyrine"),),
         (("CHAIR: Thank you Chair. Actions follow.", "Chair"), ("Thanks Everyone, see you soon.", "Everyone"))),
    Rule("name-then-at", "person", _NAME, "names.find_names",
         "A footnote or a list item giving a person and where they were then: '[5] Ann, then at Leafield Primary "
         "School.'; a word every English list knows is no name there.",
         (("Footnotes\n[4] Miss Venn, Health Visitor.\n[5] Ysolde, then at Brennagh Primary School.\n", "Ysolde"),),
         (("Notes\n[5] Records, then at the archive.\n", "Records"),)),
    Rule("name-nickname", "person", _NAME, "names.find_names",
         "A nickname in quotes after a found name or after called / known as / nicknamed.",
         (("practitioners called Tormaid \"Bowden\" and knew the family", "Bowden"),
          ("the worker, Tamsyn Quarrell \u2018Sonny\u2019, phoned", "Sonny")),
         (("The so-called \"Review\" was held.", "Review"),)),
    Rule("name-initials", "person", propagate.PROPAGATED_PRIORITY, "propagate.person_findings",
         "Initials of a found full name: defined in brackets after it, or where minutes put an owner "
         "('Action: AE to ...', 'AE advised', alone in an action cell).",
         (("Present:\n  Idony Prewett (IP) \u2013 Chair\n\nIP summarised the referral.", "IP summarised"),
          ("Present:\nTamsyn Quarrell, Lead Officer\n\nAction: TQ to share the chronology.", "TQ"),
          ("Chair: Oriel Vantongeren\nAction\tOwner\nAudit files\tOV\n", "OV"),
          ("Present:\n  F. \u00d3 Quillan (F\u00d3Q)\tLead Officer\n\nF\u00d3Q outlined the referral.", "F\u00d3Q outlined"),
          ("Present:\n  B. Prewett (BP)\tSenior Nurse\n\nAction: BP to audit files.", "BP to")),
         (("Chair: Oriel Vantongeren. The OV tariff was applied.", "OV"),
          ("Idony Prewett (IP) attended. The NHS TQ scheme was raised.", "TQ"))),
    Rule("name-initials-everywhere", "person", propagate.PROPAGATED_PRIORITY, "propagate.person_findings",
         "Initials of a full name found anywhere in the document are that person's in any position and any "
         "form ('OB', 'O.B.', 'O. B.', 'O.B'), before or after the name; not a body's, a service's, a title's "
         "or an everyday abbreviation ('GP', 'TV'), an acronym the document spells out, letters after an "
         "article ('the OB unit'), or an English word beside a word in capitals ('FOLLOW UP').",
         (("Lead reviewer: Oskaia Brindlemoor\n\nDraft 2 (OB) was circulated for comment.", "OB"),
          ("Signed off by Mirrin Fasket.\nChecked by the panel; M. F. read the chronology twice.", "M. F."),
          ("J.P held the file until May. The worker, Jorvald Pennick, closed the case.", "J.P"),
          ("Subject: S.D. (Selwynna Drast), 9 yrs old.", "S.D."),
          ("J.P.'s file was missing. The social worker, Jorvald Pennick, found it.", "J.P.")),
         (("The worker, Oskaia Brindlemoor, phoned. The OB unit was full.", "OB"),
          ("The worker, Wendric Carrack, visited. A Welfare Check (WC) was done; WC visits went on.", "WC visits"),
          ("The worker, Ulvara Pellinor, visited.\nFOLLOW UP ACTIONS\n", "UP"),
          ("The worker, Idrana Vossel, visited. She had IV antibiotics.", "IV"),
          ("The worker, Garrin Pollix, called. GP notes were read.", "GP"))),
    Rule("name-initials-noun", "person", _NAME, "names.find_names",
         "Initials in brackets right after a noun only a person is: 'an adult at risk of harm (QX)', 'the "
         "patient (T.K.)'; letters that spell the noun's words abbreviate it ('young person (YP)').",
         (("A referral for a young woman, an adult at risk of serious harm (QX), was received.", "QX"),
          ("The patient (T.K.) was discharged home.", "T.K.")),
         (("A young person (YP) was seen at school.", "YP"),
          ("An adult at risk (AAR) meeting was held.", "AAR"),
          ("She was a patient (GP) of the practice.", "GP"))),
    Rule("name-initials-author", "person", _NAME, "names.find_names",
         "Initials in the author's slot of a reviewer's comment or a tracked change: '[Comment QV: agreed "
         "final]', 'Edited by T.R.: typo'; a body's letters stay.",
         (("Draft two.\n[Comment QV: agreed final]", "QV"), ("Edited by T.R.: typo fixed", "T.R.")),
         (("Draft two.\n[Comment CPC: noted]", "CPC"),)),
    Rule("name-initials-role", "person", _NAME, "names.find_names",
         "Initials a person's role names, before them or in brackets after: 'Health Visitor KS home visit', "
         "'ZS (Charge Nurse)'; a known acronym is kept.",
         (("Wed 22/01/2025  Health Visitor QK home visit, no answer.", "QK"),
          ("Thu 27/02/2025  Social Worker YV phoned the school.", "YV"),
          ("She told QZ (Charge Nurse) that she was frightened.", "QZ"),
          ("Adult R was cared for by a daughter (QV) at home.", "QV"),
          # a role or kin word in apposition, before or after
          ("The child, QW, was seen at school.", "QW"), ("QW, her mother, was at home.", "QW")),
         (("The Health Visitor SCRA referral was made.", "SCRA"),
          ("She was seen by a nurse (NHS) at home.", "NHS"),
          ("The social worker COG paper was late.", "COG"))),
    Rule("name-initials-kin", "person", _NAME, "names.find_names",
         "Initials with kin are a person's: 'gathered from MT's mother'; a body has no mother, so even a "
         "review acronym ('SW's father') is a person's initials here. So are initials no acronym list knows "
         "with what only a person has ('QW's views', 'QW's injuries').",
         (("the family's views, gathered from QV's mother, to be added", "QV"),
          ("the family's views, gathered from SW's father, to be added", "SW"),
          ("QW's views were not sought.", "QW")),
         (("The CPC's team met on Monday.", "CPC"), ("The CPC's views were sought.", "CPC"),
          ("Social work (SW) and the SW's duty team were told.", "SW"))),
    Rule("name-initials-act", "person", _NAME, "names.find_names",
         "Initials that speak, are spoken to or contacted are a person's: 'T.R. told ZS', 'phoned QT twice'; "
         "so are initials that do what a body never does ('QW shouted') or undergo what is done to a person "
         "('QW was seen by the GP'); a known acronym is kept.",
         (("Q.T. told the nurse that she was frightened.", "Q.T."),
          ("The nurse phoned QY twice.", "QY"), ("QV chaired. The panel met twice.", "QV"),
          ("The neighbour heard that QW shouted at the children.", "QW"),
          ("QW was seen by the GP on Monday.", "QW"),
          ("09/12/24 - police called to a dispute; QK left the house", "QK")),
         (("The nurse phoned SCRA twice.", "SCRA"),
          ("GP said the child was well.", "GP"), ("The GP phoned ENT the same day.", "ENT"),
          ("The NHS was seen as slow.", "NHS"))),
    Rule("name-initials-list", "person", _NAME, "names.find_names",
         "Initials opening the lines of a list ('Review panel\\nMP - Dundee City Council') where the text uses "
         "another line's initials like a person (by role, kin or verb): one list holds one kind of thing; not a "
         "glossary, whose lines spell their letters out.",
         (("Review panel\nQV - Example Council\nKT - NHS Example\n\nKT reported that the nurse saw him.", "QV"),),
         (("Abbreviations\nQV - quality visit\nKT - key task\n\nThe QV was late.", "QV"),
          ("Review panel\nQV - Example Council\nCPC - the committee\n\nQV reported that he was seen.", "CPC"),
          # a glossary spells its letters out: no list of people
          ("Glossary\nQRD - Quarterly Review Day\nVZ - visiting zone\n\nVZ phoned the office.", "QRD"))),
    Rule("name-initials-subject", "person", _NAME, "names.find_names",
         "Initials that a review, a referral or a notification is about are the person it concerns: 'the "
         "referral about QW', 'a learning review for QW', 'the review concerned QW', 'the learning review (Q.W.)'.",
         (("The committee has considered the referral about QW and decided to proceed.", "QW"),
          ("the panel agreed not to proceed to a learning review for QW.", "QW"),
          ("The review concerned QW. It was signed off in May.", "QW"),
          ("Re: outcome of the adult protection learning review (Q.W.)\n", "Q.W.")),
         (("The review concerned NHS Example's discharge practice.", "NHS"),
          ("A referral for CBT was made.", "CBT"), ("The review concerned CSE and online harm.", "CSE"),
          ("Learning Review (Child A)\nChild A (ICR) was held.", "ICR"))),
    Rule("name-initials-key", "person", _NAME, "names.find_names",
         "A key to the initials a review uses: a line that pairs initials with a relationship or a person's "
         "role alone, either way round ('Mother's partner  QW', 'QW = maternal aunt'), the label going on after "
         "a comma with the name or an age ('QW  mother, Ann Example'; a name's own initials take its number; "
         "a title's letters are initials here, 'MR  health visitor'); initials that spell "
         "the label's words ('Health Visitor  HV') and a glossary's lines stay.",
         (("Key to initials\nMother  RW\nMother's partner  QW\n", "QW"),
          ("QW = maternal aunt\nQT = maternal grandmother\n", "QW"),
          ("Glossary of initials\nQH  the child, 6 yrs old\nYP  mother, Ysolde Pellow\n", "QH"),
          ("Glossary of initials\nQH  the child, 6 yrs old\nYP  mother, Ysolde Pellow\n", "YP"),
          ("Glossary of initials\nMR  health visitor, Ms Quorra Venn\nLAAC  looked after and accommodated\n", "MR")),
         (("Family Support Worker  FSW\n", "FSW"), ("QW - quality walk\n", "QW"),
          ("Mother's partner  SW\n", "SW"),
          ("Glossary of initials\nMR  health visitor, Ms Quorra Venn\nLAAC  looked after and accommodated\n", "LAAC"),
          ("Glossary\nSW  social work, the council's service\n", "SW"))),
    Rule("name-initials-age", "person", _NAME, "names.find_names",
         "Initials with an age are a person's: 'QW (aged 4)', 'QW, aged 4,', 'QW is 6 years old'; a span of "
         "time is no age ('CBT (6 weeks)').",
         (("QW (aged 4) lives with her gran.", "QW"), ("QW is 6 years old.", "QW"),
          ("QW, aged 14, moved school.", "QW")),
         (("CBT (6 weeks) was offered.", "CBT"), ("The ICR, aged 4 months, was late.", "ICR"))),
    Rule("name-initials-joined", "person", _NAME, "names.find_names",
         "Initials joined by 'and', '&' or a comma to initials the text uses as a person's are a person's "
         "too: one list holds one kind of thing ('QW and RW were at home' once 'QW told ...').",
         (("QW and RW were at home. QW told the nurse.", "RW"),
          ("The children, QW and RW, were at home.", "RW")),
         (("QW told the nurse. QW and NHS staff met.", "NHS"),
          ("QT and RW were at home.", "RW"))),
    Rule("name-initials-field", "person", _NAME, "names.find_names",
         "Initials with no full name to resolve them: an Initials field, a document-control Author / By column, "
         "the presenter in brackets ending an agenda item; review acronyms are kept.",
         (("Initials and date of birth: QT  13th April 1987", "QT"),
          # a form's question number before the label
          ("Q1. Review subject (initials only): KM\nQ2. Adult or child: child", "KM"),
          ("Version\tDate\tAuthor\tChange\n0.3\t19/08/2026\tTQ\tFirst draft", "TQ"),
          ("3. Final report for ratification (OQ)", "OQ"),
          ("Minute taker: LF\nDate: 3 May 2026", "LF"),
          ("Facilitator: Corvin Daske\nScribe: QV\n", "QV"),
          ("field_reference: LR/2026/04\nfield_subject_initials: QV\n", "QV")),
         (("3. Final report for ratification (COG)", "COG"),
          ("Lead agency: NHS\nChair: TBC", "TBC"),
          ("Version\tDate\tAuthor\tChange\n0.3\t19/08/2026\tCPC\tFirst draft", "CPC"))),
    # --- names written in lower case (lowercase.py) ---------------------------------------
    Rule("name-lower-title", "person", _NAME, "names.find_names",
         "A personal title in lower case before a word outside the everyday English list: 'mr quarrie', "
         "'mrs tolland's name', 'ms novak' (the wide list holds many surnames); not after a determiner or a "
         "number ('her ms relapse', '20 ms').",
         (("i've taken out mr quarrie's name everywhere i could find it", "quarrie"),
          ("the period when mrs tolland and her son moved", "tolland"),
          ("Dear dr quarrie,\n\nplease find attached the review.", "quarrie"),
          ("the flat was visited by ms novak who noted it was cold", "novak"),
          # an Irish surname keeps its apostrophe in lower case (round 15)
          ("hi, the review about mr o'quennick (adult at risk) is done.", "o'quennick")),
         (("ask ms word users to save the form as a pdf", "word"),
          ("he said he would miss tolland street", "tolland"),
          ("her ms relapse was in the spring", "relapse"), ("mr right was never found", "right"))),
    Rule("name-lower-greeting", "person", _NAME, "names.find_names",
         "A lower-case greeting's word that the forename gazetteer knows, everyday first names too ('hi liesl,', "
         "'hi jo,'), not the words people greet with ('hi love,').",
         (("hi liesl,\n\njust to let you know the report is attached.", "liesl"),
          # more on the greeting's line: a word no English list knows
          ("hi odalric, fyi - can you log this for the inspectorate.", "odalric"),
          ("dear halvard tolland,\nplease see attached.", "halvard tolland")),
         (("hi all,\n\njust to let you know the report is attached.", "all"),
          ("hi love,\nsee you at four.", "love"),
          ("hi team,\nattached.", "team"), ("hello there,\nattached.", "there"),
          ("hi all, fyi - can you log this.", "all"))),
    Rule("name-lower-sign-off", "person", _NAME, "names.find_names",
         "A lower-case gazetteer forename alone on the line under a sign-off: 'thanks\\nottilie'.",
         (("thanks\nottilie\nExample Adult Protection Committee", "ottilie"),
          ("kind regards\n\ncasimir\n", "casimir")),
         (("many thanks\nsee you soon", "see"), ("cheers\nteam\n", "team"))),
    Rule("name-email-owner", "person", _NAME, "names.find_names",
         "Two or three words side by side, any case, that an e-mail address in the document spells in full or "
         "as initial and surname ('Teodric Vannalt' and teodric.vannalt@ or tvannalt@): a signature with no "
         "sign-off; a shared inbox's everyday words ('duty.team@') are no one's name.",
         (("Author\nTeodric Vannalt\nEmail: teodric.vannalt@example.gov.uk", "Teodric Vannalt"),
          ("Report prepared\nIlsabet Quorrin\nEmail: iquorrin@example.gov.uk", "Ilsabet Quorrin"),
          ("Report prepared\nIlsabet Quorrin-Vannalt\nEmail: iquorrin-vannalt@example.gov.uk", "Ilsabet Quorrin-Vannalt")),
         (("Duty Team\nEmail: duty.team@example.gov.uk", "Duty Team"),
          ("Social Work\nEmail: socialwork@example.gov.uk", "Social Work"))),
    Rule("name-letter-end", "person", _NAME, "names.find_names",
         "The last line of a letter written in the first person ('I am writing about ...'), two to four "
         "capitalised words that are no vocabulary and not all English: the writer's name, sign-off or not.",
         (("To the complaints team\n\nI am writing about my grandson. Nobody has called back.\n\nYsolt Vannalt-Brevick\n",
           "Ysolt Vannalt-Brevick"),),
         (("To the complaints team\n\nI am writing about my grandson.\n\nNext Steps\n", "Next Steps"),
          ("I am writing to confirm the date.\n\nAction Plan Attached\n", "Action Plan Attached"),
          ("To the team\n\nI am writing about my grandson.\n\nDundee City Council\n", "Dundee City Council"))),
    Rule("name-lower-present", "person", _NAME, "names.find_names",
         "A lower-case notes' attendance label's first name and surname ('present: odalric brevick (sw)') when "
         "no English list knows the first word (four letters or more: 'cpo' is a service) or the gazetteer does.",
         (("present: odalric brevick (sw), duty team\n- mum rang", "odalric brevick"),),
         (("present: duty team, police\n- mum rang", "duty team"), ("apologies: none\n", "none"),
          # a service's acronym typed in lower case
          ("present: cpo, sw, hv\n- mum rang", "cpo"))),
    Rule("name-lower-re", "person", _NAME, "names.find_names",
         "A word of four letters or more that no English list knows after 're' (regarding), alone before a comma "
         "or stop: 'rang re oskarine, says ...'; not a gazetteer name that is also a benefit's ('re pip').",
         (("- mrs drunhoe rang re oskarine, says she moved", "oskarine"),),
         (("- mum rang re housing, says she moved", "housing"), ("- mum rang re pip, says no", "pip"))),
    Rule("name-lower-sender", "person", _NAME, "names.find_names",
         "A lower-case From: display name whose words the sender's address spells (or a gazetteer forename); "
         "a From:, To: or Cc: header with no address at all, whose words are first names or no English word.",
         (("From: halvard tolland <halvard.tolland@example.gov.uk>\nTo: the team", "halvard tolland"),
          ("---------- Forwarded message ---------\nfrom: olvetta marrowick\n\nhi, see below.", "olvetta marrowick")),
         (("From: duty team <duty.team@example.gov.uk>\nTo: the team", "duty team"),
          ("---------- Forwarded message ---------\nfrom: duty team\nto: review panel\n", "review panel"),
          ("From: strategic inbox <si@example.gov.uk>", "strategic inbox"))),
    Rule("name-lower-forename", "person", _NAME, "names.find_names",
         "Where lower-case evidence above (or most sentences opening in lower case) shows the document writes "
         "people in lower case: every lower-case "
         "gazetteer forename that is no common English word, the word before a lower-case surname and a word no "
         "English list knows after a lower-case first name; not a "
         "lower-case public body's words ('angus council') nor family words ('nan').",
         (("hi liesl,\nthe review looked at when feodora moved between two households.", "feodora"),
          ("the period when gwenllian quarrie and mr quarrie separated.", "gwenllian"),
          ("hi liesl,\nthe worker spoke to feodora tolland about the move.", "tolland"),
          # most sentences open in lower case: the writer types everything that way
          ("the report is attached. the review looked at when feodora moved. the cog met in may. it was late.", "feodora")),
         (("the review looked at when feodora moved between two households.", "feodora"),
          ("hi liesl,\nher nan collected her from the ottilie council offices.", "nan"),
          ("hi liesl,\nher nan collected her from the ottilie council offices.", "ottilie"))),
    Rule("name-lower-kin", "person", _NAME, "names.find_names",
         "A relative named in apposition in lower case ('her nephew, ann example'): a first name, or two words "
         "no English list knows; an English word there ('her son, aged four') is no name. It does not switch on "
         "the document-wide lower-case readings.",
         (("Her nephew, casimir vennick (written so in the note), held power of attorney.", "casimir vennick"),
          ("Her daughter ottilie visits on Sundays.", "ottilie")),
         (("Her son, aged four, was at school.", "aged"), ("Her partner left the house.", "left"))),
    Rule("name-lower-label", "person", _NAME, "names.find_names",
         "A lettered label's bracketed name in lower case ('chidl Q (ann example)'): a first name, or two words "
         "no English list knows; one word alone must be a first name, so '(anonymised)' stays.",
         (("backgorund: chidl Q (ottilie vennick) lived with her aunt.", "ottilie vennick"),),
         (("Name of adult:  Adult D (anonymised)", "anonymised"), ("See Appendix B (attached below).", "attached"))),
    Rule("name-lower-field", "person", _NAME, "names.find_names",
         "A form field or a column heading that names a person ('name of adult:', 'referrer:', 'mother', "
         "'name |'), its value typed in lower case: a first name, or two words no English list knows; not under "
         "a label naming a body or a place. It does not switch on the document-wide lower-case readings.",
         (("name of adult: ulvasha korrindel\ndob: unknown", "ulvasha korrindel"),
          ("referrer: merrowin tulloway, nhs example", "merrowin tulloway"),
          ("referred by - orvane pitmuchan, school nurse", "orvane pitmuchan"),
          ("name | relationship\nysmera quennoch | daughter\n", "ysmera quennoch")),
         (("name of adult: not known", "not known"), ("concern: unexplained bruising, tavrisk", "tavrisk"),
          ("name of school: kirkton drimmel", "kirkton drimmel"),
          ("agency | contact\nnhs fife | duty team\n", "duty team"))),
    Rule("name-lower-message", "person", _NAME, "names.find_names",
         "Whom texts were sent to ('sent these texts to ann:') and a word of a quoted text message after its time "
         "stamp that is a first name or no English word: messages are typed in lower case, names with them; a "
         "possessive typed without its apostrophe ('at anns') is the name's. It does not switch on the "
         "document-wide lower-case readings.",
         (("The child sent these texts to ulvadine:\n  [21:14] \"mum im at sarnovys can u come\"", "ulvadine"),
          ("texts:\n  [21:14] \"mum im at sarnovys can u come\"\n  [21:40] \"dont tell sarnovy i said\"", "sarnovy i")),
         (("texts:\n  [21:14] \"mum im at the shop can u come\"", "shop"),
          ("The child sent these texts to police:\n  [21:14] \"help\"", "police"))),
    Rule("name-lower-placed", "person", _NAME, "names.find_names",
         "A note's addressee opening a line ('for ann:', 'fao ann example:') and who lives at an address ('ann "
         "example lives at ...') in lower case: a first name or a word no English list knows; two words when the "
         "second is no English word and the first no everyday one. It does not switch on the document-wide readings.",
         (("handover note\n\nfor pellimore: please phone the school", "pellimore"),
          ("handover note\n\nfor the team: vashtelle corriban lives at the flat above the shop.", "vashtelle corriban")),
         (("handover note\n\nfor info: the family lives at the flat above the shop.", "info"),
          ("handover note\n\nfor info: the family lives at the flat above the shop.", "family"))),
    Rule("name-label-initials", "person", _NAME, "names.find_names",
         "A review's subject given by initials in brackets after its label, dotted or not: 'Child A (AE)', "
         "'Child A (N.H.)', or as the value alone of a subject's field ('Subject: AE', even a service's letters "
         "'Subject: DA': the field names whom the review is about); a report acronym stays.",
         (("ICR: Child A (Q.V.)\nAgencies involved", "Q.V."), ("Child B (QV), d.o.b. unknown", "QV"),
          # the label typed in lower case
          ("the learning review about adult f (QV). the review is complete.", "QV"),
          ("Terms of Reference\nSubject: QW\nLead reviewer: Tavish Brennagh", "QW"),
          ("Subject: DA\nReview commenced: 1 May 2025", "DA")),
         (("Learning Review (Child A)\nChild A (ICR) was held.", "ICR"),
          ("Subject: ICR\nReview commenced: 1 May 2025", "ICR"))),
    Rule("name-salutation", "person", _NAME, "names.find_names",
         "A letter's or an e-mail's greeting names its reader: 'Dear Ann,', 'Hi Ann', 'Good morning Ann Example', 'FAO'.",
         (("Dear Corvin,\n\nThank you for the report.", "Corvin"),
          ("Good morning Liesl Farrant,\nPlease see attached.", "Liesl Farrant"),
          ("Attn Corvin Daske\nExample Council", "Corvin Daske")),
         (("Dear Colleagues,\n\nPlease find attached.", "Colleagues"),
          ("Dear Chief Officers,\nThe report follows.", "Chief Officers"),
          ("Hello Care Inspectorate team,\nAttached.", "Care Inspectorate"),
          ("> Hiya, his dad is picking him up.", "Hiya"))),
    Rule("name-wrote", "person", _NAME, "names.find_names",
         "A reply's quoted header names the writer: 'On 3 May 2026, Ann Example wrote:'.",
         (("> On Monday 4 May 2026, Ysella Pardew wrote:\n> Thanks", "Ysella Pardew"),
          ("On 04/05/2026 10:12, Orrin Kessock <o.k@example.org> wrote:", "Orrin Kessock")),
         (("On 4 May 2026, Police Scotland wrote:", "Police Scotland"),)),
    Rule("name-initials-legend", "person", _NAME, "names.find_names",
         "A key to initials ('Leads: AE = Ann Example; BE - Bo Example'): the name is a person when the "
         "initials before it are its own; the initials elsewhere (a Lead column) are numbered as that person.",
         (("Leads: YB = Ysolde Brannock; LM = Lenka Marrach;", "Lenka Marrach"),
          ("Owner key: CP - Corran Pellow", "Corran Pellow"),
          ("Action owners: SA = Solva Abernite, TJ = Teasdel Jory.", "Teasdel Jory"),
          ("Chair: CD (Corvin Daske)", "Corvin Daske")),
         (("Note: PS = Police Scotland", "Police Scotland"),
          ("Step 2 - Initial Review", "Initial Review"))),
    Rule("name-continuation", "person", _NAME, "names.find_names",
         "A name right after a found name and 'and' / '&': 'Ann Example and Bo Example'.",
         (("Dr Tamsyn Quarrell and Idony Prewett, both of them.", "Idony Prewett"),
          # the one word before "and" a one-word name found on its own evidence
          ("Eachra and Ysella live with their gran.", "Eachra"),
          ("VPD raised: Oriel Quillan and Ms Prewett at the flat.", "Oriel Quillan")),
         (("Dr Tamsyn Quarrell and Police Scotland attended.", "Police Scotland"),)),
    Rule("name-caps-surname", "person", _NAME, "names.find_names",
         "An upper-case word right after a found name is its surname ('Ann EXAMPLE'), unless an acronym or report word.",
         (("Chair: Idony PREWETT (Social Work)", "PREWETT"), ("The health visitor, Tamsyn O'QUARRELL, visited.", "O'QUARRELL"),
          ("Mrs Oriel D'VANTONGEREN attended.", "D'VANTONGEREN")),
         (("Tamsyn Quarrell CAMHS attended.", "CAMHS"), ("Idony Prewett NHS Fife attended.", "NHS"),
          ("The health visitor, Tamsyn Quarrell, PLEASE NOTE", "PLEASE NOTE"))),
    Rule("name-position", "person", _NAME, "names.find_names",
         "A structural default: in a position where people are written (a table cell, a form value after a "
         "label, colon, dot leader or dash, the indented line under a label, a list item, the line under a "
         "sign-off, a bracket, a tracked comment's author, a message sender opening a line, after an "
         "initial), capitalised words that no dictionary, keep term, public body or report vocabulary "
         "explains are a person; in prose they stay suspects (positions.py).",
         (("[14:02] Zorvella: Can I come at 4?\n[14:05] Mum: no", "Zorvella"),
          # the sender after whatever time stamp the app prints, or on a line of their own with the time
          ("[2026-03-12 09:12] Ulvasha Korrindel: any news?", "Ulvasha Korrindel"),
          ("12/03/2026, 2:02 pm - Orvane Pitmuchan: on my way", "Orvane Pitmuchan"),
          ("Gwendral Haskeld  09:12\ncan you ring me back", "Gwendral Haskeld"),
          ("Full name ............ Zorvella Quintane\nD.O.B ........ unknown", "Zorvella Quintane"),
          ("was born then[Commented [ZQ1]: Yevka Drossel: please check this]", "Yevka Drossel"),
          ("Please acknowledge receipt to me or to I Kestrova.", "I Kestrova"),
          ("SUBJECT: KESTROVA Yevka\nDATE OF CONCERN: 3 May 2026", "KESTROVA Yevka"),
          ("Allocated to:\n      Ilvane Tarquay\n\nDate of referral:\n      3 May 2026", "Ilvane Tarquay")),
         (("Agencies involved: Police Scotland, Ilvanehope, Example Council.", "Ilvanehope"),
          ("6. Anonymised report attached: Yes", "Anonymised"),
          ("OFFICIAL\tTarquay CPC \u2013 ICR Child Y \u2013 Final", "Tarquay"),
          ("14/10/2025 | Referral to social work | Comhairle nan Eilean Siar", "Comhairle nan Eilean Siar"),
          ("Action\tStatus\nAudit files\tAmber\nTrain staff\tRed", "Amber"),
          ("Lives at home | Part-time\n", "Part-time"),
          ("[14:02] Mum: can I come at 4?", "Mum"),
          ("[2026-03-12 09:12] Mum: no", "Mum"), ("Police Scotland  09:12\non our way", "Police Scotland"),
          # a name opens its piece; the piece after a place's head word is its town
          ("Living circumstances: resident at Ilvanehope House, Quarrelton, since May", "Quarrelton"),
          ("Living circumstances: resident at Ilvanehope Nursing Home", "Ilvanehope"),
          # a label or a column that names places, bodies, languages or systems holds no person
          ("Area\tReferrals\nIlvanehope\t12\n", "Ilvanehope"),
          ("Living circumstances: resident in a care home (Tarquayhope House Care Home)", "Tarquayhope House"), ("Language: Tigrinya\nReligion: none", "Tigrinya"))),
    Rule("name-position-initials", "person", _NAME, "names.find_names",
         "Initials where the position says they are a person's: the value of a label or cell that says "
         "initials or names the review's subject, a bracket opening 'initials', a tracked comment's tag "
         "(a word processor writes its author's initials and a number), the owner after a dash ending an "
         "action item, a transcript's speaker ('ZB: I visited ...' among three turns or more); a review "
         "acronym is kept.",
         (("Child \u2014 Child A (initials ZQ)", "ZQ"), ("| Child | YD, aged 4 |\n| Decision | Proceed |", "YD"),
          ("Y.D.  | child's initials\n19/09/2009  | child's date of birth", "Y.D."),
          ("the date[Commented [ZQ1]: please check]", "ZQ1"),
          ("Actions\n- check health records - YK\n- contact SCRA - TD\n", "YK"),
          # a form's rows numbered; a family member's label names a person as the subject's does
          ("NOTIFICATION OF OUTCOME\n\n1) Child: QW\n2) Type: Learning Review", "QW"),
          ("| Mother's partner | QW |\n| Agency | Police |", "QW"),
          # a transcript's speakers (three turns or more, two speakers or more; round 15)
          ("CHAIR (Ingarde Holmquay): We are here about the child.\nZB: School saw bruising on Monday.\n"
           "VQ: I visited and she was quiet.\n", "ZB")),
         (("Subject: RE: outcome notification", "RE"),
          ("QX: School saw bruising on Monday.\nChair: Thank you all.\n", "QX"),
          ("Chair: We are here about the child.\nSW: School saw bruising on Monday.\n"
           "HV: I visited and she was quiet.\n", "HV"), ("| Child's initials | TBC |", "TBC"),
          ("Actions\n- send the report to the COG - CPC\n", "CPC"))),
    Rule("name-propagated", "person", propagate.PROPAGATED_PRIORITY, "propagate.person_findings",
         "Once a name is known, every capitalised mention of its words in the document goes; a word no English "
         "list knows goes in lower case too ('vannalt' in a chronology after 'Mrs Vannalt'); a capitalised word "
         "joined by a comma, 'and', 'or' or '&' to a first name the document uses alone is a name of the same "
         "list ('lived with Ann, Bo and Cai' once 'Ann told us'), also across a bracketed aside ('Ann (Child A) "
         "and Bo').",
         (("Mrs Vantongeren attended. The Vantongeren case closed.", "Vantongeren case"),
          ("Quorra lived with Tavish, Brennagh and Ysolde. Tavish told us that she was frightened.", "Brennagh and"),
          ("Quorra lived with Tavish, Brennagh and Ysolde. Tavish told us that she was frightened.", "Ysolde."),
          ("Mrs Vannalt attended the review.\n12/03/25 - HV visit; vannalt low in mood", "vannalt low"),
          # each part of a double-barrelled surname is also used alone
          ("The worker, Lenka Brathen-Marrach, visited. The view of Marrach was not revisited.", "of Marrach"),
          # joined across a bracketed aside (round 18)
          ("Two boys, Wendric (Child B, aged 7) and Jorvald, went out. Wendric said he was happy.", "Jorvald,"),
          # a family named by its surname's plural, possessive or not (round 19)
          ("The carers, Ulvara and Tomsk Pennickard, took her in. She moved to the Pennickards' flat.",
           "Pennickards"),
          ("Mr Dravonek attended. The Dravoneks were not at home when the nurse called.", "Dravoneks were")),
         (("Mrs Rose attended. A rose was on the table.", "rose was"),
          ("Mrs Rose attended. Roses were on the table.", "Roses were"),
          ("The worker, Lenka Brathen-Marrach, visited the Scottish Borders.", "Scottish Borders"),
          ("The worker, Hope Vannalt, visited. there was little hope of change.", "hope of change"),
          ("Tavish told us. The health visitor met Tavish and Police Scotland.", "Police Scotland"),
          ("Tavish told us. Tavish, Education and Social Work met.", "Education"),
          ("Wendric told us. Wendric (Child B) and Police Scotland met.", "Police Scotland"))),
    Rule("name-addressee", "person", _NAME, "names.find_names",
         "A letter's addressee block names its reader on the line above their post: a line of a name alone over "
         "a line that ends with a role word (round 19).",
         (("Date: 3.4.26\n\nVorna Peltarek\nStrategic Inspector\nCare Inspectorate\n", "Vorna Peltarek"),
          ("To:\n  Hallam Quistbury,\n  Senior Practitioner\n  Children's Services\n", "Hallam Quistbury")),
         (("Public Protection Unit\nLead Officer\nTel: 01632 960418\n", "Public Protection Unit"),
          ("Social Work Services\nDuty Manager\n", "Social Work Services"))),
    Rule("name-short-form", "person", propagate.PROPAGATED_PRIORITY, "propagate.person_findings",
         "A quoted word that is the first letters of a found name's word is that person's short form "
         "('Ysol' for Ysoldena): quoted, because a capitalised prefix alone can be an English word (round 19).",
         (("Mrs Ysoldena Tarrenby attended. Staff wrote \u2018Ysol\u2019 on her file.", "Ysol\u2019 on"),
          ("| Name | Corvinal Haldessy |\n| Known to staff as | \"Corv\" |", "Corv\" |")),
         (("Mr William Tarrenby attended. Will he come? 'Will' was the heading.", "Will he"),
          ("Mrs Ysoldena Tarrenby attended. She said 'Yes' twice.", "Yes"))),
    Rule("name-ocr-variant", "person", propagate.PROPAGATED_PRIORITY, "propagate.person_findings",
         "A scanned page's OCR reads letters of a found name as digits (0 for o, 1 for l or i, 5 for s): a word "
         "that is a found name's word once those are made one is that name, wherever it stands (round 19).",
         (("Mother: Ysolde Tarrenby\nThe child's mother, Yso1de, said she fell.", "Yso1de"),
          ("Prepared for Corvin Haldessy.\nH0ldessy is wrong; Ha1dessy agreed the plan.", "Ha1dessy")),
         (("Mother: Ysolde Tarrenby\nThe child's mother, Yso1de, said she fell.", "Mother"),
          ("Prepared for Corvin Haldessy.\nRoom 101 and B1 were booked.", "B1"))),
)

BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}
