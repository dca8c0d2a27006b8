"""Scans are OCR'd with Tesseract inside the sandbox; logos are not reports; OCR off is no-text-layer."""

from __future__ import annotations

import logging
import re

import pytest

from ingestd import parsers
from ingestd.config.schema import PipelineConfig
from ingestd.errors import ParseError
from ingestd.parsers import ocr
from ingestd.parsers.presentation import capabilities
from ingestd.redaction import redact
from tests import scans
from tests.factories import make_pdf, make_scanned_pdf
from tests.messages import icr_text

NO_TESSERACT = PipelineConfig(parse_wall_seconds=30, tesseract="/nonexistent/tesseract")


@pytest.fixture(scope="module")
def page_300():
    return scans.render_page(icr_text(), dpi=300, noise=0.002, skew_degrees=0.8, stamp="RECEIVED 4 NOV 2026")


def test_scanned_png_is_read_by_ocr_with_its_confidence(limits: PipelineConfig, page_300) -> None:
    data = scans.png(page_300, 300)
    assert parsers.sniff(data) == "image"
    result = parsers.extract_text(data, "image", limits)
    assert result.text_source == "ocr"
    assert result.ocr_confidence is not None and result.ocr_confidence > 80
    for words in ("Initial Case Review", "Chief Officers Group ratified", "Quarrington", "Vexmoor"):
        assert words in result.text


def test_image_only_pdf_at_150_dpi_is_ocrd(limits: PipelineConfig) -> None:
    page = scans.render_page(icr_text(), dpi=150, noise=0.001, skew_degrees=-0.5, seed=3)
    result = parsers.extract_text(scans.scanned_pdf([page, page], 150), "pdf", limits)
    assert (result.pages, result.ocr_pages, result.text_source) == (2, 2, "ocr")
    assert "Initial Case Review" in result.text
    assert result.text.count("\f") == 1


def test_multipage_tiff_reads_every_frame(limits: PipelineConfig, page_300) -> None:
    second = scans.render_page(["Page two of the fictional report.", *icr_text()[5:]], dpi=300)
    result = parsers.extract_text(scans.tiff([page_300, second], 300), "image", limits)
    assert result.ocr_pages == 2
    assert "Page two of the fictional report" in result.text


def test_signature_logo_is_not_a_report(limits: PipelineConfig) -> None:
    result = parsers.extract_text(scans.logo(), "image", limits)
    assert result.not_a_report == "small-image"


def test_below_ocr_min_confidence_is_ocr_low_confidence(page_300) -> None:
    strict = PipelineConfig(parse_wall_seconds=30, ocr_min_confidence=100)
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(scans.png(page_300, 300), "image", strict)
    assert caught.value.reason == "ocr-low-confidence"


def test_without_tesseract_a_scan_is_no_text_layer_as_before(page_300) -> None:
    for data, kind in ((scans.scanned_pdf([page_300], 300), "pdf"), (scans.png(page_300, 300), "image")):
        with pytest.raises(ParseError) as caught:
            parsers.extract_text(data, kind, NO_TESSERACT)
        assert caught.value.reason == "no-text-layer"
    assert capabilities(NO_TESSERACT)[0].startswith("OCR: off")
    assert capabilities(PipelineConfig())[0].startswith("OCR: on")


def test_a_text_layer_with_almost_no_text_is_little_text_not_a_scan(limits: PipelineConfig) -> None:
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(make_pdf(["Page 1"]), "pdf", limits)
    assert caught.value.reason == "little-text"


def test_a_picture_without_words_stays_no_text_layer(limits: PipelineConfig) -> None:
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(make_scanned_pdf(), "pdf", limits)
    assert caught.value.reason == "no-text-layer"


def test_ocr_has_its_own_wall_clock(page_300) -> None:
    tight = PipelineConfig(parse_wall_seconds=30, ocr_wall_seconds=0)
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(scans.png(page_300, 300), "image", tight)
    assert caught.value.reason == "parse-timeout"


def test_scan_page_cap(page_300) -> None:
    capped = PipelineConfig(parse_wall_seconds=30, ocr_max_pages=1)
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(scans.scanned_pdf([page_300, page_300], 300), "pdf", capped)
    assert caught.value.reason == "too-large"


