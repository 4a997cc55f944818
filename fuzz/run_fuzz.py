"""Generated-input fuzz run of the extractor: counts inputs and tracebacks.

Usage: python fuzz/run_fuzz.py [--count 100000] [--seed 1] [--shared ../shared]

Inputs come from five generators, in turn: random bytes, mutated real readouts
(read from ../shared at run time, never copied), deeply nested HTML, odd Unicode
(RTL marks, zero-width characters, combining marks, lone surrogates) and huge
numbers and dates inside readout-like sentences. Every input must give a record
that serialises to JSON, or a ReadoutError; anything else is a failure and is
saved under fuzz/failures/ for replay.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path

import orjson

import readout
from readout.errors import ReadoutError
from readout.inputs import InputDoc

ROOT = Path(__file__).resolve().parents[1]
ODD = ["\u200f", "\u202e", "\u200b", "\u200c", "\u200d", "\ufeff", "\u0301", "\u0308", "\u20dd",
       "\ud800", "\udfff", "\u2028", "\u00a0", "\x00", "\x1b[31m", "\U0001f600", "\u0627\u0644",
       "\u3000", "\uff11\uff12", "\ufffd"]
TEMPLATE = ("On {month} {day}, {year}, commencing at {hour}:{minute} {ampm}, Mr. {name}, Minister for "
            "Foreign Affairs of {country}, held a meeting with {other} for approximately {mins} minutes. "
            "1. The two ministers agreed to hold the next meeting by the end of {year2}.")


def random_bytes(rng: random.Random) -> InputDoc:
    data = rng.randbytes(rng.randint(0, 4000))
    return InputDoc(source="<bytes>", text=data.decode("utf-8", "replace"))


def mutated_real(rng: random.Random, corpus: list[str]) -> InputDoc:
    text = rng.choice(corpus) if corpus else TEMPLATE
    for _ in range(rng.randint(1, 8)):
        i, j = sorted(rng.randint(0, len(text)) for _ in range(2))
        op = rng.randint(0, 4)
        if op == 0:
            text = text[:i] + text[j:]
        elif op == 1:
            text = text[:i] + text[i:j] * rng.randint(2, 5) + text[j:]
        elif op == 2:
            text = text[:i] + rng.choice(ODD) * rng.randint(1, 50) + text[i:]
        elif op == 3:
            text = text[:i] + text[i:j].upper() + text[j:]
        else:
            text = text[:i] + str(rng.randint(0, 10 ** rng.randint(1, 40))) + text[i:]
    as_html = rng.random() < 0.2
    return InputDoc(source="<mutated>", text=None if as_html else text,
                    html=f"<html><body><p>{text}</p></body></html>" if as_html else None,
                    published=rng.choice([None, "2023-05-20", "0001-01-01", "9999-12-31", "not a date"]))


def deep_html(rng: random.Random) -> InputDoc:
    depth = rng.choice([10, 255, 300, 1000, 5000, 20000])
    tag = rng.choice(["div", "span", "b", "table", "p"])
    html = f"<{tag}>" * depth + "Minister Hayashi met Minister Park." + f"</{tag}>" * rng.randint(0, depth)
    return InputDoc(source="<deep>", html="<html><body>" + html + "</body></html>")


def odd_unicode(rng: random.Random) -> InputDoc:
    parts = [rng.choice(ODD + ["The two ministers welcomed ", "Japan ", "ROK ", ". ", "\n", "1. "])
             for _ in range(rng.randint(1, 400))]
    return InputDoc(source="<unicode>", text="".join(parts), title="".join(rng.choices(ODD, k=5)))


def huge_numbers(rng: random.Random) -> InputDoc:
    big = lambda: str(rng.randint(0, 10 ** rng.randint(1, 60)))  # noqa: E731
    text = TEMPLATE.format(month=rng.choice(["May", "February", "Smarch", "MAY"]), day=big(), year=big(),
                           hour=big(), minute=big(), ampm=rng.choice(["a.m.", "p.m.", "pm", ""]),
                           name="HAYASHI Yoshimasa", country=rng.choice(["Japan", "Atlantis", "ROK"]),
                           other="H.E. Dr. Park Jin", mins=big(), year2=big())
    return InputDoc(source="<numbers>", text=text, published=rng.choice([None, f"{big()}-01-01"]))


def load_corpus(shared: Path) -> list[str]:
    """Real readouts from ../shared, read at run time (not copied into the project)."""
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((shared / "data/dev/docs").glob("*.txt"))]
    wh = shared / "data/wh-readouts/readouts.jsonl"
    if wh.exists():
        with wh.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for _, line in zip(range(300), f)]
    return texts


def run(count: int, seed: int, shared: Path) -> int:
    rng = random.Random(seed)
    corpus = load_corpus(shared) if shared.exists() else []
    gens = [random_bytes, lambda r: mutated_real(r, corpus), deep_html, odd_unicode, huge_numbers]
    failures, errors, started = 0, 0, time.perf_counter()
    out = ROOT / "fuzz" / "failures"
    for n in range(count):
        doc = gens[n % len(gens)](rng)
        try:
            orjson.dumps(readout.extract_input(doc).as_dict())
        except ReadoutError:
            errors += 1
        except Exception:  # noqa: BLE001 - counting every traceback is the point of the run
            failures += 1
            out.mkdir(exist_ok=True)
            (out / f"failure-{seed}-{n}.json").write_text(json.dumps(
                {"text": doc.text, "html": doc.html, "published": doc.published, "title": doc.title,
                 "traceback": traceback.format_exc()}, ensure_ascii=True))
    took = time.perf_counter() - started
    print(f"inputs={count} tracebacks={failures} readout_errors={errors} seconds={took:.1f} "
          f"corpus_docs={len(corpus)} seed={seed}")
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    sys.exit(1 if run(args.count, args.seed, args.shared) else 0)


if __name__ == "__main__":
    main()
