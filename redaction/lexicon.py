"""Word lists the recognisers share: titles, roles, organisation words, street forms.

These are words of the trade (how Scottish child-protection reports name roles, services and
streets), never names of people or places taken from any document. Everything is compared
in lower case.
"""

from __future__ import annotations

UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
APOSTROPHES = "'\u2019"

# Before a name; kept outside the redacted span ("Ms [PERSON 2]").
TITLES = frozenset(
    """mr mrs ms miss mx dr doctor prof professor sir dame lady lord rev reverend revd fr
    sgt sergeant insp inspector constable pc dc ds di dci dsi supt superintendent det detective
    cllr councillor nurse sister midwife judge sheriff""".split()
)

# Roles and relationships that introduce a name: "the health visitor, Ann Example".
ROLE_WORDS = frozenset(
    """visitor worker nurse midwife teacher headteacher head officer manager practitioner
    paediatrician consultant doctor gp psychiatrist psychologist therapist dietitian dietician
    dentist pharmacist physiotherapist solicitor lawyer advocate reporter chair chairperson
    convener convenor reviewer author clerk taker minute secretary coordinator co-ordinator
    lead director administrator sergeant constable inspector detective paramedic police
    mother father mum dad parent parents carer carers grandmother grandfather grandparent
    grandparents gran granny grandad aunt uncle cousin brother sister sibling siblings son
    daughter stepfather stepmother step-father step-mother partner boyfriend girlfriend
    husband wife fiance fiancee neighbour friend relative relatives child baby infant pupil cpn hv cso tutor
    guardian foster kinship chaplain advisor adviser assistant supervisor keyworker
    contact presenter signed prepared completed by author leader commander grandson granddaughter
    grandchild grandchildren niece nephew stepson stepdaughter""".split()
)

# Roles that name the person right after them even without punctuation ("her mother Ann").
BARE_CUE_ROLES = frozenset(
    """visitor worker nurse midwife teacher headteacher practitioner paediatrician consultant
    psychiatrist psychologist therapist dietitian dietician solicitor reviewer mother father mum
    dad parents carer carers grandmother grandfather gran granny grandad aunt uncle cousin
    brother sister son daughter stepfather stepmother step-father step-mother partner boyfriend
    girlfriend husband wife neighbour friend cpn hv keyworker grandson granddaughter grandchild niece
    nephew stepson stepdaughter""".split()
)

# Capitalised words that are not names, whatever a gazetteer says.
NOT_NAMES = frozenset(
    """the a an this that these those their there they them his her hers he she it its we our
    you your i my me in on at of for by to from with without when where what who whom whose
    why how if then than but and or nor not no yes all any some each both either neither
    none many most more much few other another such same following during after before since
    until while as also only just however although though because therefore thus there here
    members member staff parents parent agencies agency police health education social work
    services service child children childs young person people mother father sibling
    grandmother grandfather grandparent aunt uncle partner carer carers family families
    chief officer officers lead chair review reviews case significant initial learning
    committee council group report reports summary part date meeting meetings decision
    outcome outcomes findings finding recommendation recommendations royal general key
    national guidance act protection care inspectorate reporter team hospital practice
    school nursery academy centre unit clinic board trust partnership authority department
    office procurator fiscal crown court sheriff scotland scottish england english wales
    welsh britain british ireland irish uk gb nhs cpc cog icr scr lr ird cpn gp ae hv
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun today yesterday tomorrow notes note item items apologies business agenda
    minute minutes present absent attendees attendance background context conclusion
    conclusions summary purpose discussion rationale approval approved ratified ratification
    deferred restricted published version draft final protect personal official sensitive
    confidential page appendix annex section table figure contents introduction overview
    target deadline timescale timescales progress
    foreword acknowledgements methodology terms reference questions question episode
    episodes information circumstances actions action plan plans signed contact regards
    dear yours sincerely faithfully kind best wishes thanks thank please enclosed enclose
    hi hello hiya morning afternoon evening cheers colleague colleagues friends everyone sir madam
    subject detail details name names address dob number telephone tel phone mobile email
    e-mail fax ref reference our your mr mrs ms miss dr sergeant nurse doctor professor
    safeguarding adult adults public private independent multi-agency interagency
    inter-agency mental physical emotional neglect abuse harm risk domestic sexual
    criminal justice housing youth early years primary secondary high community local
    city county region regional area north south east west northern southern eastern
    western central greater upper lower new old st saint great
    wellbeing named paternal maternal step day week month year weeks months years
    morning afternoon evening night january february march october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    first second third fourth fifth one two three four five six seven eight nine ten
    minute-taker chairperson sign-off sign off post pre via re cc bcc fao attn attention
    dietetic paediatric paediatrics dental maternity midwifery obstetric neonatal
    emergency accident ward surgery medical medicine psychiatry psychology tayside
    grampian lothian highland fife borders lanarkshire ayrshire dumfries galloway forth
    valley clyde orkney shetland isles western islands argyll bute role roles position
    designation organisation organization relationship title status age signature tbc n/a
    later afterwards meanwhile subsequently eventually initially previously recently soon now
    once again still also finally overall additionally
    senior principal deputy depute strategic co divisional""".split()
)

