"""Fictional case-review report texts with gold JSON, to test that redaction generalises.

    .venv/bin/python benchmarks/synth_reports.py OUT_DIR [--n 40] [--seed 1]

Writes ``OUT_DIR/text/S01.txt`` ... and ``OUT_DIR/gold/S01.json`` in the gold format of the
shared corpus (``/work/shared/corpus/README.md``), so ``score_redaction.py --gold OUT_DIR/gold
--out REDACTED_DIR`` scores them. Every person, street, postcode and identifier is invented
here from small pools and random parts: forenames and surnames are generic Scottish forms
(Mc/Mac, O', hyphenated, Gaelic with and without accents, names that are ordinary words),
phone numbers come from Ofcom's drama ranges, e-mail domains are ``*.example.*``, CHI and
NHS numbers carry valid mod-11 check digits. Public bodies are named as real reports would.

Gold is built while the text is built: each placeholder of a template (``{mum.full}``,
``{home.inline}``) renders its surface form and registers every PII form inside it (full
name, forename, surname, "Ms X", initial form, address line, street, postcode), so a form
is listed exactly when it occurs. Counts are whole-word occurrences, computed as the scorer
matches; a name word that also occurs in lower case elsewhere is marked ``word_collision``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# --------------------------------------------------------------------------- name pools

FEMALE = """Eilidh Mhairi Catriona Kirsty Morna Isla Ailsa Fiona Shona Lorna Rhona Iona Skye Kirstine
Ishbel Jessie Marjorie Elspeth Agnes Senga Wilma Alison Gillian Carol Tania Nicola Leanne Shannon
Chantelle Demi Kayleigh Tiffany Jodie Ellie Amber Lacey Chelsea Zara Aleksandra Oksana Beata Ngozi
Amira Yasmin Priya Roisin Siobhan Niamh Aoife Grainne Esme Ruth Moira Sheena Kathleen Tamsin Tegan""".split()
FEMALE_GAELIC = [("Seonaid", "Se\u00f2naid"), ("Mairi", "M\u00e0iri"), ("Sine", "S\u00ecne"),
                 ("Ciorsdan", "Ciorsdan"), ("Raonaid", "Raonaid"), ("Oighrig", "Oighrig"),
                 ("Peggy", "Peggy"), ("Beathag", "Beathag"), ("Ealasaid", "Ealasaid"),
                 ("Morag", "M\u00f2rag"), ("Una", "\u00dana")]
MALE = """Callum Fraser Lewis Ross Euan Craig Gordon Graeme Stuart Alistair Hamish Torquil Dermid Murdo
Dugald Angus Kenny Gregor Lachlan Fergus Ruaraidh Struan Rory Baird Kyle Jayden Dean Liam Connor
Declan Shay Taylor Kai Jamie Darren Wayne Barry Gary Sandy Dariusz Tomasz Marek Chukwuemeka Ravi
Imran Keir Neill Pol Ciaran Murray Lorne Ruaridh""".split()
MALE_GAELIC = [("Ruairidh", "Ruair\u00ecdh"), ("Eoghann", "E\u00f2ghann"), ("Domhnall", "D\u00f2mhnall"),
               ("Tormod", "Tormod"), ("Fionnlagh", "Fionnlagh"), ("Somhairle", "Somhairle"),
               ("Uilleam", "Uilleam"), ("Alasdair", "Alasdair"), ("Calum", "Calum"), ("Seoras", "Seoras")]
# Forenames that are ordinary English words: matched case-sensitively by the scorer.
FEMALE_WORDS = "Rose Grace Hope Faith Ivy Holly Daisy Robin Dawn Joy Amber Pearl Star".split()
MALE_WORDS = "Hunter Forest Rowan Heath Mason Bishop".split()
HYPHEN_FORE = "Jo-Anne Lee-Anne Mary-Kate Ann-Louise Kerry-Ann Jay-Jay Lewis-James".split()

SURNAMES = """Baird Guthrie Laidlaw Rennie Sinclair Urquhart Dalgleish Lumsden Kinnear Pirie Strachan
Cowie Baxter Nisbet Orr Petrie Tulloch Haldane Jardine Gilchrist Blackwood Moffat Spence Rattray
Crombie Gunn Dunbar Fleming Lamont Cruickshank Auld Geddes Imrie Kerr Lindsay Mowbray Ritchie
Sutherland Tait Wardlaw Yuill Buchan Cairney Drysdale Ferrie Galbraith Hendry Inglis Kilpatrick
Liddell Mathieson Niven Paterson Quinn Rankine Shearer Tosh Veitch Weir Nowak Kowalski Okafor
Adeyemi Hussain Chaudhry Singh""".split()
MAC_SURNAMES = """McAllister MacLennan McKechnie MacFadyen McGlashan MacIver McCorquodale MacPhail
McIlwraith MacQuarrie McVicar McGeachy MacAulay McKellar MacSween McGuigan MacKinnon McCrindle
McLuckie MacEachen""".split()
O_SURNAMES = ["O'Kane", "O'Donnell", "O'Dowd", "O'Neill", "O\u2019Halloran"]
HYPHEN_SURNAMES = """Baird-Ogilvie Stirling-Kerr Craig-McNab Home-Drummond Allan-Fyfe Watt-Gourlay
Main-Cuthbert""".split()
# Surnames that are ordinary English words: matched case-sensitively.
SURNAME_WORDS = "Wood Bell Young Brown Black White Hunter Shepherd Stewart Mason Baker Fisher Cook Walker Mills Marshall Turner Dyer Rose".split()
ORDINARY = {w.lower() for w in FEMALE_WORDS + MALE_WORDS + SURNAME_WORDS} | {"stewart"}

STREET_STEMS = """Larchgrove Rowanbank Whinhill Bellfield Hawthornden Kirkbrae Millhaugh Thistlebank
Corsehill Broomieknowe Windyedge Stanecastle Blackthorn Ashgrove Cairnhill Dunvegan Strathmore
Braeside Heatherlea Lochview Ferniehill Greenlaw Kilbowie Glenorchy Birkenshaw Craigmount
Auchinairn Balgownie Carrick Dalmahoy Elmbank Fernbrae Garnock Hillpark Inchmurrin Juniper
Kelburn Lomond Monkcastle Netherton Ochil Priorwood Quarrelton Riverbank Sandyknowe Torrance
Uphall Victoria Whitehaugh Yarrow""".split()
STREET_TWO = ["Mount Vernon", "Old Mill", "Castle View", "Loch Lomond", "Burn Side", "Crow Hill"]
STREET_TYPES = ("Road Street Avenue Crescent Terrace Gardens Drive Place Lane Wynd Court Grove "
                "Square View Way Row Brae Loan Park Green Neuk Close Walk Rise Quadrant Circle").split()
HOUSE_STEMS = "Rowan Birch Holly Hazel Larch Thistle Burnside Brae Hilltop Glebe Myrtle Kirk".split()
HOUSE_TYPES = "Cottage Shieling House Croft Steading Farmhouse Bothy".split()
FARM_STEMS = "Balquhain Drumtochty Auchenleck Craigievar Pitcorthie Kinnordy Glenquiech Tullochgorm".split()
LOCALITIES = "Kirkton Milton Newmill Bridgend Bankfoot Netherley Glenisla Achnacarry Dalginross".split()

# ------------------------------------------------------------------------- public bodies


@dataclass(frozen=True)
class Area:
    cpc: str
    council: str
    board: str
    hospitals: tuple[str, ...]
    towns: tuple[str, ...]
    areas: tuple[str, ...]  # postcode areas


AREAS = [
    Area("Glasgow", "Glasgow City Council", "NHS Greater Glasgow and Clyde",
         ("Royal Hospital for Children", "Queen Elizabeth University Hospital"), ("Glasgow",), ("G",)),
    Area("Fife", "Fife Council", "NHS Fife", ("Queen Margaret Hospital",), ("Kirkcaldy", "Dunfermline", "Glenrothes"), ("KY",)),
    Area("Highland", "The Highland Council", "NHS Highland", ("Raigmore Hospital",), ("Inverness", "Dingwall", "Fort William"), ("IV", "PH")),
    Area("Aberdeen City", "Aberdeen City Council", "NHS Grampian",
         ("Royal Aberdeen Children's Hospital", "Aberdeen Maternity Hospital"), ("Aberdeen",), ("AB",)),
    Area("Dundee", "Dundee City Council", "NHS Tayside", ("Ninewells Hospital",), ("Dundee",), ("DD",)),
    Area("Perth and Kinross", "Perth and Kinross Council", "NHS Tayside", ("Perth Royal Infirmary",),
         ("Perth", "Crieff", "Blairgowrie"), ("PH",)),
    Area("Stirling", "Stirling Council", "NHS Forth Valley", ("Forth Valley Royal Hospital",), ("Stirling", "Callander"), ("FK",)),
    Area("Scottish Borders", "Scottish Borders Council", "NHS Borders", ("Borders General Hospital",),
         ("Galashiels", "Hawick", "Kelso"), ("TD",)),
    Area("Dumfries and Galloway", "Dumfries and Galloway Council", "NHS Dumfries and Galloway",
         ("Dumfries and Galloway Royal Infirmary",), ("Dumfries", "Stranraer"), ("DG",)),
    Area("Renfrewshire", "Renfrewshire Council", "NHS Greater Glasgow and Clyde", ("Royal Alexandra Hospital",),
         ("Paisley", "Renfrew", "Johnstone"), ("PA",)),
    Area("East Lothian", "East Lothian Council", "NHS Lothian", ("St John's Hospital",), ("Musselburgh", "Haddington"), ("EH",)),
    Area("Inverclyde", "Inverclyde Council", "NHS Greater Glasgow and Clyde", ("Inverclyde Royal Hospital",), ("Greenock", "Gourock"), ("PA",)),
    Area("Aberdeenshire", "Aberdeenshire Council", "NHS Grampian", ("Aberdeen Royal Infirmary",), ("Peterhead", "Inverurie", "Stonehaven"), ("AB",)),
    Area("Argyll and Bute", "Argyll and Bute Council", "NHS Highland", ("Lorn and Islands Hospital",), ("Oban", "Dunoon"), ("PA",)),
    Area("Western Isles", "Comhairle nan Eilean Siar", "NHS Western Isles", ("Western Isles Hospital",), ("Stornoway",), ("HS",)),
    Area("Clackmannanshire", "Clackmannanshire Council", "NHS Forth Valley", ("Forth Valley Royal Hospital",), ("Alloa",), ("FK",)),
    Area("Midlothian", "Midlothian Council", "NHS Lothian", ("Royal Infirmary of Edinburgh",), ("Dalkeith", "Penicuik"), ("EH",)),
]
GUIDANCE = ["National Guidance for Child Protection in Scotland 2021", "Getting it right for every child",
            "Children's Hearings (Scotland) Act 2011", "Children (Scotland) Act 1995",
            "Protocol for Learning Reviews", "Child's Plan"]

# ------------------------------------------------------------------------------ matching


def norm(s: str) -> str:
    """The scorer's normalisation (NFKC, straight quotes, dashes, collapsed whitespace)."""
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\u2010\u2011\u2012\u2013\u2014\u2212]", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def _pattern(needle: str, case_sensitive: bool) -> re.Pattern[str]:
    body = "".join(r"\s?-?\s?" if ch == "-" else r"\s" if ch == " " else re.escape(ch) for ch in norm(needle))
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", 0 if case_sensitive else re.IGNORECASE)


