"""Postal addresses: postcodes, the address grammar left of a postcode, and street forms.

Three recognisers, merged by the caller:

* UK postcodes, with or without the space ("G12 8QQ", "G128QQ");
* left of a postcode, the address it ends: town, locality, street line, flat position and
  house name, on the same line or on up to three lines above (a letter's address block);
* street forms without a postcode: a house number (with an optional flat position such as
  "Flat 2/1", "3F2", "12/3") before capitalised words and a road type ("45 Example Road"),
  or one or two capitalised words before an unambiguous road type ("Example Crescent").

Street and house names found this way are returned so that the caller can redact their
other mentions ("the flat in Example Gardens").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ingestd.redaction.dates import find_dates
from ingestd.redaction.layout import cells_under_header, in_table_row, label_value_cells
from ingestd.redaction.lexicon import (
    APOSTROPHES,
    HOUSE_TYPES,
    HOUSE_TYPES_ALONE,
    LOWER,
    NOT_NAMES,
    ORG_HEADS,
    STREET_TYPES,
    STREET_TYPES_UNNUMBERED,
    TITLES,
    UPPER,
)
from ingestd.redaction.keep import Protected
from ingestd.redaction.model import Finding
from ingestd.redaction.patterns import trie_alternation

POSTCODE_PRIORITY = 70
ADDRESS_PRIORITY = 60

# The space may be a line break: a wrapped paragraph splits "KY1\n8WR" like any other words.
_POSTCODE = re.compile(rf"(?<![{UPPER}{LOWER}0-9])(?:[A-Z]{{1,2}}\d[A-Z\d]?|GIR)[ \n]?\d[A-Z]{{2}}(?![{UPPER}{LOWER}0-9])")
# A postcode typed in lower case ("ky1 1aa"): only with the space and a real postcode area,
# and not an ordinal ("b12 3rd"), because lower-case letter-digit runs are common otherwise.
_POSTCODE_ANY_CASE = re.compile(
    r"(?<![\w])(?P<area>[A-Za-z]{1,2})\d[A-Za-z\d]?[ \n]\d[A-Za-z]{2}(?![\w])"
)
POSTCODE_AREAS = frozenset("""
AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN
EX FK FY G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG
NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ
TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE""".split())
_CAP = rf"[{UPPER}][{UPPER}{LOWER}{APOSTROPHES}-]*"


def _alternation(words: frozenset[str]) -> str:
    return trie_alternation({w.capitalize() for w in words} | {w.upper() for w in words})


_FLAT = rf"(?:(?:[Ff]lat|FLAT|Apartment|Apt\.?|Unit)[ ](?=\w{{0,2}}\d)\w{{1,3}}(?:/\w{{1,3}})?,?[ ]+|\d{{1,3}}F\d{{1,2}},?[ ]+|\d{{1,3}}/\d{{1,3}},?[ ]+)"
_NUMBER = r"\d{1,4}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?"
_STREET_NAME = rf"(?:{_CAP}[ ]){{1,3}}{_alternation(STREET_TYPES)}(?![{UPPER}{LOWER}])"
_ANY_STREET = re.compile(rf"(?P<street>{_STREET_NAME})")
_NUMBERED = re.compile(rf"(?<![\w/]){_FLAT}?{_NUMBER},?[ ]+(?P<street>{_STREET_NAME})")
# "moved to 12 gowanlea drive": a number, one or two lower-case words and a road word that is
# not also an everyday noun (so not "court", "park", "view", "way").
_LOWER_ROADS = ("street road avenue crescent terrace gardens drive lane wynd grove square brae loan vennel"
                " quadrant mews parade boulevard"
                # dwellings whose name is never an everyday phrase after a number
                " cottages steading steadings farmhouse crofthouse schoolhouse").split()
_LOWER_NUMBERED = re.compile(
    rf"(?<![\w/])(?:flat[ ]\d{{1,3}}(?:/(?:\d{{1,3}}|[a-z]{{1,2}}))?,?[ \n]+)?{_NUMBER},?[ \n]+"
    rf"(?P<street>(?:[{LOWER}][{LOWER}'-]+[ \n]){{1,2}}(?:{'|'.join(_LOWER_ROADS)}))(?![\w])"
)
_UNNUMBERED = re.compile(
    rf"(?<![\w{APOSTROPHES}-])(?P<street>(?:{_CAP}[ ]){{1,2}}{_alternation(STREET_TYPES_UNNUMBERED)})(?![{UPPER}{LOWER}])"
)
_HOUSE = re.compile(rf"(?:Mains[ ]of[ ])?(?:{_CAP}[ ]){{1,2}}{_alternation(HOUSE_TYPES)}(?![{UPPER}{LOWER}])")
# A dwelling named on its own: "Example Cottage", "Mains of Example (Farm)".
_HOUSE_ALONE = re.compile(
    rf"(?<![\w{APOSTROPHES}-])(?P<street>(?:Mains[ ]of[ ](?:{_CAP}[ ])?{_CAP}(?:[ ]{_alternation(HOUSE_TYPES_ALONE)})?"
    rf"|(?:{_CAP}[ ]){{1,2}}{_alternation(HOUSE_TYPES_ALONE)}))(?![\w{APOSTROPHES}-])"
)
# A form field or a table column that holds an address ("Address:", "Home address", "Bail address").
_ADDRESS_LABEL = re.compile(r"(?i)\baddress(?:es)?\b")
_ADDRESS_VALUE = re.compile(
    rf"\d|\b(?:{_alternation(STREET_TYPES)}|{_alternation(HOUSE_TYPES)}|Mains)\b"
)
_MAX_ADDRESS_CELL = 120
# A field's value typed in lower case ("76 example avenue, town, ab1 2cd"): a house number
# before a road word is the address the label announces.
_LOWER_ADDRESS_VALUE = re.compile(rf"\d{{1,4}}[a-z]?,?[ ]+(?:[{LOWER}][{LOWER}'-]+[ ]){{1,2}}(?:{'|'.join(_LOWER_ROADS)})\b")

# One token of an address line, read right to left from a postcode.
_ADDRESS_TOKEN = re.compile(
    rf"(?:{_CAP}|[Ff]lat|upon|\d{{1,4}}[A-Za-z]?(?:[-/]\d{{1,4}}[A-Za-z]?)?|\d{{1,3}}F\d{{1,2}})$"
)
_MAX_LINES_ABOVE = 3
_MAX_ADDRESS_CHARS = 160
_MAX_LINE_WORDS = 7


@dataclass(frozen=True)
class AddressFindings:
    findings: list[Finding]
    street_names: set[str]  # "Example Road", "Example Cottage": to redact wherever they recur


def find_addresses(text: str, protected: Protected | None = None) -> AddressFindings:
    """Postcodes, addresses ending in a postcode, numbered or unambiguous street forms, house
    names, and the values of address fields and columns."""
    findings: list[Finding] = []
    streets: set[str] = set()
    for match, rule in _postcodes(text):
        code = "".join(match.group().split()).upper()
        findings.append(Finding(match.start(), match.end(), "postcode", POSTCODE_PRIORITY, "postcode:" + code, rule))
        start = _extend_left(text, match.start())
        lower = _extend_left_lower(text, match.start())
        if lower is None and start is None:
            lower = _after_residence_cue(text, match.start())
        if lower is not None and (start is None or lower < start):
            start = lower
        if start is not None:
            start = _within_spaced_cell(text, start, match.start())
            while start < match.start() and text[start] in " \t\n":
                start += 1  # an indented line's tab is layout, not the address
            body = text[start:match.start()].rstrip(" ,\n\t")
            key, names = _street_key(body)
            streets.update(names)
            findings.append(Finding(start, start + len(body), "address", ADDRESS_PRIORITY, key, "address-before-postcode"))
    for match in _NUMBERED.finditer(text):
        street = match.group("street")
        if _plausible_street(street):
            streets.add(street)
            end = match.end()
            town = _TOWN_AFTER.match(text, end)
            if town and town.group(1).lower() not in NOT_NAMES and town.group(1).lower() not in ORG_HEADS:
                end = town.end()  # "12 Example Road, Town." : the town is part of the address
            findings.append(Finding(match.start(), end, "address", ADDRESS_PRIORITY,
                                    _numbered_key(match.group(), street), "street-numbered"))
    for match in _LOWER_NUMBERED.finditer(text):
        words = match.group("street").split()[:-1]
        if not any(w in NOT_NAMES or w in ORG_HEADS for w in words):
            findings.append(Finding(match.start(), match.end(), "address", ADDRESS_PRIORITY - 1, _key(match.group("street")),
                                    "street-lower-case"))
    for match in _UNNUMBERED.finditer(text):
        street = match.group("street")
        if _plausible_street(street):
            findings.append(Finding(match.start(), match.end(), "address", ADDRESS_PRIORITY - 1, _key(street), "street-unnumbered"))
    for match in _HOUSE_ALONE.finditer(text):
        house = match.group("street")
        if _plausible_street(house) and not (protected and protected.overlaps(match.start(), match.end())):
            streets.add(house)
            findings.append(Finding(match.start(), match.end(), "address", ADDRESS_PRIORITY - 1, _key(house), "house-name"))
    for start, end in [*label_value_cells(text, _ADDRESS_LABEL), *cells_under_header(text, _ADDRESS_LABEL)]:
        cell = _address_cell(text, start, end, protected)
        if cell:
            body = text[cell[0]:cell[1]]
            key, names = _street_key(body)
            streets.update(names)
            findings.append(Finding(cell[0], cell[1], "address", ADDRESS_PRIORITY - 2, key, "address-field"))
    findings += _tight_lower_postcodes(text, findings)
    return AddressFindings(findings, streets)


# "86 example street, town, ab12cd": a lower-case postcode typed without its space is one only
# right after an address found on other evidence, with at most a town between.
_POSTCODE_TIGHT_LOWER = re.compile(r"(?<![\w])(?P<area>[a-z]{1,2})\d[a-z\d]?\d[a-z]{2}(?![\w])")
_MAX_TOWN_GAP = 60  # characters between the street and the postcode: a comma and a town at most
_TOWN_GAP = re.compile(r"[ \t]*,?[ \t\n]*(?:[a-z][a-z'-]*(?:[ ][a-z][a-z'-]*)?[ \t]*,?[ \t\n]*)?")


def _tight_lower_postcodes(text: str, findings: list[Finding]) -> list[Finding]:
    ends = sorted(f.end for f in findings if f.category == "address")
    found = []
    for match in _POSTCODE_TIGHT_LOWER.finditer(text):
        if match.group("area").upper() not in POSTCODE_AREAS:
            continue
        first = bisect.bisect_left(ends, match.start() - _MAX_TOWN_GAP)
        last = bisect.bisect_right(ends, match.start())
        if any(_TOWN_GAP.fullmatch(text, end, match.start()) for end in ends[first:last]):
            code = match.group().upper()
            found.append(Finding(match.start(), match.end(), "postcode", POSTCODE_PRIORITY, "postcode:" + code,
                                 "postcode-any-case"))
    return found


def _postcodes(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Upper-case postcodes, and postcodes in any case that have a real area and a space."""
    seen: set[int] = set()
    for match in _POSTCODE.finditer(text):
        seen.add(match.start())
        yield match, "postcode"
    for match in _POSTCODE_ANY_CASE.finditer(text):
        if match.start() in seen or match.group("area").upper() not in POSTCODE_AREAS:
            continue
        inward = match.group()[-3:].lower()
        if inward[1:] == _ORDINALS.get(inward[0], "th") and not _ENDS_ADDRESS.match(text, match.end()):
            continue  # "b12 3rd time": an ordinal, not a postcode; "..., town, iv36 4th" ends an address
        yield match, "postcode-any-case"
    for label in _POSTCODE_LABEL.finditer(text):
        # "Postcode: ky12ab": under its label a postcode is one in any case, with or without its space
        match = _POSTCODE_LOOSE.match(text, label.end())
        if match and match.start() not in seen and match.group("area").upper() in POSTCODE_AREAS:
            seen.add(match.start())
            yield match, "postcode-any-case"


