"""atheris fuzz target for the extractor: any bytes in, a record or a ReadoutError out.

Run:  mkdir -p /tmp/fuzz-new
      python fuzz/fuzz_extract.py /tmp/fuzz-new fuzz/corpus -runs=100000 -seed=1
      (libFuzzer adds new inputs to the FIRST folder: give a scratch one so fuzz/corpus stays as
      written; -max_total_time=N bounds the run; replay a crash with
      python fuzz/fuzz_extract.py crash-<sha1>)

Each input goes through two doors, as a user's document would:
  1. as bytes read like standard input or a file (`-`: JSON object, JSON Lines, HTML or text,
     told apart by content; a leading '---' is read as Markdown with front matter), so
     decoding, JSON, YAML and HTML parsing are fuzzed along with extraction;
  2. as a str given to the library (`readout.extract`), with the first line as the title
     and the second as the published date, so metadata is fuzzed too.
Every record must serialise to JSON with orjson. A crash (any exception other than
ReadoutError) stops the run and atheris saves the input as crash-<sha1>.
The seed corpus in fuzz/corpus/ holds documents written by the team (see fuzz/corpus/README.md).
"""
from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports(include=["readout"]):
    import orjson

    import readout
    from readout.errors import InputError, ReadoutError
    from readout.inputs import parse_markdown, read_stdin


def records_from_bytes(data: bytes) -> list:
    """Door 1: the bytes as a document read from standard input (or a .md file)."""
    if data.startswith(b"---"):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return []
        try:
            items = [parse_markdown(text, "<fuzz.md>")]
        except InputError:
            return []
    else:
        items = list(read_stdin(io.BytesIO(data)))
    return [readout.extract_input(item) for item in items if not isinstance(item, InputError)]


def record_from_text(data: bytes):
    """Door 2: the library call, with the first two lines as title and published date."""
    text = data.decode("utf-8", errors="replace")
    title, _, rest = text.partition("\n")
    published, _, body = rest.partition("\n")
    if not body.strip():
        body, title, published = text, None, None
    return readout.extract(body, title=title or None, published=published or None, url="https://example.org/x")


def test_one_input(data: bytes) -> None:
    try:
        records = records_from_bytes(data)
    except ReadoutError:
        records = []
    try:
        records.append(record_from_text(data))
    except ReadoutError:
        pass
    for record in records:
        orjson.dumps(record.as_dict())


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
