"""Property: the output never contains anything the engine itself flagged.

Documents are built from sentence templates filled with invented people, streets, postcodes
and identifiers, shuffled and joined with the layout quirks of extracted text (line breaks,
table cells). For every span, its original text must not appear in the output as a whole word
(case-sensitively: a flagged "Rose" does not forbid "rose" the verb).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingestd.redaction import redact

FORENAMES = ["Morag", "Fenella", "Alasdair", "Isobel", "Hamish", "Rhona", "Struan", "Rose", "Grace", "Jo-Anne"]
SURNAMES = ["Drummond", "Kerrigan", "MacPhail", "McCorquodale", "O'Driscoll", "Ballantyne-Muir", "Strachan", "Wood"]
STREETS = ["Partickhill Road", "Glenview Terrace", "Larchfield Crescent", "Grace Street", "Pitcairn Court"]
POSTCODES = ["G11 5QX", "PH2 7RT", "IV38NZ", "KA29 0AB"]
ROLES = ["health visitor", "social worker", "key worker", "family nurse", "consultant paediatrician"]
LABELS = ["Child A", "Young Person Y", "Mother", "Sibling 2"]
TITLES = ["Mr", "Mrs", "Ms", "Dr", "Sergeant"]

person = st.tuples(st.sampled_from(FORENAMES), st.sampled_from(SURNAMES))
templates = st.one_of(
    st.builds(lambda p, r: f"The {r}, {p[0]} {p[1]}, visited the family.", person, st.sampled_from(ROLES)),
    st.builds(lambda p, t: f"{t} {p[1]} spoke to Police Scotland.", person, st.sampled_from(TITLES)),
    st.builds(lambda p, lab: f"{lab}: {p[0]} {p[1]}, born 0{len(p[0]) % 9 + 1}/03/2015", person, st.sampled_from(LABELS)),
    st.builds(
        lambda n, s, pc: f"They lived at {n} {s}, Glasgow {pc}.", st.integers(1, 250), st.sampled_from(STREETS),
        st.sampled_from(POSTCODES),
    ),
    st.builds(lambda p: f"{p[0]} said the water rose quickly.", person),
    st.builds(lambda p: f"{p[1].upper()}, {p[0]}\tLead Officer", person),
    st.builds(lambda p, d: f"Contact {p[0]} on 07700 900{d:03d} or {p[0].lower()}@mail.example.org.", person, st.integers(0, 999)),
    st.just("NHS Lothian and the Scottish Children's Reporter Administration met on 12 May 2026."),
    st.just("Child A was seen by the health visitor."),
)
separators = st.sampled_from([" ", "\n", "\t", "\n\n"])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(templates, separators), min_size=1, max_size=12))
def test_output_never_contains_a_flagged_span(parts):
    text = "".join(sentence + sep for sentence, sep in parts)
    result = redact(text)
    for span in result.spans:
        flagged = text[span.start:span.end]
        assert not re.search(rf"(?<!\w){re.escape(flagged)}(?!\w)", result.text), (flagged, result.text)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_spans_are_consistent_for_any_text(text):
    result = redact(text)
    position = 0
    rebuilt = []
    for span in result.spans:
        assert position <= span.start < span.end <= len(text)
        rebuilt += [text[position:span.start], span.placeholder]
        position = span.end
    assert "".join(rebuilt) + text[position:] == result.text