_TOWN_AFTER = re.compile(rf",[ ]+({_CAP})(?=[ ]*(?:[.,;)]|\n|$))")
_POSTCODE_LABEL = re.compile(r"(?i)\bpost[ ]?code\b[ \t]*[:\t-]?[ \t]*")
_POSTCODE_LOOSE = re.compile(r"(?P<area>[A-Za-z]{1,2})\d[A-Za-z\d]?[ ]?\d[A-Za-z]{2}(?![\w])")
_ORDINALS = {"1": "st", "2": "nd", "3": "rd"}
_ENDS_ADDRESS = re.compile(r"[ \t]*(?:$|[.,;)][ \t]*(?:$|[^\w ]|[ ]+[A-Z]))", re.MULTILINE)
# Lower-case address lines ("12 high street, kirkcaldy ky1 1aa"): a house number, then words,
# one of them a road type, then the postcode. The number is the evidence the grammar of
# capitals gives for upper-case text.
_LOWER_ROAD = frozenset(STREET_TYPES)
_LOWER_STOP = frozenset({"is", "was", "at", "to", "in", "the", "of", "from", "lives", "lived", "and", "address", "home"})
_MAX_LOWER_TOKENS = 8


def _within_spaced_cell(text: str, start: int, end: int) -> int:
    """``start`` moved right past the last cell gap before ``end`` in a space-aligned table row.

    In "Mother  32  16 Example Road, Town AB1 2CD" the age cell is not part of the address:
    two or more spaces end a cell there, so the address starts in the postcode's own cell.
    """
    line_start = text.rfind("\n", 0, end) + 1
    gap = text.rfind("  ", max(start, line_start), end)
    if gap < 0 or not in_table_row(text, end):
        return start
    gap += 2
    while gap < end and text[gap] == " ":
        gap += 1
    return gap


