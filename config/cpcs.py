"""The default directory: Scotland's Child Protection Committees (one per local authority
area, with the joint committees where two councils share one).

A config file's ``[[cpc]]`` list replaces this whole directory. Domains are the councils'
published mail domains; ``aliases`` help recognise the committee in a report's text.
"""

from __future__ import annotations

from ingestd.config.schema import CpcEntry


def _cpc(area: str, domains: tuple[str, ...], *aliases: str) -> CpcEntry:
    return CpcEntry(name=f"{area} Child Protection Committee", sender_domains=domains, aliases=tuple(aliases))


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
    _cpc("Western Isles", ("cne-siar.gov.uk",), "Comhairle nan Eilean Siar", "Eilean Siar", "Outer Hebrides"),
)