# ------------------------------------------------------------------------------ entities


@dataclass
class Entry:
    category: str
    text: str
    part: str | None = None


@dataclass
class Person:
    fore: str
    sur: str
    title: str
    middle: str = ""
    fore_only: bool = False

    def form(self, name: str, rng: random.Random) -> tuple[str, list[Entry]]:
        f, s = self.fore, self.sur
        tokens = [Entry("person", f, "forename")]
        if not self.fore_only:
            tokens.append(Entry("person", s, "surname"))
        if name == "fore" or self.fore_only:
            text = f if name != "poss" else f + "'s"
            return text, [Entry("person", f, "forename")]
        if name == "full":
            text = f"{f} {self.middle} {s}" if self.middle and rng.random() < 0.5 else f"{f} {s}"
            extra = [Entry("person", self.middle, "middle_name")] if self.middle in text.split() else []
            return text, [Entry("person", text, "full"), *tokens, *extra]
        if name == "sur":
            return s, [Entry("person", s, "surname")]
        if name == "poss":
            return f + rng.choice(["'s", "\u2019s"]), [Entry("person", f, "forename")]
        if name == "surposs":
            return s + "'s", [Entry("person", s, "surname")]
        if name == "ms":
            text = f"{self.title} {s}" if rng.random() < 0.8 else f"{self.title}. {s}"
            return text, [Entry("person", text, "title_surname"), Entry("person", s, "surname")]
        if name == "msfull":
            return f"{self.title} {f} {s}", [Entry("person", f"{f} {s}", "full"), *tokens]
        if name == "init":
            text = f"{f[0]}. {s}" if rng.random() < 0.6 else f"{f[0]} {s}"
            return text, [Entry("person", text, "initial_surname"), Entry("person", s, "surname")]
        if name == "caps":  # "SURNAME, Forename" as in a register or a chronology
            return f"{s.upper()}, {f}", [Entry("person", s.upper(), "surname"), Entry("person", f, "forename")]
        if name == "capsfull":
            text = f"{f.upper()} {s.upper()}"
            return text, [Entry("person", text, "full"), Entry("person", f.upper(), "forename"),
                          Entry("person", s.upper(), "surname")]
        raise KeyError(name)


