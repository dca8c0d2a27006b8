"""Public bodies, services, guidance and labels stay; names inside an organisation's name too."""

from __future__ import annotations

from ingestd.redaction.keep import find_protected

KEEP = [
    "Police Scotland",
    "NHS Greater Glasgow and Clyde",
    "City of Edinburgh Council",
    "Scottish Children's Reporter Administration",
    "Children and Families Social Work",
    "Social Work Services",
    "Highland Child Protection Committee",
    "Royal Hospital for Children and Young People",
    "Wishaw General Hospital",
    "National Guidance for Child Protection in Scotland 2021",
    "Crown Office and Procurator Fiscal Service",
    "Child Q",
    "Young Person Y",
    "health visitor",
    "consultant paediatrician",
]


def test_keep_terms_survive(run):
    text = "Agencies: " + "; ".join(KEEP) + "."
    redacted, spans = run(text)
    assert spans == []
    assert redacted == text


def test_a_first_name_inside_an_organisation_is_not_propagated(run):
    text, _ = run("Her father, Wishaw Kerrigan, was seen. She went to Wishaw General Hospital. Dr Hope's Hospital too.")
    assert "Wishaw General Hospital" in text
    assert "Dr Hope's Hospital" in text
    assert "Kerrigan" not in text


def test_a_person_next_to_an_organisation_is_not_protected():
    text = "Morag Strachan and Police Scotland"
    protected = find_protected(text)
    assert not protected.overlaps(0, len("Morag Strachan"))
    assert protected.overlaps(text.index("Police"), len(text))
