"""No core data value is ever a name, a date of birth, an address or an identifier."""

from __future__ import annotations

import json

from ingestd import redaction
from ingestd.config.schema import Config
from ingestd.coredata import FIELD_BY_NAME, STORED_FIELDS, check_value, extract

# Invented for this test; the last name is left unredacted on purpose (a lower-case leftover).
PLANTED = ("Orlaith Vencombe", "Tamsin Greywater", "14 Quillmoor Wynd", "KY9 4ZT", "0123456789", "12/03/2019",
           "zorvath mcquillen")
TEXT = """Fife Child Protection Committee
Initial Case Review
Child: Orlaith Vencombe (aged 7), DOB 12/03/2019, CHI 0123456789, of 14 Quillmoor Wynd, Kirkcaldy KY9 4ZT.
Her mother, Tamsin Greywater, has a history of domestic abuse and alcohol misuse.
The neighbour zorvath mcquillen reported neglect to Police Scotland on 2 October 2026.
The case was notified to the CPC on 3 October 2026. A criminal investigation is ongoing.
The child was placed on the child protection register. Information sharing between the school and the
health visitor was poor, and there was no chronology. The criteria for a Learning Review were met.
"""


def test_values_read_from_a_redacted_report_hold_none_of_its_personal_data():
    config = Config()
    redacted = redaction.redact(TEXT).text
    found = extract(redacted, config.coredata, subject="child")
    values = json.dumps({name: finding.value for name, finding in found.items()}).lower()
    for planted in PLANTED:
        assert planted.lower() not in values
    for f in STORED_FIELDS:
        check_value(config, f.name, found[f.name].value)
    assert found["age"].value == 7 and found["age_band"].value == "5-11"
    assert found["harm"].value == ["neglect"]
    assert found["risk_factors"].value == ["domestic abuse", "substance use"]
    assert found["legal_status"].value == ["child protection register"]
    assert found["notification_date"].value == "2026-10-03"
    assert found["parallel_proceedings"].value == "yes"
    assert {"information sharing", "chronology"} <= set(found["themes"].value)
    assert set(found["agencies"].value) >= {"Police Scotland", "education", "health visiting"}
    # The evidence quotes the redacted text only: what redaction removed is not in it.
    evidence = " ".join(f.evidence or "" for f in found.values())
    for planted in PLANTED[:-1]:
        assert planted not in evidence


def test_the_gate_refuses_anything_but_list_values_numbers_and_dates():
    config = Config()
    for name, value in (("harm", ["Orlaith Vencombe"]), ("agencies", ["Quillmoor Primary School"]),
                        ("age", "7"), ("age", -1), ("age", True), ("gender", "Ms"), ("notification_date", "12/03/2019"),
                        ("parallel_proceedings", "maybe"), ("subject", ["child"])):
        try:
            check_value(config, name, value)
        except Exception as exc:  # noqa: BLE001 - the type is checked below
            assert type(exc).__name__ == "UsageError", (name, value)
        else:
            raise AssertionError(f"{name}={value!r} was accepted")
    assert FIELD_BY_NAME["agencies"].kind == "multi"