@dataclass
class Address:
    flat: str
    number: str
    street: str
    house: str
    locality: str
    town: str
    postcode: str

    def line(self) -> str:
        if self.house:
            return self.house
        lead = f"{self.flat}, " if self.flat and not re.match(r"\d+/\d+$", self.flat) else ""
        if re.match(r"\d+/\d+$", self.flat or ""):
            return f"{self.flat} {self.street}"
        return f"{lead}{self.number} {self.street}"

    def form(self, name: str, rng: random.Random) -> tuple[str, list[Entry]]:
        line = self.line()
        place = ", ".join(p for p in (self.locality, self.town) if p)
        streets = [Entry("address", self.street, "street")] if self.street else []
        pc = Entry("postcode", self.postcode)
        if name == "inline":
            text = f"{line}, {place} {self.postcode}"
            return text, [Entry("address", text, "full"), Entry("address", line, "line"), *streets, pc]
        if name == "block":
            lines = ([self.flat, f"{self.number} {self.street}"] if self.flat and "/" in self.flat and not self.house
                     and rng.random() < 0.5 else [line])
            text = "\n".join([*lines, *([self.locality] if self.locality else []), self.town, self.postcode])
            return text, [*(Entry("address", x, "line") for x in lines), *streets, pc]
        if name == "line":
            return line, [Entry("address", line, "line"), *streets]
        if name == "street":
            if self.street:
                return self.street, streets
            return self.house, [Entry("address", self.house, "line")]
        if name == "pc":
            return self.postcode, [pc]
        raise KeyError(name)


@dataclass
class Value:
    """A phone number, e-mail address, birth date or health/NI number: one surface form."""

    category: str
    text: str

    def form(self, name: str, rng: random.Random) -> tuple[str, list[Entry]]:
        return self.text, [Entry(self.category, self.text)]


# ----------------------------------------------------------------------------- factories


