"""Title check on the White House readouts: does the record agree with the readout's own title?

Usage: python benchmarks/check_wh_titles.py [--data FILE] [--show N]

A bilateral readout's title names the other leader and country ("Readout of President Biden's
Call with Prime Minister Kishida of Japan"). Over the documents whose title names exactly one
foreign country with "of COUNTRY" and says Call, Meeting or Virtual/Video, a document passes when
its record is a readout, has a meeting whose countries contain USA and that country, and that
meeting's format matches the title (Call -> telephone, Virtual/Video -> video, Meeting ->
in_person). Prints the pass rate and the failures by category. No gold is needed: the title is
the reference. tests/test_eval_wh.py pins the rate as a floor.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
from pathlib import Path
from typing import Iterator, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = Path(os.environ.get("READOUT_SHARED", ROOT.parent / "shared")) / "data" / "wh-readouts" / "readouts.jsonl"

from readout import extract  # noqa: E402
from readout.countries import find_countries  # noqa: E402

# "of Japan", "of the Republic of Korea": the country right after "of" in the title.
_OF = re.compile(r"\bof (?:the )?")
_VIDEO = re.compile(r"\b(?:virtual|video|videoconference)\b", re.I)
_CALL = re.compile(r"\b(?:call|phone call|telephone call)\b", re.I)
_MEETING = re.compile(r"\bmeeting\b", re.I)


def title_country(title: str) -> Optional[str]:
    """The one foreign country the title names with "of COUNTRY" after "with"; None otherwise.

    Titles naming a second foreign country anywhere after "with" (a trilateral, "the National
    Security Advisors of Japan and the Republic of Korea") are left out.
    """
    tail = title.partition(" with ")[2]
    named = set()
    for m in _OF.finditer(tail):
        mention = next(find_countries(tail, m.end(), min(len(tail), m.end() + 60)), None)
        if mention and mention.start == m.end() and mention.kind == "name":
            named.add(mention.code)
    every = {c.code for c in find_countries(tail)} | named
    named.discard("USA")
    every.discard("USA")
    return named.pop() if len(named) == 1 and len(every) == 1 else None


def title_format(title: str) -> Optional[str]:
    """Format the title states: video, telephone or in_person; None when it says none."""
    if _VIDEO.search(title):
        return "video"
    if _CALL.search(title):
        return "telephone"
    if _MEETING.search(title):
        return "in_person"
    return None


def eligible(doc: dict) -> Optional[tuple[str, str]]:
    """(country, format) for a bilateral readout title; None for any other document."""
    title = " ".join((doc.get("title") or "").split())  # titles carry no-break spaces
    if not title.lower().startswith("readout") or " with " not in title:
        return None
    code, fmt = title_country(title), title_format(title)
    return (code, fmt) if code and fmt else None


def judge(record, code: str, fmt: str) -> str:
    """'ok' or the failure category for one record."""
    if not record.document.is_readout:
        return "not a readout"
    if not record.meetings:
        return "no meeting"
    with_both = [m for m in record.meetings if "USA" in m.countries and code in m.countries]
    if not with_both:
        if any(code in m.countries for m in record.meetings):
            return "USA missing"
        if any("USA" in m.countries for m in record.meetings):
            return "other country missing"
        return "both countries missing"
    if not any(m.format == fmt for m in with_both):
        return f"format {with_both[0].format} for {fmt}"
    return "ok"


def iter_documents(path: Path) -> Iterator[dict]:
    """The JSONL input objects."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def check(path: Path) -> tuple[int, collections.Counter, list[tuple[str, str, str]]]:
    """(eligible count, category counts, failures as (category, title, countries))."""
    counts: collections.Counter = collections.Counter()
    failures = []
    total = 0
    for doc in iter_documents(path):
        target = eligible(doc)
        if not target:
            continue
        total += 1
        record = extract(doc.get("text") or doc.get("html") or "", url=doc.get("url"),
                         published=doc.get("published"), title=doc.get("title"),
                         publisher=doc.get("publisher"))
        category = judge(record, *target)
        counts[category] += 1
        if category != "ok":
            got = "; ".join(f"{'/'.join(m.countries)} {m.format}" for m in record.meetings)
            failures.append((category, doc["title"], f"want {target[0]} {target[1]}, got {got}"))
    return total, counts, failures


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", type=int, default=0, help="print up to N failures")
    args = parser.parse_args(argv)
    total, counts, failures = check(args.data)
    rate = counts["ok"] / total if total else 0.0
    print(f"eligible titles: {total}  pass: {counts['ok']}  rate: {rate:.3f}")
    for category, n in counts.most_common():
        if category != "ok":
            print(f"  {category:28s} {n}")
    for category, title, detail in failures[: args.show]:
        print(f"- [{category}] {title} :: {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
