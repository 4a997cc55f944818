"""Records for the web tests, built by hand so pages and API are tested apart from extraction.

The texts are written by the team in the style of foreign-ministry readouts. Every span is
computed from the text, so a highlighted span must show exactly the statement's words.
"""
from __future__ import annotations

from readout.pipeline import document_id
from readout.record import Document, Meeting, Participant, Record, Statement

XSS_TITLE = "<script>alert('title')</script> Japan-ROK Director-General Consultations"
XSS_SENTENCE = "The two sides discussed the string <script>alert('text')</script> found in a draft."

JP = "Ministry of Foreign Affairs of Japan"
KR = "Ministry of Foreign Affairs of the Republic of Korea"

HAYASHI = ("HAYASHI Yoshimasa", "Hayashi", "Yoshimasa", "JPN", "Minister for Foreign Affairs")
PARK = ("Park Jin", "Park", "Jin", "KOR", "Minister of Foreign Affairs")
KONO = ("KONO Taro", "Kono", "Taro", "JPN", "Minister for Foreign Affairs")
KANG = ("Kang Kyung-wha", "Kang", "Kyung-wha", "KOR", "Minister of Foreign Affairs")
KISHIDA = ("KISHIDA Fumio", "Kishida", "Fumio", "JPN", "Prime Minister")
YOON = ("Yoon Suk Yeol", "Yoon", "Suk Yeol", "KOR", "President")
BIDEN = ("Joseph R. Biden", "Biden", "Joseph", "USA", "President")
FUNAKOSHI = ("FUNAKOSHI Takehiro", "Funakoshi", "Takehiro", "JPN", "Director-General, Asian and Oceanian Affairs Bureau")
SEO = ("Seo Min-jung", "Seo", "Min-jung", "KOR", "Director-General for Asian and Pacific Affairs")

DOCS = [
    dict(key="fm-2018", date="2018-08-04", fmt="in_person", level="foreign_ministers", countries=("JPN", "KOR"),
         publisher=JP, url="https://example.org/jp/2018-08-04.html", people=(KONO, KANG),
         title="Japan-ROK Foreign Ministers' Meeting",
         lead="On August 4, Mr. KONO Taro, Minister for Foreign Affairs of Japan, held a meeting with "
              "Ms. Kang Kyung-wha, Minister of Foreign Affairs of the Republic of Korea, in Singapore.",
         points=[("The two ministers exchanged views on North Korea.", ("JPN", "KOR"), "exchange_views", ("north_korea",)),
                 ("Minister Kono requested cooperation on the abductions issue.", ("JPN",), "request", ("abductions",))]),
    dict(key="call-2020", date="2020-02-21", fmt="telephone", level="foreign_ministers", countries=("JPN", "KOR"),
         publisher=JP, url="https://example.org/jp/2020-02-21.html", people=(KONO, KANG),
         title="Japan-ROK Foreign Ministers' Telephone Talk",
         lead="On February 21, Mr. KONO Taro, Minister for Foreign Affairs of Japan, held a telephone talk with "
              "Ms. Kang Kyung-wha, Minister of Foreign Affairs of the Republic of Korea.",
         points=[("The two ministers shared the view to cooperate against the infection.", ("JPN", "KOR"), "share_view", ("health",))]),
    dict(key="summit-2022", date="2022-09-21", fmt="in_person", level="leaders", countries=("JPN", "KOR"),
         publisher=JP, url="https://example.org/jp/2022-09-21.html", people=(KISHIDA, YOON),
         title="Japan-ROK Summit Meeting",
         lead="On September 21, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with "
              "H.E. Mr. Yoon Suk Yeol, President of the Republic of Korea, in New York.",
         points=[("The two leaders shared the view on the need to restore sound relations.", ("JPN", "KOR"), "share_view", ("bilateral_relations",)),
                 ("The two leaders confirmed close cooperation on North Korea.", ("JPN", "KOR"), "confirm", ("north_korea",))]),
    dict(key="fm-2023-jp", date="2023-05-20", fmt="in_person", level="foreign_ministers", countries=("JPN", "KOR"),
         publisher=JP, url="https://example.org/jp/2023-05-20.html", people=(HAYASHI, PARK),
         title="Japan-ROK Foreign Ministers' Meeting",
         lead="On May 20, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with "
              "H.E. Mr. Park Jin, Minister of Foreign Affairs of the Republic of Korea, in Tokyo.",
         points=[("The two ministers shared the view to further develop Japan-ROK relations.", ("JPN", "KOR"), "share_view", ("bilateral_relations",)),
                 ("Minister Hayashi explained Japan's efforts concerning the ALPS treated water.", ("JPN",), "explain", ("treated_water",)),
                 ("The two ministers exchanged views on economic security.", ("JPN", "KOR"), "exchange_views", ("economic_security",))]),
    dict(key="fm-2023-kr", date="2023-05-20", fmt="in_person", level="foreign_ministers", countries=("KOR", "JPN"),
         publisher=KR, url="https://example.org/kr/2023-05-20.html", people=(PARK, HAYASHI),
         title="Outcome of Korea-Japan Foreign Ministers' Meeting",
         lead="Minister of Foreign Affairs Park Jin held a meeting with Minister for Foreign Affairs of Japan "
              "Hayashi Yoshimasa in Tokyo on May 20, 2023.",
         points=[("The two ministers agreed to continue communication at all levels.", ("KOR", "JPN"), "share_view", ("bilateral_relations",)),
                 ("Minister Park asked Japan to respond sincerely to historical issues.", ("KOR",), "request", ("history_issues",))]),
    dict(key="summit-usa-2023", date="2023-08-18", fmt="in_person", level="leaders", countries=("JPN", "USA"),
         publisher=JP, url="https://example.org/jp/2023-08-18.html", people=(KISHIDA, BIDEN),
         title="Japan-U.S. Summit Meeting",
         lead="On August 18, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with "
              "the Honorable Joseph R. Biden, President of the United States, at Camp David.",
         points=[("The two leaders confirmed that the Alliance is stronger than ever.", ("JPN", "USA"), "confirm", ("defense_security",))]),
    dict(key="xss", date="2024-01-10", fmt="video", level="officials", countries=("JPN", "KOR"),
         publisher=JP, url="https://example.org/jp/2024-01-10.html", people=(FUNAKOSHI, SEO),
         title=XSS_TITLE,
         lead="On January 10, Mr. FUNAKOSHI Takehiro, Director-General, Asian and Oceanian Affairs Bureau, "
              "held a video conference \U0001F4F9 with Ms. Seo Min-jung (서민정), Director-General for Asian and Pacific Affairs.",
         points=[(XSS_SENTENCE, ("JPN", "KOR"), "exchange_views", ("bilateral_relations",)),
                 ("The two sides confirmed that they will meet again in Seoul.", ("JPN", "KOR"), "confirm", ("high_level_exchanges",))]),
]