class Factory:
    def __init__(self, rng: random.Random, area: Area) -> None:
        self.rng = rng
        self.area = area
        self.used_words: set[str] = set()
        self.used_surnames: set[str] = set()

    def _fresh(self, pool: list[str]) -> str:
        for _ in range(50):
            word = self.rng.choice(pool)
            if word.lower() not in self.used_words:
                self.used_words.add(word.lower())
                return word
        return self.rng.choice(pool)

    def forename(self, female: bool) -> str:
        r = self.rng.random()
        if r < 0.18:
            plain, accented = self.rng.choice(FEMALE_GAELIC if female else MALE_GAELIC)
            name = accented if self.rng.random() < 0.5 else plain
            if name.lower() in self.used_words:
                return self._fresh(FEMALE if female else MALE)
            self.used_words.add(name.lower())
            return name
        if r < 0.33:
            return self._fresh(FEMALE_WORDS if female else MALE_WORDS)
        if r < 0.40:
            return self._fresh(HYPHEN_FORE)
        return self._fresh(FEMALE if female else MALE)

    def surname(self) -> str:
        r = self.rng.random()
        pool = (MAC_SURNAMES if r < 0.25 else O_SURNAMES if r < 0.33 else HYPHEN_SURNAMES if r < 0.42
                else SURNAME_WORDS if r < 0.62 else SURNAMES)
        return self._fresh(pool)

    def person(self, female: bool, surname: str | None = None, title: str | None = None,
               fore_only: bool = False) -> Person:
        title = title or (self.rng.choice(["Ms", "Ms", "Mrs", "Miss"]) if female else "Mr")
        middle = self._fresh(FEMALE if female else MALE) if self.rng.random() < 0.12 else ""
        return Person(self.forename(female), surname or self.surname(), title, middle, fore_only)

    def postcode(self) -> str:
        rng = self.rng
        area = rng.choice(self.area.areas)
        district = str(rng.randint(1, 49 if len(area) == 1 else 40))
        inward = str(rng.randint(0, 9)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        return f"{area}{district}{'' if rng.random() < 0.12 else ' '}{inward}"

    def street(self) -> str:
        stem = self.rng.choice(STREET_TWO) if self.rng.random() < 0.1 else self._fresh(STREET_STEMS)
        return f"{stem} {self.rng.choice(STREET_TYPES)}"

    def address(self, kind: str | None = None) -> Address:
        rng = self.rng
        kind = kind or rng.choice(["plain", "plain", "tenement", "edinburgh", "slash", "house", "farm", "flatno"])
        town = rng.choice(self.area.towns)
        number = str(rng.randint(1, 240)) + (rng.choice("AB") if rng.random() < 0.08 else "")
        flat = house = locality = ""
        street = self.street()
        if kind == "tenement":
            flat = f"Flat {rng.randint(0, 4)}/{rng.randint(1, 3)}"
        elif kind == "edinburgh":
            flat = f"{rng.randint(1, 5)}F{rng.randint(1, 4)}"
        elif kind == "slash":
            flat = f"{rng.randint(1, 60)}/{rng.randint(1, 12)}"
        elif kind == "flatno":
            flat = f"Flat {rng.randint(1, 24)}"
        elif kind == "house":
            house = f"{rng.choice(HOUSE_STEMS)} {rng.choice(HOUSE_TYPES)}"
            street, locality = "", rng.choice(LOCALITIES)
            town = "by " + town if rng.random() < 0.5 else town
        elif kind == "farm":
            house = f"Mains of {rng.choice(FARM_STEMS)} Farm" if rng.random() < 0.6 else f"{rng.choice(FARM_STEMS)} Farm"
            street, town = "", "by " + town
        return Address(flat, number, street, house, locality, town, self.postcode())

    def phone(self, mobile: bool) -> Value:
        rng = self.rng
        tail = f"{rng.randint(0, 999):03d}"
        if mobile:
            forms = [f"07700 900{tail}", f"07700 900 {tail}", f"07700-900-{tail}", f"+44 7700 900{tail}",
                     f"+447700900{tail}", f"(07700) 900{tail}", f"07700900{tail}"]
        else:
            code = rng.choice(["0131 496", "0141 496", "01632 96"])
            if code.startswith("01632"):
                forms = [f"01632 960{tail}", f"(01632) 960 {tail}", f"01632-960{tail}", f"+44 1632 960{tail}"]
            else:
                a, b = code.split()
                forms = [f"{a} {b} 0{tail}", f"{a}-{b}-0{tail}", f"({a}) {b} 0{tail}", f"+44 (0){a[1:]} {b} 0{tail}",
                         f"{a}{b}0{tail}", f"+44 {a[1:]} {b} 0{tail}"]
        return Value("phone", rng.choice(forms))

    def email(self, person: Person, work: bool) -> Value:
        def ascii_(s: str) -> str:
            s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
            return re.sub(r"[^a-z-]", "", s.lower())

        f, s = ascii_(person.fore), ascii_(person.sur)
        if work:
            la = re.sub(r"[^a-z]", "", self.area.cpc.lower())
            local = self.rng.choice([f"{f[0]}.{s}", f"{f}.{s}", f"{f}{s}"])
            domain = self.rng.choice([f"{la}.example.gov.uk", "nhs.example.scot", "scotland.example.police.uk"])
        else:
            local = self.rng.choice([f"{f}{s}{self.rng.randint(1, 99)}", f"{s}.{f}", f"{f}_{self.rng.randint(80, 99)}"])
            domain = self.rng.choice(["webmail.example.net", "mail.example.com", "example.co.uk"])
        return Value("email", f"{local}@{domain}")

    def dob(self, year_from: int, year_to: int) -> tuple[Value, tuple[int, int, int]]:
        rng = self.rng
        y, m, d = rng.randint(year_from, year_to), rng.randint(1, 12), rng.randint(1, 28)
        months = "January February March April May June July August September October November December".split()
        suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}",
                 f"{y}-{m:02d}-{d:02d}", f"{d} {months[m - 1]} {y}", f"{d}{suffix} {months[m - 1]} {y}",
                 f"{d}{suffix} of {months[m - 1]} {y}", f"{months[m - 1]} {d}, {y}", f"{d} {months[m - 1][:3]} {y}"]
        return Value("dob", rng.choice(forms)), (d, m, y)

    def chi(self, dmy: tuple[int, int, int]) -> Value:
        d, m, y = dmy
        while True:
            body = f"{d:02d}{m:02d}{y % 100:02d}{self.rng.randint(0, 999):03d}"
            check = _mod11(body)
            if check is not None:
                digits = body + str(check)
                break
        text = self.rng.choice([digits, f"{digits[:6]} {digits[6:]}", f"{digits[:6]}-{digits[6:]}"])
        return Value("chi", text)

    def nhs(self) -> Value:
        while True:
            body = "".join(str(self.rng.randint(0, 9)) for _ in range(9))
            if body[0] in "34" and int(body[:2]) > 31:  # not readable as a DDMMYY birth date
                check = _mod11(body)
                if check is not None:
                    digits = body + str(check)
                    break
        return Value("nhs", self.rng.choice([digits, f"{digits[:3]} {digits[3:6]} {digits[6:]}"]))

    def ni(self) -> Value:
        first, second = "ABCEGHJKLMNPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
        while True:
            prefix = self.rng.choice(first) + self.rng.choice(second)
            if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
                break
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(6))
        suffix = self.rng.choice("ABCD")
        spaced = f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
        return Value("ni", self.rng.choice([prefix + digits + suffix, spaced]))


def _mod11(nine: str) -> int | None:
    total = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return None if check == 10 else check


# ------------------------------------------------------------------------------ rendering

_SLOT = re.compile(r"\{(\w+)\.(\w+)\}")


