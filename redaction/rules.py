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
         (("Her number 943 476 5919 was given.", "943 476 5919"),),
         (("Order 943 476 5910 was sent.", "943 476 5910"),)),
    Rule("nhs-label", "nhs", _ID + 1, "identifiers.find_identifiers",
         "A ten-digit number labelled NHS number is one whatever its check digit.",
         (("NHS number: 943 476 5918", "943 476 5918"), ("NHS No. 9434765918", "9434765918"),
          ("Name\tNHS number\nOriel Vantongeren\t943 476 5918", "943 476 5918")),
         (("NHS Fife sent 9434765918 leaflets.", "9434765918"),)),
    Rule("ni", "ni", _ID, "identifiers.find_identifiers",
         "The National Insurance number pattern (two letters, six digits, A-D).",
         (("NI number JT 12 34 56 C is on file.", "JT 12 34 56 C"),),
         (("Form AB 12 was filed.", "AB 12"),)),
    # --- dates of birth ------------------------------------------------------------------
    Rule("dob-cue", "dob", _DOB, "dates.find_dobs",
         "A date right after DOB, D.O.B., date of birth, born (on): a birth date.",
         (("Oriel (born on 4 May 2019) lives at home.", "4 May 2019"), ("d.o.b. 04/05/2019", "04/05/2019")),
         (("The review met on 4 May 2026.", "4 May 2026"), ("She was aged 4 in 2026.", "2026"))),
    Rule("dob-after-name", "dob", _DOB, "dates.find_dobs",
         "A date alone in brackets right after a name is how birth dates of family members are written.",
         (("Oriel Vantongeren (12/03/2019) lives with her mother.", "12/03/2019"),
          ("Young Person C (Idony Prewett) (07.09.2011) moved school.", "07.09.2011"),
          ("Child B ([PERSON 4]) (2 Feb 2020) lives with her aunt.", "2 Feb 2020")),
         (("The meeting (12/03/2026) was held.", "12/03/2026"),
          ("The review (Part 2) (12/03/2026) was held.", "12/03/2026"))),
    Rule("dob-field", "dob", _DOB, "dates.find_dobs",
         "The value of a form field labelled as a birth date.",
         (("Date of birth (as recorded by the school office staff)\t12/03/2019", "12/03/2019"),),
         (("Date of referral\t12/03/2026", "12/03/2026"),)),
    Rule("dob-column", "dob", _DOB, "dates.find_dobs",
         "A date in a table column headed Date of birth / DOB / D.O.B.",
         (("Name\tRelationship\tDOB\nOriel\tDaughter\t12/03/2019", "12/03/2019"),
          ("Name | Relationship | D.O.B.\nOriel | Daughter | 12-03-2019", "12-03-2019"),
          ("| Relationship | Date of birth |\n| Grandfather | 4 Jun 1958 |", "4 Jun 1958")),
         (("Date\tEvent\n12/03/2026\tReview commenced", "12/03/2026"),
          ("| Date | Event |\n| 12/03/2026 | Review commenced |", "12/03/2026"))),
    Rule("dob-recurrence", "dob", _DOB - 1, "propagate.dob_recurrences",
         "Once a date is given as a birth date, its every mention in the document is one.",
         (("DOB: 12/03/2019.\nOn 12/03/2019 she was born at home.", "On 12/03/2019"),),
         (("DOB: 12/03/2019.\nThe ICR met on 13/03/2026.", "13/03/2026"),)),
    # --- addresses -----------------------------------------------------------------------
    Rule("postcode", "postcode", _PC, "addresses.find_addresses",
         "The UK postcode pattern in capitals, with or without its space.",
         (("She moved to KY7 5QX last year.", "KY7 5QX"), ("Postcode DD84LP", "DD84LP")),
         (("Form A12 was filed.", "A12"),)),
    Rule("postcode-any-case", "postcode", _PC, "addresses.find_addresses",
         "A postcode typed in lower case, with its space and a real postcode area.",
         (("12 stanehill road, kirkcaldy ky1 1aa", "ky1 1aa"),),
         (("It was the b12 3rd time.", "b12 3rd"), ("item qq1 1aa", "qq1 1aa"))),
    Rule("address-before-postcode", "address", _AD, "addresses.find_addresses",
         "The address line a postcode ends: street, town, flat, in capitals or in lower case.",
         (("Lives at 14 Meikleholm Drive, Buckie AB56 1QT.", "14 Meikleholm Drive, Buckie"),
          ("Home: 12 stanehill road, kirkcaldy ky1 1aa", "12 stanehill road, kirkcaldy"),
          ("She lived at:\n3/4\nlintmill court\nkirkcaldy\nky1 5gj\n", "3/4\nlintmill court\nkirkcaldy")),
         (("Police Scotland sent it to G1 1AA.", "Police Scotland"),)),
    Rule("street-numbered", "address", _AD, "addresses.find_addresses",
         "A house number before capitalised words and a road type.",
         (("The family moved to 45 Lintmill Crescent in May.", "45 Lintmill Crescent"),),
         (("Chapter 4 Children Street Work", "Children Street"),)),
    Rule("street-lower-case", "address", _AD - 1, "addresses.find_addresses",
         "A house number, one or two lower-case words and a road word that is not an everyday noun.",
         (("they moved to 12 gowanlea drive in june", "12 gowanlea drive"),),
         (("we met 3 times in court", "3 times in court"), ("a 5 minute walk", "5 minute walk"))),
    Rule("street-unnumbered", "address", _AD - 1, "addresses.find_addresses",
         "One or two capitalised words before an unambiguous road type.",
         (("She was seen in Tannochbrae Crescent.", "Tannochbrae Crescent"),),
         (("It was on The Square.", "The Square"),)),
    Rule("house-name", "address", _AD - 1, "addresses.find_addresses",
         "A dwelling named on its own: a name before Cottage, Farm, Croft, Lodge ...",
         (("They stayed at Whinnyknowe Cottage for a week.", "Whinnyknowe Cottage"),),
         (("The Family Cottage service helped.", "Family Cottage"),)),
    Rule("address-field", "address", _AD - 2, "addresses.find_addresses",
         "The value of a field or column labelled address, when it has a number, road or house type.",
         (("Home address: Flat 3, Quarrybrae House", "Flat 3, Quarrybrae House"),),
         (("Address: not known", "not known"),)),
    Rule("street-recurrence", "address", _AD - 1, "addresses.find_recurring_streets",
         "A street or house name found in an address is redacted wherever it recurs.",
         (("Lives at 14 Meikleholm Court, Buckie AB56 1QT. Meikleholm Court is quiet.", "Meikleholm Court is quiet"),),
         (("Lives at 14 Meikleholm Court, Buckie AB56 1QT. The court is quiet.", "The court"),)),
    # --- names ---------------------------------------------------------------------------
    Rule("name-title", "person", _NAME, "names.find_names",
         "A personal or professional title names the next words.",
         (("Mrs Vantongeren attended.", "Vantongeren"), ("Dr Quarrell examined the child.", "Quarrell"),
          ("Dr Tamsyn Lothian saw the child at NHS Lothian.", "Tamsyn Lothian")),
         (("Dr Gray's Hospital admitted her.", "Gray's"),
          ("Dr Tamsyn Lothian saw the child at NHS Lothian.", "NHS Lothian"))),
    Rule("name-role-cue", "person", _NAME, "names.find_names",
         "A role or verb with a separator or copula before the words: 'the health visitor, Ann ...'.",
         (("The health visitor, Tamsyn Quarrell, visited.", "Tamsyn Quarrell"),),
         (("The health visitor, NHS Fife, visited.", "NHS Fife"),)),
    Rule("name-bare-cue", "person", _NAME, "names.find_names",
         "A relation or a 'by' verb right before the words: 'their mother Ann ...', 'chaired by ...'.",
         (("The meeting was chaired by Idony Prewett.", "Idony Prewett"),),
         (("The meeting was chaired by Police Scotland.", "Police Scotland"),)),
    Rule("name-label", "person", _NAME, "names.find_names",
         "An anonymised label followed by the real name: 'Child Q: Ann ...'.",
         (("Child Q: Oriel Vantongeren", "Oriel Vantongeren"),),
         (("Child Q: Police Scotland", "Police Scotland"),)),
    Rule("name-sign-off", "person", _NAME, "names.find_names",
         "The name under a letter's sign-off: Yours sincerely, Kind regards, Signed.",
         (("Yours sincerely\n\nTamsyn Quarrell\nLead Officer", "Tamsyn Quarrell"),
          ("Kind regards,\nIdony Prewett", "Idony Prewett")),
         (("Kind regards\nPolice Scotland", "Police Scotland"),)),
    Rule("name-birth-after", "person", _NAME, "names.find_names",
         "Words right before DOB / born / a '/ date': a person with a birth date.",
         (("Oriel Vantongeren, born 4 May 2019, lived there.", "Oriel Vantongeren"),),
         (("The ICR, held 4 May 2026, agreed.", "The ICR"),)),
    Rule("name-apposition", "person", _NAME, "names.find_names",
         "A phrase followed by a role or a label in apposition: 'Ann Example, Lead Officer,'.",
         (("Tamsyn Quarrell, Lead Officer, attended.", "Tamsyn Quarrell"),),
         (("Social Work, Lead Officer, attended.", "Social Work"),)),
    Rule("name-initial", "person", _NAME, "names.find_names",
         "An initial and a surname: 'E. Example'.",
         (("The note by T. Quarrell was filed.", "T. Quarrell"),),
         (("See Appendix C Chronology.", "C Chronology"),)),
    Rule("name-subject", "person", _NAME, "names.find_names",
         "The subject of a verb only a person does: 'Ann said', 'Ann had left'.",
         (("Later Oriel disclosed the injury.", "Oriel"),),
         (("Later Education disclosed the plan.", "Education"),)),
    Rule("name-object", "person", _NAME, "names.find_names",
         "The object of a verb done to a person: 'told Ann', 'lives with Ann'.",
         (("The worker phoned Idony about the visit.", "Idony"),),
         (("The worker phoned Police Scotland about the visit.", "Police Scotland"),)),
    Rule("name-possessive", "person", _NAME, "names.find_names",
         "A possessive before a word only a person has: 'Ann's mother'.",
         (("Oriel's mother was at work.", "Oriel"),),
         (("Scotland's mother tongue is rich.", "Scotland"),)),
    Rule("name-of-org", "person", _NAME, "names.find_names",
         "A phrase before 'from/of/at' and a known organisation: a person of that body.",
         (("Idony Prewett from Police Scotland called.", "Idony Prewett"),),
         (("Officers from Police Scotland called.", "Officers"),)),
    Rule("name-field", "person", _NAME, "names.find_names",
         "The value of a form field that holds a person: 'Name:', 'Report author:', 'Chair'.",
         (("Child's name\tOriel Vantongeren", "Oriel Vantongeren"),
          ("In attendance: Idony Prewett (NHS Fife), Tamsyn Quarrell (NHS Tayside)", "Tamsyn Quarrell")),
         (("Report author: Police Scotland", "Police Scotland"),)),
    Rule("name-column", "person", _NAME, "names.find_names",
         "A cell in a column headed Name (signatory, distribution, family tables) unless a role or body.",
         (("Name\tDesignation\tAgency\nTamsyn Quarrell\tSenior Social Worker\tNHS Fife", "Tamsyn Quarrell"),
          ("Name | Designation\nIdony Ó Quarrell | Service Manager", "Idony Ó Quarrell"),
          ("| Name | Agency |\n| Oriel Nic a' Prewett | Social Work |", "Oriel Nic a' Prewett")),
         (("Name\tDesignation\nHealth Visitor\tNHS Fife", "Health Visitor"),
          ("No | Action | Lead\n1 | Audit files | Idony Prewett, Senior Nurse", "Senior Nurse"),
          ("Action | Lead\nAudit files | Tamsyn Quarrell, Team Leader", "Team Leader"))),
    Rule("name-list", "person", _NAME, "names.find_names",
         "Lines of people under Present / Attendees / Distribution / Apologies, agencies in brackets kept.",
         (("Present:\nIdony Prewett (NHS Greater Glasgow and Clyde)\n", "Idony Prewett"),),
         (("Present:\nIdony Prewett (NHS Greater Glasgow and Clyde)\n", "Clyde"),
          ("Household members\nFull name\tD.O.B\nOriel Vantongeren\t12.07.18\n", "Full name"))),
    Rule("name-surname-first", "person", _NAME, "names.find_names",
         "A register entry: upper-case surname, comma, first name.",
         (("QUARRELL, Tamsyn attended.", "QUARRELL"),),
         (("NOTE, Please attend.", "NOTE"),)),
    Rule("name-gazetteer", "person", _NAME, "names.find_names",
         "A known first name opening a two-to-four word phrase, or Mc/Mac/O' surname forms.",
         (("It was agreed that Harriet Vantongeren would attend.", "Harriet Vantongeren"),),
         (("Even page header", "Even"), ("Form 8919 was filed.", "Form"))),
    Rule("name-continuation", "person", _NAME, "names.find_names",
         "A name right after a found name and 'and' / '&': 'Ann Example and Bo Example'.",
         (("Dr Tamsyn Quarrell and Idony Prewett, both of them.", "Idony Prewett"),),
         (("Dr Tamsyn Quarrell and Police Scotland attended.", "Police Scotland"),)),
    Rule("name-caps-surname", "person", _NAME, "names.find_names",
         "An upper-case word right after a found name is its surname ('Ann EXAMPLE'), unless an acronym or report word.",
         (("Chair: Idony PREWETT (Social Work)", "PREWETT"), ("The health visitor, Tamsyn O'QUARRELL, visited.", "O'QUARRELL"),
          ("Mrs Oriel D'VANTONGEREN attended.", "D'VANTONGEREN")),
         (("Tamsyn Quarrell CAMHS attended.", "CAMHS"), ("Idony Prewett NHS Fife attended.", "NHS"),
          ("The health visitor, Tamsyn Quarrell, PLEASE NOTE", "PLEASE NOTE"))),
    Rule("name-propagated", "person", propagate.PROPAGATED_PRIORITY, "propagate.person_findings",
         "Once a name is known, every capitalised mention of its words in the document goes.",
         (("Mrs Vantongeren attended. The Vantongeren case closed.", "Vantongeren case"),),
         (("Mrs Rose attended. A rose was on the table.", "rose was"),)),
)

BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}
