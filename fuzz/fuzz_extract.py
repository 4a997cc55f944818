"""atheris fuzz target for the extractor: any bytes in, a record or a ReadoutError out.

Run:  python fuzz/fuzz_extract.py fuzz/corpus -runs=100000
A crash (any exception other than ReadoutError) stops the run with the input saved.
"""
from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["readout"]):
    import readout
    from readout.errors import ReadoutError
    from readout.inputs import InputDoc


MODES = ("text", "html", "json-like")


def _document_from(data: bytes) -> InputDoc:
    """Split fuzz bytes into a mode, optional metadata and the document body."""
    fdp = atheris.FuzzedDataProvider(data)
    mode = MODES[fdp.ConsumeIntInRange(0, len(MODES) - 1)]
    published = fdp.ConsumeUnicodeNoSurrogates(12) if fdp.ConsumeBool() else None
    title = fdp.ConsumeUnicodeNoSurrogates(40) if fdp.ConsumeBool() else None
    body = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    if mode == "html":
        return InputDoc(source="<fuzz>", html=body, title=title, published=published)
    return InputDoc(source="<fuzz>", text=body, title=title, published=published)


def test_one_input(data: bytes) -> None:
    doc = _document_from(data)
    try:
        record = readout.extract_input(doc)
    except ReadoutError:
        return
    record.as_dict()


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