class Doc:
    """Text under construction, and the spans and gold entries of every PII form in it."""

    def __init__(self, rng: random.Random, ctx: dict[str, Person | Address | Value]) -> None:
        self.rng = rng
        self.ctx = ctx
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int]] = []
        self.entries: list[Entry] = []

    def add(self, template: str) -> None:
        position = 0
        for slot in _SLOT.finditer(template):
            self._raw(template[position:slot.start()])
            surface, entries = self.ctx[slot.group(1)].form(slot.group(2), self.rng)
            self.spans.append((self.length, self.length + len(surface)))
            self.entries.extend(e for e in entries if e.text)
            self._raw(surface)
            position = slot.end()
        self._raw(template[position:])

    def _raw(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def gold_entries(doc: Doc) -> list[dict] | None:
    """Gold PII entries with counts; None when a name word also reads as non-PII text."""
    text = doc.text()
    inside = sorted(doc.spans)
    out: dict[tuple[str, str], dict] = {}

    def covered(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in inside)

    for entry in doc.entries:
        is_token = entry.category == "person" and " " not in entry.text.strip()
        collision = is_token and (entry.text.lower() in ORDINARY or entry.text.isupper())
        sensitive = _pattern(entry.text, True)
        outside = [m for m in sensitive.finditer(text) if not covered(m.start(), m.end())]
        if outside and entry.category == "person":
            return None  # the name reads as an ordinary capitalised word elsewhere: regenerate
        if is_token and not collision:
            loose = [m for m in _pattern(entry.text, False).finditer(text) if not covered(m.start(), m.end())]
            collision = bool(loose)
        key = (entry.category, entry.text if collision else entry.text.lower())
        if key in out:
            continue
        count = len((sensitive if collision else _pattern(entry.text, False)).findall(text))
        if not count:
            continue
        item: dict = {"category": entry.category, "text": entry.text}
        if entry.part:
            item["part"] = entry.part
        item["count"] = count
        if entry.category == "person" and is_token:
            item["word_collision"] = collision
        out[key] = item
    # A multi-word form is matched case-insensitively: it must not also occur as plain text.
    return list(out.values())


# ------------------------------------------------------------------------------ templates


def _date(rng: random.Random, style: int | None = None) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    months = "January February March April May June July August September October November December".split()
    style = rng.randint(0, 3) if style is None else style
    return [f"{d} {months[m - 1]} 2026", f"{d:02d}/{m:02d}/2026", f"{d}.{m}.26", f"{d} {months[m - 1][:3]} 2026"][style]


class Case:
    """The cast and places of one fictional case."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.area = rng.choice(AREAS)
        f = Factory(rng, self.area)
        self.f = f
        letter = rng.choice(string.ascii_uppercase.replace("I", "").replace("O", ""))
        self.label = rng.choice([f"Child {letter}", f"Child {letter}", f"Young Person {letter}", f"Baby {letter}"])
        self.cpc = f"{self.area.cpc} Child Protection Committee"
        family = f.surname()
        female_child = rng.random() < 0.5
        self.pronoun = "she" if female_child else "he"
        self.poss = "her" if female_child else "his"
        mum = f.person(True)
        child = f.person(female_child, surname=family if rng.random() < 0.6 else mum.sur)
        mum_sur = child.sur if rng.random() < 0.5 else mum.sur
        mum = Person(mum.fore, mum_sur, mum.title, mum.middle)
        dad = f.person(False)
        partner = f.person(False, fore_only=rng.random() < 0.5)
        sibling = f.person(not female_child, surname=child.sur)
        gran = f.person(True, title="Mrs")
        hv = f.person(True, title="Ms")
        sw = f.person(rng.random() < 0.6)
        teacher = f.person(rng.random() < 0.7)
        gp = f.person(rng.random() < 0.5, title="Dr")
        paed = f.person(rng.random() < 0.5, title="Dr")
        police = f.person(rng.random() < 0.4, title=rng.choice(["PC", "DC", "Sergeant", "DS"]))
        chair = f.person(rng.random() < 0.5)
        reviewer = f.person(rng.random() < 0.5)
        reviewer2 = f.person(rng.random() < 0.5)
        minute = f.person(True)
        lead = f.person(rng.random() < 0.5)
        self.young_label = self.label.startswith("Young")
        if self.young_label:  # "Young Person Y" is kept: no person may be called Young
            for p in (mum, child, dad, partner, sibling, gran, hv, sw, teacher, gp, paed, police, chair,
                      reviewer, reviewer2, minute, lead):
                if p.sur == "Young":
                    p.sur = rng.choice(SURNAMES)
        cdob, cdmy = f.dob(2008, 2025)
        mdob, _ = f.dob(1980, 2004)
        sdob, _ = f.dob(2005, 2024)
        self.ctx: dict[str, Person | Address | Value] = {
            "child": child, "mum": mum, "dad": dad, "partner": partner, "sib": sibling, "gran": gran,
            "hv": hv, "sw": sw, "teacher": teacher, "gp": gp, "paed": paed, "police": police,
            "chair": chair, "rev": reviewer, "rev2": reviewer2, "minute": minute, "lead": lead,
            "home": f.address(), "granhome": f.address(rng.choice(["house", "farm", "plain"])),
            "prev": f.address(rng.choice(["plain", "tenement"])), "office": f.address("plain"),
            "cdob": cdob, "mdob": mdob, "sdob": sdob, "chi": f.chi(cdmy), "nhs": f.nhs(), "ni": f.ni(),
            "mphone": f.phone(True), "lphone": f.phone(False), "lphone2": f.phone(rng.random() < 0.3),
            "memail": f.email(mum, work=False), "lemail": f.email(lead, work=True),
            "swemail": f.email(sw, work=True),
        }
        self.hospital = rng.choice(self.area.hospitals)
        self.keep_pool = [self.cpc, self.area.council, self.area.board, self.hospital, "Police Scotland",
                          "Scottish Children's Reporter Administration", "SCRA", "Social Work Services",
                          "Children and Families Social Work", "Care Inspectorate", "Chief Officers Group",
                          "health visitor", "social worker", "school nurse", "Lead Officer", "named person",
                          "Chief Social Work Officer", "Mother", "Father", "Sibling 1", "Sibling 2",
                          "Maternal grandmother", "Paternal grandmother", self.label, "Education Services",
                          "Procurator Fiscal", "Independent Chair", *GUIDANCE]

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)


def _attendee(case: Case, key: str, role: str, org: str) -> str:
    return case.pick(f"{{{key}.full}} ({role}, {org})", f"{{{key}.full}}, {role}, {org}",
                     f"{{{key}.msfull}}\t{role}\t{org}", f"{{{key}.init}} - {role}, {org}")


def icr_minute(case: Case, doc: Doc) -> None:
    a, pick = case.area, case.pick
    doc.add(f"{case.cpc}\nInitial Case Review - Minute of Meeting\nPROTECT - OFFICIAL SENSITIVE\n\n")
    doc.add(pick(f"Date of meeting: {_date(case.rng)}\n", f"Meeting held on {_date(case.rng)} (Teams)\n"))
    doc.add(pick("Chair: {chair.full}\n", "Chair\t{chair.full}, Independent Chair\n", "Chaired by {chair.msfull}\n"))
    doc.add(pick("Minute taker: {minute.full}\n", "Minute: {minute.init}\n", "Notes taken by {minute.full}\n"))
    doc.add("Present:\n")
    for key, role, org in [("sw", "Team Manager", "Children and Families Social Work"),
                           ("police", "Detective Sergeant", "Police Scotland"),
                           ("hv", "Health Visitor", a.board), ("teacher", "Depute Head Teacher", "Education Services")]:
        doc.add(_attendee(case, key, role, org) + "\n")
    doc.add(pick("Apologies: {paed.ms} ({hospital})\n".replace("{hospital}", case.hospital),
                 "Apologies\t{paed.msfull}\n", "Apologies were received from {gp.ms}.\n"))
    doc.add("\n1. Background\n")
    doc.add(pick(
        f"{case.label} ({{child.full}}, DOB {{cdob.x}}) lives with Mother ({{mum.full}}) at {{home.inline}}. ",
        f"{case.label}, {{child.full}} (born on {{cdob.x}}), lives with {case.poss} mother, {{mum.full}}, at {{home.inline}}. ",
        f"The subject of this review is {case.label}, {{child.fore}} {{child.sur}}, date of birth {{cdob.x}}, of {{home.inline}}. ",
    ))
    doc.add(pick("{mum.ms} (D.O.B. {mdob.x}) has a new partner known only as {partner.fore}. ",
                 "Mother's partner, {partner.full}, moved into the flat at {home.line} in the spring. ",
                 "{mum.fore}'s partner {partner.fore} was not known to services. "))
    doc.add(pick("{sib.fore} (Sibling 2, born {sdob.x}) stays with the maternal grandmother, {gran.ms}, at {granhome.inline}.\n",
                 "Sibling 2, {sib.full}, has lived with {gran.msfull} at {granhome.line} since March.\n",
                 "The family previously lived at {prev.line}, and {sib.fore} still attends school near {prev.street}.\n"))
    doc.add("\n2. Discussion\n")
    doc.add(pick(
        "{hv.ms} reported that the health visitor had not seen {child.fore} since the family moved. ",
        "The health visitor, {hv.full}, visited on three occasions and was not given access. ",
        "Health visitor {hv.full} said {mum.fore} had missed two appointments at the clinic. ",
    ))
    doc.add(pick(
        "{police.ms} confirmed that Police Scotland attended {home.line} following a call from a neighbour. ",
        f"Officers attended {{home.street}} twice; {{police.ms}} shared the concern reports with {case.area.council}. ",
        "Police Scotland ({police.init}) noted a domestic incident involving {dad.full} and {mum.full}. ",
    ))
    doc.add(pick(
        "{teacher.full}, the class teacher, described {child.poss} attendance as 74%.\n",
        "School staff ({teacher.ms}) raised concerns about {child.fore}'s appearance.\n",
        f"{{teacher.fore}} from Education Services said {case.pronoun} was often hungry.\n",
    ))
    doc.add(pick(
        f"{{paed.ms}}, consultant paediatrician at {case.hospital}, examined {{child.fore}} on {_date(case.rng)}. ",
        f"A child protection medical was carried out at {case.hospital} by {{paed.msfull}}. ",
    ))
    doc.add(pick("{gp.ms} (GP) had prescribed medication to {mum.fore}. ",
                 "The GP, {gp.full}, had not been told of the move. "))
    doc.add("\n3. Decision\n")
    doc.add(pick("The ICR recommends that a Learning Review is undertaken. ",
                 "Members agreed that the criteria for a Learning Review are met. "))
    doc.add(f"The recommendation was ratified by the Chief Officers Group on {_date(case.rng, 0)}.\n\n")
    doc.add(pick("Contact: {lead.full}, Lead Officer, tel {lphone.x}, {lemail.x}\n",
                 "Lead Officer\t{lead.full}\t{lphone.x}\n",
                 "For queries please contact {lead.ms} on {lphone.x} or at {lemail.x}.\n"))


def scr_summary(case: Case, doc: Doc) -> None:
    pick = case.pick
    doc.add(pick("Significant Case Review\nExecutive Summary\n", "SIGNIFICANT CASE REVIEW: EXECUTIVE SUMMARY\n"))
    doc.add(f"{case.cpc}\n\n1. Introduction\n")
    doc.add(f"This Significant Case Review concerns {case.label}. It was commissioned by the Chief Officers Group "
            f"in line with the National Guidance for Child Protection in Scotland 2021. ")
    doc.add(pick("The lead reviewers were {rev.full} and {rev2.full}.\n",
                 "Lead reviewers: {rev.msfull} and {rev2.msfull}, independent reviewers.\n",
                 "The review was led by {rev.full}, an independent reviewer, supported by {rev2.full}.\n"))
    doc.add("\n2. The family\n")
    doc.add("Name\tRelationship\tDate of birth\tAddress\n")
    doc.add(f"{{child.full}}\t{case.label}\t{{cdob.x}}\t{{home.line}}\n")
    doc.add(pick("{mum.full}\tMother\t{mdob.x}\t{home.line}\n", "{mum.caps}\tMother\t{mdob.x}\t{home.line}\n"))
    doc.add("{sib.full}\tSibling 2\t{sdob.x}\t{granhome.line}\n")
    doc.add("{dad.full}\tFather\tnot known\tnot known\n\n")
    doc.add(pick(
        f"{{mum.fore}}'s relationship with {{dad.sur}} ended before {case.label} was born. ",
        "Mr {dad.sur} had limited contact. ",
        "{dad.fore} {dad.sur} moved to {prev.street} after the separation. ",
    ))
    doc.add(pick(
        "{child.fore} was described by {child.poss} nursery as a quiet child. ",
        f"{{child.sur}} family members told the reviewers that {case.pronoun} loved animals. ",
        "{child.caps} was known to the nursery from the age of two. ",
    ))
    doc.add(pick("The family lived in a ground floor flat at {home.inline}. ",
                 "The family's home ({home.street}) was described as cold and damp. ",
                 "At the time the family lived at\n{home.block}\n"))
    doc.add("\n3. Key episodes\n")
    doc.add(pick(
        f"On {_date(case.rng)} the health visitor, {{hv.full}}, noted bruising. ",
        f"On {_date(case.rng)}, {{hv.init}} (health visitor) noted bruising and informed the GP. ",
        f"In {case.pick('March', 'October', 'the autumn')} the health visitor {{hv.fore}} {{hv.sur}} raised a concern. ",
    ))
    doc.add(pick(
        "{sw.ms}, the allocated social worker, completed an assessment. ",
        "The social worker ({sw.full}) did not see the child alone. ",
        "Social worker {sw.fore} spoke to {mum.fore} by telephone. ",
    ))
    doc.add(pick(
        "{police.ms} of Police Scotland attended after a report from {gran.ms}. ",
        "{gran.fore}, the maternal grandmother, contacted Police Scotland on {mphone.x}. ",
        "{police.msfull} interviewed {partner.fore} under caution. ",
    ))
    doc.add(pick("{mum.fore} told {sw.fore} that {partner.fore} had left. ",
                 "{partner.poss} behaviour was not explored. ",
                 "Neighbours said {partner.fore} was still at the flat.\n"))
    doc.add(f"\n4. Learning\nAgencies did not share information about {{mum.fore}}'s history. "
            f"{case.area.board} and {case.area.council} have accepted the recommendations.\n")
    doc.add(pick("{rev.fore} {rev.sur}\nLead Reviewer\n", "Signed: {rev.full}\n", "Kind regards,\n{rev.full}\nLead Reviewer\n"))


def learning_review(case: Case, doc: Doc) -> None:
    pick = case.pick
    doc.add(f"{case.cpc}\nLearning Review Report\nOFFICIAL - SENSITIVE\n\n")
    doc.add("Part 1: Key people\n")
    doc.add(pick("Child's name: {child.full}\n", "Name: {child.full}\n", "Name of child:\t{child.full}\n"))
    doc.add(pick("Date of birth: {cdob.x}\n", "DOB: {cdob.x}\n", "D.O.B.\t{cdob.x}\n"))
    doc.add(pick("CHI: {chi.x}\n", "CHI number\t{chi.x}\n", "CHI No. {chi.x}\n"))
    doc.add(pick("NHS number: {nhs.x}\n", "", "NHS No.\t{nhs.x}\n"))
    doc.add(pick("Address: {home.inline}\n", "Address:\n{home.block}\n", "Home address\t{home.inline}\n"))
    doc.add(pick("Name of child's parents/carers: {mum.full} and {dad.full}\n",
                 "Parents/carers: {mum.full} (Mother), {dad.full} (Father)\n",
                 "Name of child's parents/carers:\t{mum.full}; {partner.full}\n"))
    doc.add(pick("Mother's date of birth: {mdob.x}\n", "Mother DOB {mdob.x}\n"))
    doc.add(pick("Mother's National Insurance number: {ni.x}\n", "NI number\t{ni.x}\n", ""))
    doc.add(pick("Mother's mobile: {mphone.x}\n", "Telephone\t{mphone.x}\n", "Mobile {mphone.x}\n"))
    doc.add(pick("E-mail: {memail.x}\n", "Email\t{memail.x}\n", ""))
    doc.add("\nPart 2: Chronology\nDate\tAgency\tEvent\n")
    events = [
        "Health visitor {hv.ms} visits; {mum.fore} declines weighing.",
        "{child.fore} seen at " + case.hospital + " by {paed.ms}.",
        "{sw.full} (social worker) allocated.",
        "Police Scotland call to {home.line}; {partner.fore} present.",
        "{gran.msfull} phones Social Work Services with worries.",
        "School nurse sees {child.fore}; {child.poss} weight below the 2nd centile.",
        "{teacher.init} refers to named person.",
        "{dad.caps} arrested; bail address {prev.line}.",
        "Case conference chaired by {chair.full}.",
        "{mum.fore} and {child.fore} move to {granhome.street}.",
    ]
    case.rng.shuffle(events)
    agencies = ["Health", "Social Work", "Police", "Education", "NHS", "SCRA"]
    for event in events[:7]:
        doc.add(f"{_date(case.rng, case.rng.randint(0, 3))}\t{case.rng.choice(agencies)}\t{event}\n")
    doc.add("\nPart 3: Analysis\n")
    doc.add(pick(
        "The review team, led by {rev.full}, spoke with {mum.fore} and {gran.fore}. ",
        "{rev.ms} and {rev2.ms} met the family. ",
    ))
    doc.add(pick(
        "{mum.ms} said that {hv.fore} was the only professional she trusted. ",
        "{mum.fore} described the health visitor, {hv.full}, as kind. ",
    ))
    doc.add(pick(
        f"Getting it right for every child was not applied consistently. ",
        f"The Child's Plan did not mention {{partner.fore}}. ",
    ))
    doc.add(pick("{child.fore} now lives with {gran.ms} at {granhome.inline}.\n",
                 "The children are now cared for by Maternal grandmother at {granhome.inline}.\n"))
    doc.add(f"\nApproved by the Chief Officers Group on {_date(case.rng, 0)}.\n")
    doc.add(pick("Author: {rev.full}, Independent Reviewer ({lemail.x})\n",
                 "Prepared by {rev.full}\n", "Report author\t{rev.full}\n"))


def cover_letter(case: Case, doc: Doc) -> None:
    pick = case.pick
    doc.add(f"{case.area.council}\nChildren's Services\n{{office.block}}\n\n")
    doc.add(f"Tel: {{lphone.x}}\n\n{_date(case.rng, 0)}\n\n")
    doc.add("Strategic Team\nCare Inspectorate\n\n")
    doc.add(pick("Dear Colleague,\n\n", "Dear {rev.ms},\n\n"))
    doc.add(f"Please find attached the ICR report concerning {case.label}, on behalf of the {case.cpc}. ")
    doc.add(pick("If you have any questions please contact {lead.full} on {lphone2.x}.\n",
                 "Queries to {lead.ms}, Lead Officer ({lemail.x}).\n"))
    doc.add(pick("\nYours sincerely,\n\n{chair.full}\nChair, ", "\nKind regards\n{chair.full}\nChair, "))
    doc.add(f"{case.cpc}\n")


def notification_form(case: Case, doc: Doc) -> None:
    pick = case.pick
    doc.add("ICR NOTIFICATION FORM\n")
    doc.add(f"CPC:\t{case.cpc}\n")
    doc.add(f"Subject:\t{case.label}\n")
    doc.add(pick("Name / DOB:\t{child.full} / {cdob.x}\n", "Child's name:\t{child.capsfull}\nDate of birth:\t{cdob.x}\n"))
    doc.add(pick("CHI:\t{chi.x}\n", "CHI\t{chi.x}\n"))
    doc.add(pick("Address:\t{home.inline}\n", "Address\t{home.line}, {home.pc}\n"))
    doc.add(pick("Parent:\t{mum.full}\n", "Name of child's parents/carers:\t{mum.caps} / {dad.caps}\n"))
    doc.add(f"Date ICR convened:\t{_date(case.rng, 1)}\n")
    doc.add(f"Ratified by Chief Officers Group:\t{_date(case.rng, 0)}\n")
    doc.add("Outcome:\tA Learning Review will be commissioned.\n")
    doc.add(pick("Lead Officer:\t{lead.full} - {lphone.x}\n", "Lead Officer\t{lead.init}\t{lphone.x}\t{lemail.x}\n"))
    doc.add("\nSummary\n")
    doc.add(pick(
        f"{case.label}, {{child.full}} (DOB {{cdob.x}}, CHI {{chi.x}}), lives with {case.poss} mother {{mum.full}} "
        f"at {{home.inline}}. ",
        f"{{child.fore}} was admitted to {case.hospital} on {_date(case.rng, 1)}. ",
    ))
    doc.add(pick(
        "Mother's partner {partner.fore} has convictions for violence. ",
        "{mum.fore} reported that {partner.full} had threatened her. ",
    ))
    doc.add("\nDate\tEvent\n")
    for event in ["{child.fore} seen by health visitor ({hv.full}).", "{mum.fore} phones {sw.fore}.",
                  "Referral from {teacher.ms} to Social Work Services.", "{gran.fore} raises concern with Police Scotland."]:
        doc.add(f"{_date(case.rng, 1)}\t{event}\n")


TEMPLATES = {"ICR": [icr_minute, notification_form], "SCR": [scr_summary], "LR": [learning_review],
             "other": [cover_letter]}

def make_document(rng: random.Random, stem: str) -> tuple[str, dict]:
    """One fictional document and its gold entry (retries when names clash with text)."""
    for _ in range(20):
        case = Case(rng)
        doc_type = rng.choice(["ICR", "ICR", "SCR", "LR", "other"])
        doc = Doc(rng, case.ctx)
        rng.choice(TEMPLATES[doc_type])(case, doc)
        text = doc.text()
        pii = gold_entries(doc)
        if pii is None:
            continue
        normalised = norm(text)
        keep = sorted({k for k in case.keep_pool if _pattern(k, False).search(normalised)})
        gold = {"file": f"{stem}.txt", "format": "txt", "producer": "synth_reports", "has_text_layer": True,
                "doc_type": doc_type, "cpc": case.cpc, "local_authority": case.area.council,
                "pii": pii, "keep": keep, "quasi": [], "notes": ["synthetic"]}
        return text, gold
    raise RuntimeError("could not build a document without name clashes")


def generate(out_dir: Path, n: int, seed: int) -> list[str]:
    """Write ``n`` documents to ``out_dir/text`` and their gold to ``out_dir/gold``."""
    rng = random.Random(seed)
    (out_dir / "text").mkdir(parents=True, exist_ok=True)
    (out_dir / "gold").mkdir(parents=True, exist_ok=True)
    stems = []
    for i in range(1, n + 1):
        stem = f"S{i:03d}"
        text, gold = make_document(rng, stem)
        (out_dir / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
        (out_dir / "gold" / f"{stem}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False), encoding="utf-8")
        stems.append(stem)
    return stems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    generate(args.out_dir, args.n, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
