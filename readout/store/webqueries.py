"""Read-only queries the web app needs beyond the store's own (owned by the web area)."""
from __future__ import annotations


def top_dyads(store, limit: int = 12) -> list[dict]:
    """Pairs of countries with the most held meetings: [{'dyad': 'JPN-KOR', 'meetings': n}]."""
    rows = store.query(
        "SELECT y.country_a, y.country_b, count(*) AS meetings FROM dyads y "
        "JOIN meetings m ON m.id = y.meeting_id WHERE m.status = 'held' "
        "GROUP BY y.country_a, y.country_b ORDER BY meetings DESC, y.country_a, y.country_b LIMIT ?",
        [int(limit)])
    return [{"dyad": f"{r['country_a']}-{r['country_b']}", "meetings": r["meetings"]} for r in rows]