# Upper-case abbreviations of services and bodies that can follow a person's name in a
# table or a minute ("Ann Example CAMHS"): not an upper-case surname.
ACRONYMS = frozenset(
    """camhs scra hscp hscps mash adp swia cswo adhd pvg cypf ahp ahps aye caf gird girfec nhsggc
    apc ppc cpo cpr crn dwp hmrc copfs sps mappa marac idaa idva nspcc rsvp asap ooh""".split()
)

# Everyday abbreviations in capitals that a person's initials may spell ("Tam Vost" and the TV
# she watched, "Ann Moss" and 10 AM), and the letters of roles and services a review writes
# ("the HT said", "CS were told", "LA"): a found person's initials are redacted everywhere
# (``propagate``), except these, which need the text to use them like a person.
EVERYDAY_ABBREVIATIONS = frozenset(
    """tv pc pe re it id uk eu us am pm ok mp msp pa pr hr qc kc cv dvd cd ps nb bmi bp ct mri ecg ict
    sti uti iv od asd ptsd ie eg vs cc bcc fyi aka faq pdf url www dna ma ba msc bsc phd
    la sg cs ss ey ht dht tl tm sm ssw psw lo ir co po sn pt asn sen iep ppe hmp yoi""".split()
)

# The last word of an organisation's name; a capitalised run ending in one is kept.
ORG_HEADS = frozenset(
    """council committee committees hospital infirmary hospitals scotland service services
    team teams group groups administration inspectorate partnership partnerships board
    boards trust trusts centre center practice surgery school schools academy nursery
    college university unit clinic office offices department authority agency association
    commission commissioner federation foundation charity network forum panel hearing
    hearings tribunal police parliament government executive directorate ministry court
    fiscal reporter division institute society union project church parish library
    prison hmp constabulary fire rescue ambulance pharmacy health education work
    safeguarding protection aid advice crisis refuge""".split()
)

# Words that open an organisation's name before any head word ("City of ...").
ORG_OPENERS = frozenset(
    """city royal national scottish crown public children childrens department ministry
    university college office health mental nhs hmp his her majesty's his majesty's
    institute association society the""".split()
)

# Road types: a capitalised word before one of these (and usually a number) is a street.
STREET_TYPES = frozenset(
    """street st road rd avenue ave crescent cres terrace terr gardens gdns drive dr place pl
    lane wynd close court ct grove square sq view way row brae loan loaning vennel quadrant
    circus mews parade walk rise gate path park green hill bank crossway boulevard
    causeway pend steps neuk knowe yards wharf quay esplanade broadway circle heights meadows
    meadow vale glade mount ridge chase haugh holm rigg gait grange crofts""".split()
)
# The subset safe to accept without a house number in front ("Larchfield Crescent").
STREET_TYPES_UNNUMBERED = frozenset(
    """street road avenue crescent terrace gardens drive place lane wynd close grove square
    view brae loan loaning vennel quadrant circus mews parade boulevard causeway pend
    esplanade circle heights""".split()
)

# House names of rural addresses ("Mill Cottage", "Hillhead Farm").
HOUSE_TYPES = frozenset(
    """lodge cottage cottages farm farmhouse steading steadings croft mains mill house manse
    villa bothy schoolhouse hall cabin barn byre grange shieling crofthouse smiddy neuk""".split()
)
# The subset that names a dwelling wherever it stands ("moved to Example Cottage"); "House",
# "Hall" and "Mill" also name offices and venues, so they need an address around them.
HOUSE_TYPES_ALONE = frozenset(
    "cottage cottages farm farmhouse steading croft crofthouse lodge bothy schoolhouse shieling smiddy manse".split())

LINK_WORDS = frozenset("of for and the & in on".split())
NAME_PARTICLES = frozenset("de da di del della van von der den le la du bin ben al el".split())

# Months that are also forenames ("April", "June"): names unless a day or year stands beside them.
NAME_MONTHS = frozenset("april may june july august september".split())

# Report words that are also common surnames ("Ms Young", "Ann West"): a name when a title or a
# forename stands right before them, report vocabulary otherwise ("Young Person Y").
SURNAME_WORDS = frozenset(
    "young west north south east new old high early best day little great page key".split()
    # Place words that are also Scottish surnames ("Dr Kerr Lothian", "Grace Clyde"): public
    # bodies named after them are protected as whole phrases ("NHS Lothian"), not word by word.
    + "lothian clyde fife highland forth galloway argyll tayside".split()
)