def _extend_left_lower(text: str, end: int) -> int | None:
    """Start of a lower-case address ending at a postcode at ``end``, or None.

    The address may be on the postcode's line ("12 high street, kirkcaldy ky1 1aa") or a block
    of short lines above it (a letter's address block typed in lower case), up to
    ``_MAX_LINES_ABOVE`` lines that carry no sentence punctuation, tab or label.
    """
    line_start = text.rfind("\n", 0, end) + 1
    windows = [(max(line_start, end - _MAX_ADDRESS_CHARS), end)]
    if not text[line_start:end].strip(" ,"):
        windows = []
    block_start = line_start
    while (not windows or windows[0][0] == block_start) and len(windows) < _MAX_LINES_ABOVE + 1 and block_start > 0:
        prev_end = block_start - 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        line = text[prev_start:prev_end]
        if not line.strip() or "\t" in line or re.search(r"[.:;!?]\s*$", line):
            break
        if len(line.split()) > _MAX_LINE_WORDS:
            # A wrapped sentence: "... a family friend, of 12 example view,\ntown, ab1 2cd".
            # Its tail may open the address; the stop words ("of", "at") still end it.
            if line.rstrip().endswith(","):
                windows.insert(0, (max(prev_start, prev_end - _MAX_ADDRESS_CHARS), prev_end))
            break
        windows.insert(0, (prev_start, prev_end))
        block_start = prev_start
    tokens = [m for s_, e_ in windows for m in _LINE_TOKEN.finditer(text, s_, e_)][-_MAX_LOWER_TOKENS:]
    start = None
    road_seen = False
    for position in range(len(tokens) - 1, -1, -1):
        match = tokens[position]
        word = match.group().rstrip(".").lower()
        # a field's label before the address's number ("Address: 12 ...") ends it: the line above
        # the label ("Date of birth: ... 7 years old") belongs to another field
        label = word.endswith(":") and start is not None
        if word in ("\t", "|") or label or word in _LOWER_STOP or _date_part(tokens, position):
            break
        if word in _LOWER_ROAD:
            road_seen = True
        if re.fullmatch(_NUMBER + r"|\d{1,3}f\d{1,2}", word) and road_seen:
            start = match.start()
        elif word in ("flat", "apartment", "unit") and start is not None:
            start = match.start()
        elif (start is None and word in HOUSE_TYPES_ALONE and position > 0
              and _LOWER_DWELLING_NAME.fullmatch(tokens[position - 1].group())
              and tokens[position - 1].group() not in _LOWER_STOP | _NOT_DWELLING_NAME):
            # "at brigend farm, by innellan pa23 4us": a rural address has no number; a named
            # dwelling (a word and a dwelling word) before the postcode's places opens it
            start = tokens[position - 1].start()
    return start


