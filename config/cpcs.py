"""The default committee directory: Scotland's child and adult protection committees, as data.

One row per committee: its name, kind (``CPC`` child protection, ``APC`` adult protection,
``PPC`` a public protection committee covering both), the councils it covers, the councils'
published mail domains, aliases that name it in a report's text, and the dates it is valid
for. A council's CPC and APC share the council's mail domain, so the domain alone cannot
tell them apart: the report's subject (child or adult) does, and when it cannot the
committee is recorded as unknown and flagged, never guessed.

A config file's ``[[cpc]]`` list replaces this whole directory.
"""

from __future__ import annotations

from ingestd.config.schema import CpcEntry


def _cpc(area: str, domains: tuple[str, ...], *aliases: str) -> CpcEntry:
    return CpcEntry(name=f"{area} Child Protection Committee", sender_domains=domains, aliases=tuple(aliases),
                    kind="CPC", councils=_councils(aliases))


def _councils(aliases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(a for a in aliases if a.endswith("Council") or a.startswith("Comhairle"))


def _apc(cpc: CpcEntry) -> CpcEntry:
    """The adult protection committee of the same area: same councils and domains."""
    area = cpc.name.removesuffix(" Child Protection Committee")
    aliases = tuple(a for a in cpc.aliases if "Child Protection" not in a and "CPC" not in a)
    return CpcEntry(name=f"{area} Adult Protection Committee", sender_domains=cpc.sender_domains,
                    aliases=aliases, kind="APC", councils=cpc.councils)


DEFAULT_CPCS: tuple[CpcEntry, ...] = (
    _cpc("Aberdeen City", ("aberdeencity.gov.uk",), "Aberdeen City Council", "Aberdeen CPC"),
    _cpc("Aberdeenshire", ("aberdeenshire.gov.uk",), "Aberdeenshire Council"),
    _cpc("Angus", ("angus.gov.uk",), "Angus Council"),
    _cpc("Argyll and Bute", ("argyll-bute.gov.uk",), "Argyll and Bute Council", "Argyll & Bute"),
    _cpc("Clackmannanshire and Stirling", ("clacks.gov.uk", "stirling.gov.uk"),
         "Clackmannanshire Council", "Stirling Council", "Clackmannanshire & Stirling"),
    _cpc("Dumfries and Galloway", ("dumgal.gov.uk",), "Dumfries and Galloway Council", "Dumfries & Galloway"),
    _cpc("Dundee", ("dundeecity.gov.uk",), "Dundee City Council", "Dundee City"),
    _cpc("East Ayrshire", ("east-ayrshire.gov.uk",), "East Ayrshire Council"),
    _cpc("East Dunbartonshire", ("eastdunbarton.gov.uk",), "East Dunbartonshire Council"),
    _cpc("East Lothian and Midlothian", ("eastlothian.gov.uk", "midlothian.gov.uk"),
         "East Lothian Council", "Midlothian Council", "East Lothian and Midlothian Public Protection Committee",
         "EMPPC"),
    _cpc("East Renfrewshire", ("eastrenfrewshire.gov.uk",), "East Renfrewshire Council"),
    _cpc("Edinburgh", ("edinburgh.gov.uk",), "City of Edinburgh Council", "City of Edinburgh"),
    _cpc("Falkirk", ("falkirk.gov.uk",), "Falkirk Council"),
    _cpc("Fife", ("fife.gov.uk",), "Fife Council"),
    _cpc("Glasgow", ("glasgow.gov.uk",), "Glasgow City Council", "Glasgow City"),
    _cpc("Highland", ("highland.gov.uk",), "The Highland Council", "Highland Council"),
    _cpc("Inverclyde", ("inverclyde.gov.uk",), "Inverclyde Council"),
    _cpc("Moray", ("moray.gov.uk",), "Moray Council"),
    _cpc("North Ayrshire", ("north-ayrshire.gov.uk",), "North Ayrshire Council"),
    _cpc("North Lanarkshire", ("northlan.gov.uk",), "North Lanarkshire Council"),
    _cpc("Orkney", ("orkney.gov.uk",), "Orkney Islands Council", "Orkney Islands"),
    _cpc("Perth and Kinross", ("pkc.gov.uk",), "Perth and Kinross Council", "Perth & Kinross"),
    _cpc("Renfrewshire", ("renfrewshire.gov.uk",), "Renfrewshire Council"),
    _cpc("Scottish Borders", ("scotborders.gov.uk",), "Scottish Borders Council"),
    _cpc("Shetland", ("shetland.gov.uk",), "Shetland Islands Council", "Shetland Islands"),
    _cpc("South Ayrshire", ("south-ayrshire.gov.uk",), "South Ayrshire Council"),
    _cpc("South Lanarkshire", ("southlanarkshire.gov.uk",), "South Lanarkshire Council"),
    _cpc("West Dunbartonshire", ("west-dunbarton.gov.uk",), "West Dunbartonshire Council"),
    _cpc("West Lothian", ("westlothian.gov.uk",), "West Lothian Council"),
    _cpc("Western Isles", ("cne-siar.gov.uk",), "Comhairle nan Eilean Siar", "Eilean Siar", "Outer Hebrides",
         "Na h-Eileanan Siar"),
)

# East Lothian and Midlothian's committee is a public protection committee for children and
# adults alike (EMPPC); every other area has an adult protection committee of its own.
_PPC_AREAS = frozenset({"East Lothian and Midlothian"})
_CPCS = DEFAULT_CPCS
ADULT_PROTECTION_COMMITTEES: tuple[CpcEntry, ...] = tuple(
    _apc(c) for c in DEFAULT_CPCS if c.name.removesuffix(" Child Protection Committee") not in _PPC_AREAS)
DEFAULT_CPCS = tuple(
    CpcEntry(name="East Lothian and Midlothian Public Protection Committee", sender_domains=c.sender_domains,
             aliases=tuple(a for a in c.aliases if "Public Protection" not in a)
             + ("East Lothian and Midlothian Child Protection Committee",),
             kind="PPC", councils=c.councils)
    if c.name.removesuffix(" Child Protection Committee") in _PPC_AREAS else c
    for c in _CPCS
)
CHILD_PROTECTION_COMMITTEES = DEFAULT_CPCS  # the CPCs and the PPC: every committee a child's report can come from
DEFAULT_CPCS = CHILD_PROTECTION_COMMITTEES + ADULT_PROTECTION_COMMITTEES