def test_ocr_text_never_reaches_the_log(limits: PipelineConfig, page_300, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    parsers.extract_text(scans.png(page_300, 300), "image", limits)
    assert "Quarrington" not in caplog.text
    assert "ocr_pages=1" in caplog.text


@pytest.mark.parametrize("rule", ocr.CORRECTIONS, ids=lambda r: r.name)
def test_each_ocr_correction_does_what_its_examples_say(rule) -> None:
    for read, corrected in rule.examples:
        assert ocr.correct(read) == corrected
    assert ocr.correct("Ratified on 4 November 2026 by the COG.") == "Ratified on 4 November 2026 by the COG."


def test_wrapped_lines_are_joined_and_table_cells_keep_their_tabs(limits: PipelineConfig) -> None:
    long_line = ("The children are now cared for by their grandmother at a farmhouse near the village, "
                 "and the family moved there in the spring: Kilbarchan Road, Glasgow G72 9QX.")
    page = scans.render_page([long_line, "Role\tName\tAgency", "Social worker\tTamsin Oxley\tSocial Work",
                              "Date of birth:\t10-08-2020\t",
                              "20 June 2026\tPolice\tArrested; bail address 57 Corranmore Terrace, Oban PA94 7ZZ."],
                             dpi=300, skew_degrees=0.8)
    text = parsers.extract_text(scans.png(page, 300), "image", limits).text
    assert "Glasgow G72 9QX." in text
    assert "Social worker\tTamsin Oxley\tSocial Work" in text
    assert "Date of birth:\t10-08-2020" in text  # label and value on one row despite the skew
    assert "bail address 57 Corranmore Terrace, Oban" in text  # a cell wrapped onto two lines is one cell


def test_a_name_ocr_read_in_lower_case_is_capitalised_and_ordinary_words_are_not() -> None:
    text = ("Child: Ishbel (aged 6). The teacher said Ishbel was tired and that Ishbel slept in class.\n"
            "Mrs Baird had not seen ishbel since the move. The health visitor called; Health visitor notes.")
    restored = ocr.restore_name_case(text)
    assert "had not seen Ishbel since" in restored
    assert "The health visitor called" in restored


def test_scanner_speckle_is_not_read_as_table_cells(limits: PipelineConfig) -> None:
    rows = ["Role\tName\tTelephone", "Lead Officer\tRuaridh Quennell\t01632 960123", *icr_text()]
    page = scans.render_page(rows, dpi=150, noise=0.003, seed=5)
    text = parsers.extract_text(scans.scanned_pdf([page], 150), "pdf", limits).text
    [row] = [line for line in text.splitlines() if line.startswith("Lead Officer")]
    assert row.count("\t") == 2  # three cells, no speck of its own between them
    assert "01632 960123" in row


def test_a_real_dash_between_a_name_and_a_role_is_kept(limits: PipelineConfig) -> None:
    page = scans.render_page(["Attendees:", "L. Quennell - Team Manager, Children and Families Social Work",
                              *icr_text()], dpi=300, noise=0.002)
    text = parsers.extract_text(scans.png(page, 300), "image", limits).text
    assert re.search(r"L\. Quennell ?- ?Team Manager", text)  # Tesseract may attach the dash to the name


def test_case_errors_in_names_are_undone_and_ordinary_words_are_not() -> None:
    text = ("INITIAL CASE REVIEW\nChild's name:\tOSKARINA VOSSLEY\n"
            "Child A, Oskarina Vossley, lives with her mother. The nursery said oskarina was tired.\n"
            "Police Scotland (R. MacIldoon) attended; Sergeant Macildoon wrote the report.\n"
            "Her partner ulvany was present, and lona Corrigall. The social worker visited; the review was initial.\n")
    restored = ocr.restore_name_case(text)
    assert "The nursery said Oskarina was tired." in restored  # a form value in capitals is evidence
    assert "Sergeant MacIldoon wrote" in restored
    assert "Her partner Ulvany was present, and Iona Corrigall." in restored  # u/U, l/I: no English word
    assert "The social worker visited; the review was initial." in restored  # a heading in capitals is not


def test_a_name_ocr_misspelt_once_takes_the_documents_spelling() -> None:
    text = ("Chaired by Ms Zofka Tiernan. Tiernan said the plan was agreed.\n"
            "Later Tieman left the meeting. Modern Studies and Modern Languages; Modem faults.\n")
    restored = ocr.restore_name_case(text)
    assert "Later Tiernan left" in restored  # rn read as m
    assert "Modem faults" in restored  # an English word is never respelled


def test_names_ocr_confuses_on_a_150_dpi_scan_are_still_redacted(limits: PipelineConfig) -> None:
    """What a user checks: no name from a noisy 150-dpi scan survives ``redaction.redact``."""
    from ingestd import redaction

    names = ("Oskarina", "Vossley", "MacIldoon", "Ulvany", "Tiernan", "Zofka", "rsla", "Corrigall")
    rows = ["INITIAL CASE REVIEW", "Child's name:\tOSKARINA VOSSLEY",
            "Child A, Oskarina Vossley, lives with her mother Mrs \u00d9rsla Vossley at the farm.",
            "Police Scotland (R. MacIldoon) attended; Sergeant MacIldoon wrote to the school.",
            "Mother's partner Ulvany Corrigall has convictions for violence.",
            "Chaired by Ms Zofka Tiernan. Tiernan said the plan was agreed.", *icr_text()]
    page = scans.render_page(rows, dpi=150, noise=0.002, skew_degrees=0.6, seed=11)
    text = parsers.extract_text(scans.scanned_pdf([page], 150), "pdf", limits).text
    redacted = redaction.redact(text).text
    for name in names:
        assert name.lower() not in redacted.lower(), name


def _tsv(*words: tuple[str, int, int, int, int, float, str]) -> str:
    """Tesseract's TSV for words given as (block.par.line, left, top, width, height, conf, text)."""
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for number, (line, left, top, width, height, confidence, text) in enumerate(words, start=1):
        block, par, line_num = line.split(".")
        cells = (5, 1, block, par, line_num, number, left, top, width, height, confidence, text)
        rows.append("\t".join(str(cell) for cell in cells))
    return "\n".join(rows) + "\n"


def test_speckle_read_as_punctuation_or_a_flat_word_does_not_stand_before_a_name() -> None:
    """Geometry as Tesseract returned it for a noisy 150-dpi scan (words fictional): a 118 px
    wide "_.." at confidence 0 in front of a table cell's name, and an 8 px high "wag" beside
    34 px text; either left in puts a word before the name that starts the cell."""
    tsv = _tsv(("1.1.1", 267, 1015, 95, 33, 96.5, "Lead"), ("1.1.1", 377, 1013, 136, 35, 96.4, "Officer"),
               ("1.1.1", 616, 1024, 118, 32, 0.0, "_.."), ("1.1.1", 753, 1013, 33, 31, 85.7, "B."),
               ("1.1.1", 801, 1010, 222, 34, 85.9, "Quennell"), ("1.1.1", 1238, 1009, 72, 31, 94.7, "01632"),
               ("1.1.1", 1328, 1008, 110, 31, 94.7, "960123"),
               ("1.2.1", 270, 1069, 196, 34, 96.7, "Outcome:"), ("1.2.1", 880, 1076, 44, 8, 43.4, "wag"),
               ("1.2.1", 1240, 1069, 120, 34, 96.5, "Agreed."))
    assert ocr.parse_tsv(tsv).text.splitlines() == ["Lead Officer\tB. Quennell\t01632 960123", "Outcome:\tAgreed."]


def test_an_unsure_dash_between_a_name_and_a_role_is_not_speckle() -> None:
    tsv = _tsv(("1.1.1", 100, 500, 30, 34, 96.0, "L."), ("1.1.1", 140, 500, 200, 34, 95.0, "Quennell"),
               ("1.1.1", 355, 515, 18, 4, 30.0, "-"), ("1.1.1", 390, 500, 90, 34, 96.0, "Team"),
               ("1.1.1", 495, 500, 160, 34, 96.0, "Manager"))
    assert ocr.parse_tsv(tsv).text == "L. Quennell - Team Manager"


def test_a_skewed_tables_right_hand_cells_stay_on_their_own_row() -> None:
    """Geometry from a 150-dpi scan skewed by a degree (words fictional): the phone and
    e-mail cells of the "Lead Officer" row sit higher than its first cells, right under the
    value of the row above, so top-to-bottom they come first; they are that row's cells, not
    the wrapped end of the value above."""
    tsv = _tsv(("3.1.1", 270, 1069, 196, 54, 96.7, "Outcome:"),
               ("10.9.1", 1240, 1075, 26, 31, 96.6, "A"), ("10.9.1", 1280, 1075, 177, 39, 96.3, "Learning"),
               ("10.9.1", 1471, 1060, 123, 58, 96.4, "Review"), ("10.9.1", 1617, 1071, 72, 34, 95.2, "will"),
               ("10.9.1", 1704, 1071, 48, 33, 96.4, "be"), ("10.9.1", 1764, 1064, 307, 40, 96.4, "commissioned."),
               ("10.9.2", 1242, 1137, 121, 39, 96.4, "(0141)"), ("10.9.2", 1378, 1140, 75, 32, 96.9, "496"),
               ("10.9.2", 1466, 1122, 99, 50, 30.2, "0743"),
               ("10.9.2", 1726, 1135, 560, 39, 62.0, "lead.officer@example.org"),
               ("3.3.1", 272, 1142, 95, 34, 96.9, "Lead"), ("3.3.1", 382, 1141, 135, 34, 96.7, "Officer"),
               ("3.3.1", 757, 1143, 22, 31, 56.0, "S"), ("3.3.1", 794, 1132, 210, 42, 82.8, "Quennell"))
    assert ocr.parse_tsv(tsv).text.splitlines() == [
        "Outcome:\tA Learning Review will be commissioned.",
        "Lead Officer\tS Quennell\t(0141) 496 0743\tlead.officer@example.org"]


def test_an_initial_read_twice_is_one_letter_again_and_its_surname_is_redacted() -> None:
    # Tesseract read the "C." of a table's "Lead Officer" row as "Cc.": redaction then took
    # "Cc." for no initial and left the surname after it.
    read = "Role\tName\tTelephone\nLead Officer\tCc. Quennell\t01632 960123"
    assert "Quennell" not in redact(ocr.correct(read)).text


def test_every_word_of_a_long_text_is_drawn_above_the_bottom_margin() -> None:
    # A text split into pages by line count ran past the margin, where render_page stops
    # drawing: those words never reached the scan.
    lines = [f"Paragraph {n}: the panel read the chronology and quorbled {n} of the zentiva for "
             f"the minutes, with table row {n} beside it." for n in range(60)]
    lines[30:30] = [f"Row {n}\tcell {n}\tthe wrapped cell {n} of a table row" for n in range(5)]
    dpi = 150
    pages = scans.paginate(lines, dpi=dpi)
    assert len(pages) > 1
    assert " ".join(" ".join(page) for page in pages).split() == " ".join(lines).split()
    bottom = int(scans.A4_INCHES[1] * dpi) - int(0.9 * dpi)
    for page_lines in pages:
        page = scans.render_page(page_lines, dpi=dpi)
        below = page.crop((0, bottom, page.width, page.height))
        assert below.getextrema() == (255, 255)  # nothing drawn in the bottom margin


def _redacted_as_read(read: str) -> str:
    """What ``ingestd redact`` gives for text OCR read this way: each page corrected, then the
    document's names restored, as the worker does."""
    return redact(ocr.restore_name_case(ocr.correct(read))).text


def test_a_middle_name_read_small_between_two_capitalised_names_is_redacted() -> None:
    # Seed 157 at 150 dpi: the middle name of a three-part name came back in lower case and
    # redaction took the first name alone, leaving the middle name and the surname.
    read = "On 2 May 2026 the health visitor, Galwen yvaine Pellow, noted bruising. Children and Families staff met."
    redacted = _redacted_as_read(read)
    for name in ("Galwen", "Yvaine", "Pellow"):
        assert name.lower() not in redacted.lower(), name
    assert "Children and Families staff met." in redacted


def test_speckle_stuck_to_the_front_of_an_email_address_does_not_keep_it_from_redaction() -> None:
    # Seeds 113 at 300 dpi (".name@", the initial's l lost) and 157 at 150 dpi ("__name@").
    for speck in (".", "__"):
        read = ("Role\tName\tTelephone\tE-mail\n"
                f"Lead Officer\tK. Drumvale\t01632 960123\t{speck}k.drumvale@council.example.gov.uk")
        redacted = _redacted_as_read(read)
        assert "drumvale" not in redacted.lower(), speck
        assert "[EMAIL]" in redacted


def test_speckle_before_a_surname_in_capitals_does_not_hide_it() -> None:
    # Seed 131 at 300 dpi: "~_" joined to a chronology cell's surname in capitals.
    read = ("Name of child's parents/carers: Orrin Marwick and Brisco Kestrel\n"
            "Date\tAgency\tEvent\n4.5.26\tNHS\t~_KESTREL, Brisco")
    redacted = _redacted_as_read(read)
    assert "kestrel" not in redacted.lower()
    assert "~_" not in redacted


def test_an_unspaced_postcode_whose_last_letter_ocr_read_small_is_redacted() -> None:
    # Seed 113 at 300 dpi: "EH338NJ" read as "EH338Nu", which is no postcode to redaction.
    read = "The children now live with their aunt at the farm, by the village PA947Zu."
    redacted = _redacted_as_read(read)
    assert "PA947" not in redacted.upper()
    assert "[POSTCODE]" in redacted or "[ADDRESS" in redacted


def test_a_speckle_full_stop_after_a_forename_in_a_name_cell_does_not_leave_the_surname() -> None:
    # Seed 14 at 150 dpi: a speck after the forename of a family table's Name cell read as a
    # full stop; redaction took the forename alone and left the surname there and in the prose.
    read = ("Name\tRelationship\tDate of birth\tAddress\n"
            "Zebedee. Quennell\tFather\tnot known\tnot known\n"
            "The mother's relationship with Quennell ended before Child T was born.")
    redacted = _redacted_as_read(read)
    assert "quennell" not in redacted.lower()
    assert "Father\tnot known\tnot known" in redacted


def test_a_digit_ocr_read_inside_a_name_does_not_hide_it() -> None:
    # Seed 23 at 150 dpi: the d of a double-barrelled surname read as "4d"; the name with a
    # digit in it was no name to redaction, and its forename went with it.
    read = ("Present:\nA Home-Fennick - Depute Head Teacher, Education Services\n"
            "Ottoline Home-Fennic4k, the class teacher, described Child T's attendance as 74%.")
    redacted = _redacted_as_read(read)
    for name in ("Ottoline", "Fennic", "Fennick"):
        assert name.lower() not in redacted.lower(), name
    assert "the class teacher, described Child T's attendance as 74%." in redacted


def test_a_small_dash_tesseract_is_sure_of_between_a_name_and_a_role_is_kept() -> None:
    """Geometry as Tesseract returned it for a 150-dpi scan (words fictional): the dash between
    an attendee's initial and surname and their role came back as a 4x4 px box at confidence 93;
    dropped as speckle, the line was "D Quennell Team Manager", which redaction left whole. A
    dash-shaped speck Tesseract is unsure of is still dropped."""
    tsv = _tsv(("7.5.1", 272, 814, 27, 31, 92.8, "D"), ("7.5.1", 314, 812, 186, 41, 93.2, "Quennell"),
               ("7.5.1", 519, 829, 4, 4, 93.0, "-"), ("7.5.1", 536, 813, 111, 31, 96.5, "Team"),
               ("7.5.1", 664, 813, 185, 39, 96.4, "Manager,"), ("7.5.1", 864, 810, 172, 34, 96.1, "Children"),
               ("7.5.1", 1049, 810, 77, 33, 96.1, "and"), ("7.5.1", 1142, 810, 162, 33, 96.2, "Families"),
               ("7.6.1", 272, 880, 60, 34, 96.0, "Next"), ("7.6.1", 345, 890, 4, 4, 20.0, "-"),
               ("7.6.1", 362, 880, 90, 34, 96.0, "steps"), ("7.6.1", 1300, 880, 90, 34, 96.0, "were"),
               ("7.6.1", 1410, 880, 120, 34, 96.0, "agreed."))
    text = ocr.parse_tsv(tsv).text
    assert text.splitlines() == ["D Quennell - Team Manager, Children and Families", "Next steps\twere agreed."]
    assert "quennell" not in _redacted_as_read(text).lower()


def test_a_table_cells_short_last_line_wrapped_low_stays_in_its_cell() -> None:
    """Geometry from a 300-dpi scan (words fictional): an address cell's last line ("Farm",
    32 px high) sat 34 px below the cell's first line; read as a line of its own, it split the
    family table, and the next row's date of birth was no longer under its header."""
    tsv = _tsv(("7.1.2", 262, 889, 113, 33, 96.0, "Name"), ("7.1.2", 747, 878, 244, 43, 96.5, "Relationship"),
               ("7.1.2", 1233, 876, 90, 32, 96.9, "Date"), ("7.1.2", 1335, 872, 38, 35, 96.9, "of"),
               ("7.1.2", 1387, 871, 89, 35, 96.4, "birth"), ("7.1.2", 1716, 866, 163, 35, 96.6, "Address"),
               ("7.3.1", 265, 1087, 126, 41, 96.9, "Wrenna"), ("7.3.1", 405, 1082, 194, 36, 95.9, "Quennell"),
               ("7.3.1", 750, 1074, 140, 52, 95.9, "Mother"), ("7.3.1", 1234, 1071, 91, 44, 95.9, "April"),
               ("7.3.1", 1337, 1072, 30, 38, 95.9, "6,"), ("7.3.1", 1386, 1070, 98, 34, 96.3, "1993"),
               ("7.3.1", 1721, 1066, 116, 33, 96.8, "Mains"), ("7.3.1", 1849, 1062, 38, 36, 93.3, "of"),
               ("7.3.1", 1902, 1061, 188, 36, 92.6, "Drumvale"), ("7.3.2", 1722, 1133, 96, 32, 96.8, "Farm"),
               ("7.4.1", 266, 1218, 108, 42, 96.1, "Elspet"), ("7.4.1", 387, 1214, 195, 36, 94.5, "Quennell"),
               ("7.4.1", 750, 1210, 134, 43, 96.5, "Sibling"), ("7.4.1", 901, 1210, 21, 40, 97.0, "2"),
               ("7.4.1", 1236, 1205, 22, 33, 92.2, "9"), ("7.4.1", 1273, 1205, 74, 33, 94.8, "Jun"),
               ("7.4.1", 1361, 1203, 94, 33, 94.8, "2021"), ("7.4.1", 1723, 1199, 132, 32, 96.1, "Craigmoss"),
               ("7.4.1", 1870, 1194, 176, 42, 96.1, "Steading"))
    text = ocr.parse_tsv(tsv).text
    assert text.splitlines() == ["Name\tRelationship\tDate of birth\tAddress",
                                 "Wrenna Quennell\tMother\tApril 6, 1993\tMains of Drumvale Farm",
                                 "Elspet Quennell\tSibling 2\t9 Jun 2021\tCraigmoss Steading"]
    redacted = _redacted_as_read(text)
    for date in ("9 Jun 2021", "1993"):
        assert date not in redacted, date


def test_a_forename_read_small_once_beside_one_capitalised_mention_is_redacted() -> None:
    # Seed 199 at 150 dpi: "ishbel" read small once, with one capitalised mention later; the
    # forename was left in both places. An English word read so is left alone.
    read = ("Child F, Tavish Quennell (born on 14 Jan 2021), lives with his mother, aelwyn Quennell, at the farm.\n"
            "The health visitor saw the families twice. Dr Oxley had prescribed medication to Aelwyn.\n"
            "Families First offered support. Contact: duty.team@thistlebank.example.org, Thistlebank office.")
    restored = ocr.restore_name_case(ocr.correct(read))
    assert "his mother, Aelwyn Quennell," in restored
    assert "saw the families twice" in restored
    assert "duty.team@thistlebank.example.org" in restored  # an address's domain stays small
    redacted = redact(restored).text
    assert "aelwyn" not in redacted.lower()