# The name of a dwelling typed in lower case: one plain word, not a determiner ("her cottage").
_LOWER_DWELLING_NAME = re.compile(rf"[{LOWER}][{LOWER}'-]{{2,}}")
_NOT_DWELLING_NAME = frozenset("her his their our my your its own old new small large family".split())


# "living at shore cottage, example, town ab1 2cd": a house with a name and no number, its
# places a comma apart, between a verb of living there and the postcode. The cue and the
# postcode bound it; two to four short comma-separated parts are the address's lines.
_RESIDENCE_CUE_BEFORE = re.compile(
    r"(?i)\b(?:liv(?:e|es|ed|ing)|resid(?:e|es|ed|ing)|stay(?:s|ed|ing)?|moved|address(?:[ ](?:is|was))?:?)"
    r"[ ](?:at|to|in|is)?[ ]?(?P<a>[\w'/-]+(?:[ ][\w'/-]+){0,3}(?:,[ ][\w'/-]+(?:[ ][\w'/-]+){0,3}){1,3})[ ]\Z")
_RESIDENCE_LOOK_BACK = 100
_RESIDENCE_STOP = frozenset({"address", "postcode", "at", "of", "to", "in", "from", "lives", "and", "with", "near"})


def _after_residence_cue(text: str, end: int) -> int | None:
    """Start of an unnumbered address between a living-there cue and its postcode at ``end``."""
    line_start = text.rfind("\n", 0, end) + 1
    cue = _RESIDENCE_CUE_BEFORE.search(text, max(line_start, end - _RESIDENCE_LOOK_BACK), end)
    if cue is None or any(word.lower() in _RESIDENCE_STOP for word in re.findall(r"[\w'-]+", cue.group("a"))):
        return None
    return cue.start("a")


