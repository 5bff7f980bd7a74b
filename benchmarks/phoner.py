"""People on PhoNER_COVID19: full-name recall and people standing on places.

PhoNER_COVID19 (VinAIResearch, https://github.com/VinAIResearch/PhoNER_COVID19) is a corpus of
Vietnamese COVID-19 news sentences with BIO tags (NAME, LOCATION, ORGANIZATION, JOB, AGE,
PATIENT_ID, DATE, ...). Its NAME tag marks patients and the people in contact with them — not
officials or doctors, who stay untagged — so a person vnextract reports on no gold entity is not
counted as wrong; one reported on a gold LOCATION (a street named after a person, a hospital, a
ward) is.

The corpus is not part of this repository; give the path of one of its JSON-lines files (word or
syllable format: ``{"words": [...], "tags": [...]}`` per line, "_" joining the syllables of a
word)::

    python benchmarks/phoner.py PhoNER_COVID19/data/word/test_word.json
    python benchmarks/phoner.py FILE --json            # the figures as one JSON object
    python benchmarks/phoner.py FILE --max-list 0      # figures only, no lists

Each sentence's text is rebuilt (words joined by spaces, "_" → space, no space before , . ; : ) ]
or after ( [, quotes paired) with the character offsets of each gold entity, and ``vnextract.extract`` runs on
each sentence alone. Reported:

- full-name recall: the gold NAME entities of >= 2 syllables written out in full (not initials
  such as "H.T.P", "N.M.C.", "D.", "NH ." and not a name with a one-letter part such as
  "Nguyễn H"); one is found when vnextract returns a person of the same (normalised) name or one
  whose mention overlaps it;
- people reported (one per person record and sentence), and how many stand on a gold LOCATION
  (street share), on another non-NAME entity (ORGANIZATION, JOB, ...), or on no entity at all;
  the non-person share is (LOCATION + other entity) / people; the no-NAME share, everything that
  overlaps no gold NAME, is printed too (it counts the untagged officials);
- silver recall: untagged words of the word format that look like written-out names (>= 3
  capitalised syllables joined by "_", the first a family name: "Nguyễn_Văn_Định") — the
  officials and doctors PhoNER does not tag — found like the gold names;
- lists of the misses and of the location-people, with the sentence, for reading.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from vnextract import lexicon

# no space before these tokens, none after the opening ones
_CLOSE = {",", ".", ";", ":", ")", "]", "!", "?", "...", "..", "%"}
_OPEN = {"(", "["}
# one part of a name that is no more than an initial: "H.", "H", "T.V.D.", "NH"
_INITIAL_RE = re.compile(r"^(?:\w\.?|(?:\w\.)+\w?\.?|[A-ZĐ]{2,3}\.?)$")


@dataclass
class Entity:
    label: str
    start: int
    end: int
    text: str


@dataclass
class Sentence:
    text: str
    entities: list[Entity] = field(default_factory=list)
    # untagged words that look like full names (word format only): officials, doctors — PhoNER
    # tags no NAME on them; a silver check of recall beyond the patients
    silver: list[Entity] = field(default_factory=list)

    def names(self) -> list[Entity]:
        return [e for e in self.entities if e.label == "NAME"]


def rebuild(words: list[str], tags: list[str]) -> Sentence:
    """The sentence's text and its gold entities with character offsets into it."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    glue = True  # no space before the first token nor after an opening bracket or quote
    quoted = False
    for word in words:
        token = word.replace("_", " ")
        closing = token in _CLOSE or (token == '"' and quoted)
        if not glue and not closing:
            parts.append(" ")
            pos += 1
        spans.append((pos, pos + len(token)))
        parts.append(token)
        pos += len(token)
        if token == '"':
            quoted = not quoted
        glue = token in _OPEN or (token == '"' and quoted)
    text = "".join(parts)
    silver = [Entity("SILVER", s, e, text[s:e]) for (s, e), word, tag in
              zip(spans, words, tags, strict=True) if tag == "O" and _looks_like_name(word)]
    return Sentence(text, list(_entities(text, spans, tags)), silver)


