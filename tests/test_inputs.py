"""Reading input documents: formats, directories, stdin, and every kind of bad input."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from readout.errors import InputError
from readout.inputs import (DEFAULT_MAX_BYTES, InputDoc, check_size, decode_bytes, format_size,
                            iter_inputs, markdown_to_text, read_stdin)

INPUTS = Path(__file__).parent / "fixtures" / "inputs"


def read_all(*paths, **kwargs):
    return list(iter_inputs([str(p) for p in paths], **kwargs))


def only(items):
    assert len(items) == 1, items
    return items[0]


def test_txt_is_read_as_text():
    doc = only(read_all(INPUTS / "mofa-style.txt"))
    assert isinstance(doc, InputDoc)
    assert doc.text.startswith("Japan-Chile Relations") and doc.html is None
    assert doc.source.endswith("mofa-style.txt")


def test_html_is_read_as_html():
    doc = only(read_all(INPUTS / "page-with-main.html"))
    assert doc.html.startswith("<!DOCTYPE html>") and doc.text is None


def test_json_document_fields_and_metadata():
    doc = only(read_all(INPUTS / "doc.json"))
    assert doc.title == "President Santos meets Prime Minister Holm"
    assert doc.url == "https://example.gov.co/news/1"
    assert doc.published == "2023-04-12T15:00:00Z"
    assert doc.publisher == "Presidency of Colombia"
    assert doc.metadata == {"provenance": {"fetched": "2023-04-13"}}


def test_json_document_with_html():
    doc = only(read_all(INPUTS / "html-doc.json"))
    assert doc.html.startswith("<html>") and doc.text is None


@pytest.mark.parametrize("name, problem", [
    ("no-text.json", 'JSON document has no "text" or "html"'),
    ("both-text-html.json", 'has both "text" and "html"; give exactly one'),
    ("broken.json", "not valid JSON: unexpected control character in string (line 1, column 27)"),
    ("array.json", "expected one JSON object, found an array (put several documents in a .jsonl file, one per line)"),
    ("no-body.html", None),  # read fine here; the clean stage reports it
])
def test_bad_json_gives_one_error(name, problem):
    item = only(read_all(INPUTS / name))
    if problem is None:
        assert isinstance(item, InputDoc)
    else:
        assert isinstance(item, InputError)
        assert item.problem == problem
        assert item.source.endswith(name)


def test_jsonl_sources_are_path_and_line_and_bad_lines_are_errors():
    items = read_all(INPUTS / "docs.jsonl")
    sources = [i.source.rsplit("/", 1)[-1] for i in items]
    assert sources == ["docs.jsonl:1", "docs.jsonl:3", "docs.jsonl:4", "docs.jsonl:5"]
    assert isinstance(items[0], InputDoc) and items[0].published == "2023-05-02"
    assert isinstance(items[1], InputError) and items[1].problem.startswith("not valid JSON:")
    assert isinstance(items[2], InputError) and items[2].problem == 'JSON document has no "text" or "html"'
    assert isinstance(items[3], InputDoc) and items[3].html


def test_markdown_front_matter(tmp_path):
    doc = only(read_all(INPUTS / "front-matter.md"))
    assert doc.title == "Minister Okafor's meeting with the Foreign Minister of Ghana"
    assert doc.published == "2022-03-04"  # a YAML date becomes an ISO string
    assert doc.url == "https://example.gov.ng/news/okafor-ghana"
    assert doc.publisher == "Ministry of Foreign Affairs of Nigeria"
    assert doc.metadata["provenance"]["fetched"] == "2022-03-05"
    assert "**" not in doc.text and "](" not in doc.text and not doc.text.lstrip().startswith("#")
    assert "met with the Foreign Minister of Ghana" in doc.text


def test_markdown_source_url_key(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\nsource_url: https://www.mofa.go.jp/x.html\ndate: 'May 20, 2023'\n---\nThe ministers met.\n")
    doc = only(read_all(path))
    assert doc.url == "https://www.mofa.go.jp/x.html" and doc.published == "May 20, 2023"


def test_markdown_bad_front_matter_is_an_error():
    item = only(read_all(INPUTS / "bad-front-matter.md"))
    assert isinstance(item, InputError) and item.problem == "front matter is not valid YAML (line 3)"


def test_front_matter_with_an_impossible_date_is_an_error_not_a_crash(tmp_path):
    # PyYAML builds dates while it parses: an impossible one raised ValueError (found by the fuzzer).
    path = tmp_path / "bad-date.md"
    path.write_text("---\ntitle: Talks\ndate: 2022-03-84\n---\nThe ministers met.\n", encoding="utf-8")
    item = only(read_all(path))
    assert isinstance(item, InputError)
    assert item.problem == "front matter has a value that is not valid: day is out of range for month"


def test_markdown_without_front_matter(tmp_path):
    path = tmp_path / "plain.md"
    path.write_text("# Title\n\nThe [two](http://x) ministers *met*.\n")
    assert only(read_all(path)).text == "Title\n\nThe two ministers met.\n"


def test_markdown_to_text_keeps_list_stars_and_plain_words():
    assert markdown_to_text("* item one\n2 * 3 = 6\nsnake_case_name") == "* item one\n2 * 3 = 6\nsnake_case_name"


def test_directory_is_recursive_sorted_and_known_extensions_only(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two ministers met.")
    (tmp_path / "a.txt").write_text("One minister met another.")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden" / "x.txt").write_text("hidden")
    (tmp_path / "c.HTML").write_text("<html><body><p>Page.</p></body></html>")
    items = read_all(tmp_path)
    assert [Path(i.source).relative_to(tmp_path).as_posix() for i in items] == ["a.txt", "b/two.txt", "c.HTML"]


def test_empty_directory_is_an_error(tmp_path):
    item = only(read_all(tmp_path))
    assert isinstance(item, InputError) and item.problem.startswith("no documents in this directory")


def test_missing_file_is_an_error(tmp_path):
    item = only(read_all(tmp_path / "missing.txt"))
    assert isinstance(item, InputError) and item.problem == "no such file"


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"])
def test_empty_file_is_an_error(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    item = only(read_all(path))
    assert isinstance(item, InputError) and item.problem == "empty document"


def test_binary_file_is_an_error(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    item = only(read_all(path))
    assert isinstance(item, InputError)
    assert item.problem == "binary file (contains NUL bytes), not text"


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("The ministers met in Bogot\u00e1 and S\u00e3o Paulo.".encode("latin-1"))
    doc = only(read_all(path))
    assert isinstance(doc, InputDoc)
    assert "Bogot\ufffd" in doc.text
    assert doc.warnings == ("invalid UTF-8 at byte 26: 2 undecodable byte sequence(s) replaced with U+FFFD",)


def test_utf8_bom_and_utf16_are_decoded():
    assert decode_bytes(b"\xef\xbb\xbfHello", "x") == ("Hello", ())
    assert decode_bytes("Hello".encode("utf-16"), "x") == ("Hello", ())


def test_document_over_the_size_limit_is_an_error(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # 31 MB of text, written in pieces
        chunk = b"The two ministers met. " * 43478 + b"\n"
        for _ in range(31):
            handle.write(chunk)
    item = only(read_all(path))
    assert isinstance(item, InputError)
    assert item.problem == "document is 31.0 MB, over the 20 MB limit"


def test_size_limit_is_configurable(tmp_path):
    path = tmp_path / "small.txt"
    path.write_text("x" * 2500)
    item = only(read_all(path, max_bytes=2000))
    assert item.problem == "document is 2.5 kB, over the 2 kB limit"


def test_size_messages():
    assert format_size(31_000_000) == "31.0 MB"
    assert format_size(DEFAULT_MAX_BYTES, whole=True) == "20 MB"
    assert format_size(512) == "512 bytes"
    with pytest.raises(InputError, match="over the 20 MB limit"):
        check_size(DEFAULT_MAX_BYTES + 1, "x", DEFAULT_MAX_BYTES)


def test_jsonl_line_over_the_limit_is_an_error_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"text": "' + "a" * 3000 + '"}\n{"text": "short"}\n')
    items = read_all(path, max_bytes=2000)
    assert isinstance(items[0], InputError) and items[0].source.endswith("docs.jsonl:1")
    assert isinstance(items[1], InputDoc) and items[1].text == "short"


def test_stdin_text_json_and_jsonl():
    text = only(list(read_stdin(io.BytesIO(b"The ministers met."))))
    assert text.source == "<stdin>" and text.text == "The ministers met."
    obj = only(list(read_stdin(io.BytesIO(b'{"text": "A readout.", "title": "T"}'))))
    assert obj.title == "T" and obj.source == "<stdin>"
    lines = list(read_stdin(io.BytesIO(b'{"text": "one"}\n{"text": "two"}\n')))
    assert [d.source for d in lines] == ["<stdin>:1", "<stdin>:2"]
    page = only(list(read_stdin(io.BytesIO(b"<!doctype html><html><body><p>x</p></body></html>"))))
    assert page.html is not None


def test_stdin_empty_and_too_large():
    assert only(list(read_stdin(io.BytesIO(b"")))).problem == "empty document"
    item = only(list(read_stdin(io.BytesIO(b"x" * 3000), max_bytes=2000)))
    assert item.problem == "document is 3.0 kB, over the 2 kB limit"


def test_dash_reads_the_given_stdin():
    items = list(iter_inputs(["-"], stdin=io.BytesIO(b"Two ministers met.")))
    assert only(items).text == "Two ministers met."


def test_unknown_extension_named_explicitly_is_sniffed(tmp_path):
    path = tmp_path / "page"
    path.write_text("<html><body><p>Ministers met.</p></body></html>")
    assert only(read_all(path)).html is not None


def test_deeply_nested_front_matter_and_json_are_errors(tmp_path):
    md = tmp_path / "deep.md"
    md.write_text("---\ntitle: " + "[" * 50000 + "\n---\nText.\n")
    deep_json = tmp_path / "deep.json"
    deep_json.write_text('{"text": "x", "m": ' + "[" * 50000 + "]" * 50000 + "}")
    items = read_all(md, deep_json)
    assert [type(i) for i in items] == [InputError, InputError]
    assert items[0].problem == "front matter is nested too deeply"
    assert items[1].problem == "metadata is nested more than 64 levels deep"


def test_front_matter_integer_beyond_64_bits_is_kept_as_text(tmp_path):
    import orjson

    from readout import extract_input
    from readout.inputs import iter_inputs

    path = tmp_path / "big.md"
    path.write_text("---\ntitle: Talks\nreference: 123456789012345678901234567890\n---\n\n"
                    "Foreign Minister Dewi Kartasasmita met Foreign Minister Penny Wong in Jakarta on 12 March 2024.\n",
                    encoding="utf-8")
    (doc,) = list(iter_inputs([str(path)]))
    assert doc.metadata["reference"] == "123456789012345678901234567890"
    orjson.dumps(extract_input(doc).as_dict())  # serialises