def _address_cell(text: str, start: int, end: int, protected: Protected | None) -> tuple[int, int] | None:
    """The address in a field value or table cell: from its first part that is not an
    organisation's name, when it has a number, a road or house type; "not known" is none."""
    stop = text.find("\t", start, end)
    end = end if stop < 0 else stop
    if end - start > _MAX_ADDRESS_CELL or not _ADDRESS_VALUE.search(text, start, end):
        return None
    while protected is not None and protected.overlaps(start, end):
        comma = text.find(",", start, end)
        if comma < 0:
            return None
        start = comma + 1
        while start < end and text[start] == " ":
            start += 1
    while end > start and text[end - 1] in " ,.;":
        end -= 1
    if not _ADDRESS_VALUE.search(text, start, end) and not _LOWER_ADDRESS_VALUE.search(text, start, end):
        return None
    if not re.search(rf"[{UPPER}\d]", text[start:end]) and not _LOWER_ADDRESS_VALUE.search(text, start, end):
        return None  # "not known", "as above": words, no address
    return start, end


def find_recurring_streets(text: str, streets: set[str]) -> Iterator[Finding]:
    """Every other mention of a street or house name found in an address."""
    if not streets:
        return
    alternation = "|".join(re.escape(s) for s in sorted(streets, key=len, reverse=True))
    for match in re.finditer(rf"(?<![\w-])(?:{alternation})(?![\w-])", text, re.IGNORECASE):
        if match.group()[0].isupper():
            findings_key = _key(match.group())
            yield Finding(match.start(), match.end(), "address", ADDRESS_PRIORITY - 1, findings_key, "street-recurrence")