def _looks_like_name(word: str) -> bool:
    """A PhoNER word of >= 3 capitalised syllables joined by "_" whose first is a family name
    ("Nguyễn_Văn_Định"): the word segmenter keeps a written-out name in one word."""
    parts = word.split("_")
    return (len(parts) >= 3 and all(p[:1].isupper() and len(p) > 1 for p in parts)
            and lexicon.key(parts[0]) in _surnames())


@cache
def _surnames() -> frozenset[str]:
    return frozenset(lexicon.key(w) for w in lexicon.words("surnames.txt"))


def _entities(text: str, spans: list[tuple[int, int]], tags: list[str]) -> Iterator[Entity]:
    label: str | None = None
    start = end = 0
    for (s, e), tag in zip(spans, tags, strict=True):
        kind, _, name = tag.partition("-")
        if kind == "I" and name == label:
            end = e
            continue
        if label is not None:
            yield Entity(label, start, end, text[start:end])
        label, start, end = (name, s, e) if kind in ("B", "I") else (None, 0, 0)
    if label is not None:
        yield Entity(label, start, end, text[start:end])


def load(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            words, tags = row["words"], row["tags"]
            if len(words) != len(tags):
                raise ValueError(f"{path}:{number}: {len(words)} words but {len(tags)} tags")
            sentences.append(rebuild(words, tags))
    return sentences


def is_full_name(text: str) -> bool:
    """A name written out: >= 2 parts, none of them an initial or abbreviation."""
    parts = text.split()
    return len(parts) >= 2 and not any(_INITIAL_RE.match(p) for p in parts)


def name_key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Found:
    """One person vnextract reported in one sentence."""

    name: str
    spans: list[tuple[int, int]]

    def on(self, entity: Entity) -> bool:
        return any(_overlaps(s, (entity.start, entity.end)) for s in self.spans)


def people_of(text: str, extract: Any) -> list[Found]:
    doc = extract(text)
    return [Found(p.name, [(m.start, m.end) for m in p.mentions]) for p in doc.people]


@dataclass
class Tally:
    sentences: int = 0
    gold_names: int = 0
    full_names: int = 0
    found: int = 0
    people: int = 0
    on_name: int = 0
    on_location: int = 0
    on_other: int = 0
    untagged: int = 0
    silver: int = 0
    silver_found: int = 0
    misses: list[dict[str, str]] = field(default_factory=list)
    silver_misses: list[dict[str, str]] = field(default_factory=list)
    location_people: list[dict[str, str]] = field(default_factory=list)
    other_people: list[dict[str, str]] = field(default_factory=list)
    untagged_people: list[dict[str, str]] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        def share(n: int, d: int) -> float | None:
            return round(n / d, 4) if d else None

        return {
            "sentences": self.sentences, "gold_names": self.gold_names,
            "gold_full_names": self.full_names, "full_names_found": self.found,
            "full_name_recall": share(self.found, self.full_names),
            "people_reported": self.people, "people_on_name": self.on_name,
            "people_on_location": self.on_location, "people_on_other_entity": self.on_other,
            "people_on_no_entity": self.untagged,
            "street_share": share(self.on_location, self.people),
            "non_person_share": share(self.on_location + self.on_other, self.people),
            "no_name_share": share(self.people - self.on_name, self.people),
            "silver_full_names": self.silver, "silver_found": self.silver_found,
            "silver_recall": share(self.silver_found, self.silver),
        }


def score(sentences: Iterable[Sentence], extract: Any) -> Tally:
    tally = Tally()
    for sent in sentences:
        tally.sentences += 1
        people = people_of(sent.text, extract)
        _score_names(tally, sent, people)
        _score_people(tally, sent, people)
    return tally


def _score_names(tally: Tally, sent: Sentence, people: list[Found]) -> None:
    keys = {name_key(p.name) for p in people}
    for gold in sent.names():
        tally.gold_names += 1
        if not is_full_name(gold.text):
            continue
        tally.full_names += 1
        if name_key(gold.text) in keys or any(p.on(gold) for p in people):
            tally.found += 1
        else:
            tally.misses.append({"name": gold.text, "sentence": sent.text})
    for cand in sent.silver:
        tally.silver += 1
        if name_key(cand.text) in keys or any(p.on(cand) for p in people):
            tally.silver_found += 1
        else:
            tally.silver_misses.append({"name": cand.text, "sentence": sent.text})


def _score_people(tally: Tally, sent: Sentence, people: list[Found]) -> None:
    for person in people:
        tally.people += 1
        hit = [e for e in sent.entities if person.on(e)]
        labels = {e.label for e in hit}
        row = {"name": person.name, "gold": ", ".join(f"{e.label}:{e.text}" for e in hit),
               "sentence": sent.text}
        if "NAME" in labels:
            tally.on_name += 1
        elif "LOCATION" in labels:
            tally.on_location += 1
            tally.location_people.append(row)
        elif labels:
            tally.on_other += 1
            tally.other_people.append(row)
        else:
            tally.untagged += 1
            tally.untagged_people.append(row)


def report(tally: Tally, max_list: int) -> str:
    f = tally.figures()
    pct = {k: "-" if v is None else f"{100 * v:.1f}%" for k, v in f.items() if "share" in k
           or "recall" in k}
    lines = [
        f"sentences            {f['sentences']}",
        f"gold NAME entities   {f['gold_names']} (full names: {f['gold_full_names']})",
        f"full-name recall     {f['full_names_found']}/{f['gold_full_names']} = "
        f"{pct['full_name_recall']}",
        f"people reported      {f['people_reported']}: on NAME {f['people_on_name']}, "
        f"on LOCATION {f['people_on_location']}, on another entity "
        f"{f['people_on_other_entity']}, on no entity {f['people_on_no_entity']}",
        f"street share         {pct['street_share']}  (on LOCATION / people)",
        f"non-person share     {pct['non_person_share']}  (on LOCATION or another entity / people)",
        f"no-NAME share        {pct['no_name_share']}  (includes untagged officials: PhoNER's "
        "NAME is patients and contacts)",
        f"silver full names    {f['silver_found']}/{f['silver_full_names']} = "
        f"{pct['silver_recall']}  (untagged one-word names of >= 3 syllables after a family "
        "name: officials, doctors)",
    ]
    for title, rows in (("missed full names", tally.misses),
                        ("missed silver full names", tally.silver_misses),
                        ("people on a LOCATION", tally.location_people),
                        ("people on another entity", tally.other_people),
                        ("people on no entity", tally.untagged_people)):
        if max_list and rows:
            lines.append(f"\n== {title} ({len(rows)})")
            for row in rows[:max_list]:
                gold = f"  [{row['gold']}]" if row.get("gold") else ""
                lines.append(f"- {row['name']}{gold}\n    {row['sentence']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="a PhoNER_COVID19 JSON-lines file (word or syllable format)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--max-list", type=int, default=200,
                        help="rows of each list to print (0: none)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    args = parser.parse_args(argv)
    path = Path(args.path)
    if not path.is_file():
        print(f"phoner.py: no file {path} — PhoNER_COVID19 is not in this repository; get "
              "data/word/test_word.json from https://github.com/VinAIResearch/PhoNER_COVID19 "
              "and give its path", file=sys.stderr)
        return 2
    sentences = load(path)
    if args.limit:
        sentences = sentences[: args.limit]
    from vnextract import extract

    tally = score(sentences, extract)
    if args.json:
        print(json.dumps(tally.figures(), ensure_ascii=False, indent=1))
    else:
        print(report(tally, args.max_list))
    return 0


if __name__ == "__main__":
    sys.exit(main())