def build_record(spec: dict) -> Record:
    """A record whose statements and header spans point at the right characters of its text."""
    body = [spec["title"], "", spec["lead"], ""]
    body += [f"{i}. {sentence}" for i, (sentence, *_rest) in enumerate(spec["points"], start=1)]
    text = "\n".join(body) + "\n"
    statements = []
    for i, (sentence, agents, stance, topics) in enumerate(spec["points"], start=1):
        start = text.index(sentence)
        statements.append(Statement(text=sentence, span=(start, start + len(sentence)), agents=agents,
                                    stance=stance, topics=topics, point=i))
    participants = tuple(_participant(p, role="principal", text=text) for p in spec["people"])
    lead_start = text.index(spec["lead"])
    meeting = Meeting(
        date=spec["date"], start_time=None, duration_minutes=None, format=spec["fmt"],
        countries=spec["countries"], host_country=None, participants=participants,
        statements=tuple(statements), topics=tuple(sorted({t for s in statements for t in s.topics})),
        title=spec["title"], level=spec["level"], region=(lead_start, len(text)),
        spans={"date": list(_span_of(text, spec["lead"].split(",")[0]))})
    document = Document(id=document_id(text), source=spec["url"], text=text, is_readout=True, url=spec["url"],
                        publisher=spec["publisher"], title=spec["title"], published=spec["date"], kind="readout")
    return Record(document=document, meetings=(meeting,), extractor="readout/test")


def _participant(person: tuple, role: str, text: str) -> Participant:
    name, family, given, country, title = person
    found = text.find(family)
    return Participant(name=name, family_name=family, given_name=given, country=country, role=role, title=title,
                       span=(found, found + len(family)) if found >= 0 else None)


def _span_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def all_records() -> dict[str, Record]:
    return {spec["key"]: build_record(spec) for spec in DOCS}


def fill_store(db_url: str) -> dict[str, Record]:
    """Ingest every test record into a new database."""
    from readout.store import Store
    records = all_records()
    with Store(db_url) as store:
        for record in records.values():
            store.ingest(record, raw=record.document.text.encode("utf-8"))
    return records