def _plausible_street(street: str) -> bool:
    """Reject "The Square"-like phrases whose words are report vocabulary, not a street name."""
    words = [w for w in street.split(" ") if w not in ("Mains", "of")] or ["Mains"]
    names = words[:-1] if len(words) > 1 else words
    return not all(w.lower().strip(".") in NOT_NAMES or w.lower() in ORG_HEADS for w in names)


def _extend_left(text: str, end: int) -> int | None:
    """Start of the address that ends at a postcode starting at ``end``; None when there is none."""
    line_start = text.rfind("\n", 0, end) + 1
    start = _scan_line(text, line_start, end)
    numbered = start is not None and _starts_with_number(text, start, end)
    lines_up = 0
    # The address continues on the line above when this line holds all of its own line
    # (a letter's address block), unless a numbered street line was already found.
    while (start is None or start == line_start) and lines_up < _MAX_LINES_ABOVE and line_start > 0:
        prev_end = line_start - 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        line = text[prev_start:prev_end]
        if not _is_address_line(line, flat_only=numbered):
            # "Address:<TAB>12 Example Road" / "<TAB>Town" / "<TAB>AB1 2CD": a field's value that
            # goes on below its label; the address starts after the label.
            cut = max(line.rfind("\t"), line.rfind(":"))
            value_start = prev_start + cut + 1
            while value_start < prev_end and text[value_start] in " \t":
                value_start += 1
            if (start is not None and cut >= 0 and value_start < prev_end
                    and _is_address_line(text[value_start:prev_end], flat_only=numbered)
                    and _starts_with_number(text, value_start, prev_end)
                    and not any(find_dates(text[value_start:prev_end]))):
                start = value_start
            break
        start, line_start = prev_start, prev_start
        numbered = numbered or _starts_with_number(text, prev_start, prev_end)
        lines_up += 1
    return start


def _scan_line(text: str, line_start: int, end: int) -> int | None:
    """Walk tokens right to left from ``end`` while they can belong to an address.

    Spaces and commas separate tokens; a tab (a table cell border) or any other token ends
    the address.
    """
    start = None
    # An address is short: looking further back than that would make a long line with many
    # postcodes cost quadratic time. The window starts at a token boundary.
    scan_from = max(line_start, end - _MAX_ADDRESS_CHARS)
    if scan_from > line_start:
        boundary = re.compile(r"[ ,\t]").search(text, scan_from, end)
        scan_from = boundary.end() if boundary else end
    tokens = list(_LINE_TOKEN.finditer(text, scan_from, end))
    for index in range(len(tokens) - 1, -1, -1):
        match = tokens[index]
        bare = match.group().rstrip(".")
        if bare in _ADDRESS_LINKS and index > 0 and re.match(rf"[{UPPER}]", tokens[index - 1].group()):
            continue  # "Mains of Example Farm, by Town": only between address words
        if (not _ADDRESS_TOKEN.match(bare) or bare.lower() in TITLES or bare.lower() in _ADDRESS_STOP
                or _date_part(tokens, index)):
            break
        start = match.start()
    return start


_LINE_TOKEN = re.compile(r"[^ ,\t]+|\t")
_MONTH_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)


def _date_part(tokens: list[re.Match[str]], index: int) -> bool:
    """A token of a written date ("17 December 1990"): a month followed by a year, that year,
    or the day before them. The address must not swallow it ("12 May Road" is a street)."""

    def word(i: int) -> str:
        return tokens[i].group().rstrip(".,").lower() if 0 <= i < len(tokens) else ""

    def month_year(i: int) -> bool:
        return word(i) in _MONTH_WORDS and bool(re.fullmatch(r"\d{4}", word(i + 1)))

    return month_year(index) or month_year(index - 1) or (
        bool(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", word(index))) and month_year(index + 1))
_ADDRESS_STOP = frozenset({"address", "postcode", "the", "at", "of", "to", "in", "from", "lives", "and"})
_ADDRESS_LINKS = frozenset({"by", "of"})


def _is_address_line(line: str, flat_only: bool) -> bool:
    if len(line) > _MAX_ADDRESS_CHARS:
        return False
    stripped = line.strip(" ,\t")
    if not stripped or "\t" in stripped or ":" in stripped:
        return False
    words = [w for w in re.split(r"[ ,]+", stripped) if w]
    if flat_only:
        return len(words) <= 3 and bool(re.match(r"(?:[Ff]lat|FLAT|Apartment|\d{1,3}F\d|\d{1,3}/\d)", stripped))
    if len(words) > _MAX_LINE_WORDS:
        return False
    for word in words:
        bare = word.rstrip(".").lower()
        if bare in _ADDRESS_LINKS and word != words[-1]:
            continue
        if not _ADDRESS_TOKEN.match(word.rstrip(".")) or bare in TITLES or bare in ORG_HEADS:
            return False
        if bare in NOT_NAMES and bare not in {"st", "saint", "north", "south", "east", "west", "upper", "lower", "new", "old", "high", "great"}:
            return False
    return True


def _starts_with_number(text: str, start: int, end: int) -> bool:
    return bool(re.match(r"(?:[Ff]lat|FLAT|Apartment|Unit|\d)", text[start:end]))


def _street_key(body: str) -> tuple[str, set[str]]:
    """The placeholder key of an address (its street or house name) and the names to propagate."""
    names: set[str] = set()
    for pattern in (_NUMBERED, _ANY_STREET):
        match = pattern.search(body)
        if match:
            names.add(match.group("street"))
    house = _HOUSE.search(body)
    if house:
        names.add(house.group())
    if names:
        return _numbered_key(body, sorted(names, key=body.find)[0]), names
    # No street form recognised (an address in capitals): its house-and-street line, so that
    # "12 EXAMPLE WAY, TOWN" and a cell "12 EXAMPLE WAY" share a placeholder.
    parts = [p.strip() for p in re.split(r"[,\n]", body) if p.strip()]
    while len(parts) > 1 and re.match(r"(?i)(?:flat|apartment|unit)\b", parts[0]):
        parts = parts[1:]
    return "address:" + " ".join((parts[0] if parts else body).lower().split()), names


# The house number just before a street name: "Flat 2/1, 14B Example Road" gives "14B".
_HOUSE_NUMBER = re.compile(r"(\d+[A-Za-z]?)[ ,]*$")


def _numbered_key(body: str, street: str) -> str:
    """An address's key: its house number and street, so "12 X Road" and "14 X Road" differ."""
    at = body.find(street)
    number = _HOUSE_NUMBER.search(body, 0, at) if at > 0 else None
    if number is None:
        return _key(street)
    # "38B EXAMPLE WAY" read as number 38 and street "B EXAMPLE WAY": one house number, 38b.
    return re.sub(r"(\d) ([a-z])\b", r"\1\2", _key(f"{number.group(1)} {street}"))


def resolve_street_keys(findings: list[Finding]) -> list[Finding]:
    """Give a bare street mention the key of its one numbered address.

    "14 Example Road ... Example Road" share a placeholder; when the document has two numbered
    addresses on that street, the bare mention keeps a placeholder of its own (it cannot say
    which house it means), and the two houses keep theirs.
    """
    numbered: dict[str, set[str]] = {}
    for finding in findings:
        if finding.category == "address":
            number, _, street = finding.key.removeprefix("address:").partition(" ")
            if number[:1].isdigit() and street:
                numbered.setdefault("address:" + street, set()).add(finding.key)
    if not numbered:
        return findings
    resolved = []
    for finding in findings:
        keys = numbered.get(finding.key) if finding.category == "address" else None
        if keys is not None and len(keys) == 1:
            finding = replace(finding, key=next(iter(keys)))
        resolved.append(finding)
    return resolved


def _key(street: str) -> str:
    return "address:" + " ".join(street.lower().split())
