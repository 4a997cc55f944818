"""Server-side SVG charts: no JavaScript, no internet, every label escaped.

Colours are the Okabe–Ito palette (safe for the common colour-vision deficiencies);
formats are told apart by marker shape as well as colour, so no chart relies on colour alone.
"""
from __future__ import annotations

from datetime import date
from html import escape
from typing import Iterable, Optional, Sequence

from markupsafe import Markup

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
LEVEL_ORDER = ("leaders", "foreign_ministers", "ministers", "vice_ministers", "officials", "mixed")
FORMAT_STYLE = {  # format -> (colour, marker)
    "in_person": (OKABE_ITO[0], "circle"),
    "telephone": (OKABE_ITO[1], "square"),
    "video": (OKABE_ITO[2], "diamond"),
}
UNKNOWN_STYLE = (OKABE_ITO[7], "triangle")
FONT = "font-family=\"system-ui, sans-serif\" font-size=\"12\""


def _e(value: object) -> str:
    """Escape any value for SVG text or attribute context."""
    return escape("" if value is None else str(value), quote=True)


def _svg(width: int, height: int, title: str, body: list[str], desc: str = "") -> Markup:
    """Wrap chart parts in an accessible <svg> with a visible and a machine-readable title."""
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
            f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" {FONT}>'
            f"<title>{_e(title)}</title><desc>{_e(desc or title)}</desc>"
            f'<text class="chart-title" x="{width / 2:.0f}" y="18" text-anchor="middle" '
            f'font-size="14" font-weight="bold">{_e(title)}</text>')
    return Markup(head + "".join(body) + "</svg>")


def _empty(title: str, width: int = 640, height: int = 120) -> Markup:
    """A chart frame that says there is nothing to draw."""
    return _svg(width, height, title, [
        f'<text x="{width / 2:.0f}" y="{height / 2 + 10:.0f}" text-anchor="middle" fill="#555">'
        "No data</text>"])


def _nice_max(value: float) -> int:
    """Round an axis maximum up to 1, 2 or 5 times a power of ten."""
    if value <= 1:
        return 1
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return int(step * magnitude)
    return int(10 * magnitude)


def _ticks(maximum: int, count: int = 4) -> list[int]:
    """Integer ticks from 0 to maximum."""
    step = max(1, maximum // count)
    return list(range(0, maximum + 1, step))


def _axis_labels(width: int, height: int, x_label: str, y_label: str) -> list[str]:
    """Axis titles: x centred below the plot, y rotated on the left."""
    return [
        f'<text class="axis-label" x="{width / 2:.0f}" y="{height - 6}" text-anchor="middle">{_e(x_label)}</text>',
        f'<text class="axis-label" transform="translate(14 {height / 2:.0f}) rotate(-90)" '
        f'text-anchor="middle">{_e(y_label)}</text>',
    ]


def _marker(shape: str, x: float, y: float, colour: str, r: float = 5.5) -> str:
    """One marker; the shape carries the category for readers who cannot tell colours apart."""
    style = f'fill="{colour}" stroke="#fff" stroke-width="1"'
    if shape == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" {style}/>'
    if shape == "diamond":
        pts = f"{x:.1f},{y - r - 1:.1f} {x + r + 1:.1f},{y:.1f} {x:.1f},{y + r + 1:.1f} {x - r - 1:.1f},{y:.1f}"
        return f'<polygon points="{pts}" {style}/>'
    if shape == "triangle":
        pts = f"{x:.1f},{y - r - 1:.1f} {x + r + 1:.1f},{y + r:.1f} {x - r - 1:.1f},{y + r:.1f}"
        return f'<polygon points="{pts}" {style}/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" {style}/>'


def _parse_date(value: Optional[str]) -> Optional[date]:
    """ISO date (or its year-month prefix) to a date; None when absent or malformed."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _legend(x: float, y: float, items: Sequence[tuple[str, str, str]]) -> list[str]:
    """A horizontal legend of (label, colour, shape)."""
    parts, cursor = [], x
    for label, colour, shape in items:
        parts.append(_marker(shape, cursor, y - 4, colour, 5))
        parts.append(f'<text x="{cursor + 9:.0f}" y="{y}">{_e(label)}</text>')
        cursor += 18 + 7 * len(label)
    return parts


def timeline_chart(meetings: Iterable[dict], title: str = "Meetings by level and format",
                   link: str = "/meetings/") -> Markup:
    """Each meeting a marker: x = date, row = level, colour and shape = format, linked to its page."""
    points = [(m, _parse_date(m.get("date"))) for m in meetings]
    points = [(m, d) for m, d in points if d is not None]
    if not points:
        return _empty(title)
    levels = [lv for lv in LEVEL_ORDER if any((m.get("level") or "unknown") == lv for m, _ in points)]
    levels += sorted({m.get("level") or "unknown" for m, _ in points} - set(levels))
    width, left, right, top, row = 760, 130, 20, 40, 34
    height = top + row * len(levels) + 70
    first, last = min(d for _, d in points), max(d for _, d in points)
    start, end = date(first.year, 1, 1), date(last.year + 1, 1, 1)
    span_days = max(1, (end - start).days)

    def x_of(d: date) -> float:
        return left + (width - left - right) * (d - start).days / span_days

    body = []
    for i, level in enumerate(levels):
        y = top + row * i + row / 2
        body.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.0f}" y2="{y:.0f}" stroke="#ddd"/>')
        body.append(f'<text x="{left - 8}" y="{y + 4:.0f}" text-anchor="end">{_e(level.replace("_", " "))}</text>')
    axis_y = top + row * len(levels)
    body.append(f'<line x1="{left}" x2="{width - right}" y1="{axis_y}" y2="{axis_y}" stroke="#333"/>')
    years = list(range(start.year, end.year + 1))
    every = max(1, len(years) // 10)
    for year in years[::every]:
        x = x_of(date(year, 1, 1))
        body.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{axis_y}" y2="{axis_y + 5}" stroke="#333"/>')
        body.append(f'<text x="{x:.1f}" y="{axis_y + 18}" text-anchor="middle">{year}</text>')
    for meeting, day in points:
        colour, shape = FORMAT_STYLE.get(meeting.get("format") or "", UNKNOWN_STYLE)
        y = top + row * levels.index(meeting.get("level") or "unknown") + row / 2
        tip = f"{day.isoformat()} · {meeting.get('level') or 'level unknown'} · {meeting.get('format') or 'format unknown'}"
        if meeting.get("title"):
            tip += f" · {meeting['title']}"
        body.append(f'<a href="{_e(link)}{_e(meeting.get("id", ""))}"><g class="point">'
                    f'<title>{_e(tip)}</title>{_marker(shape, x_of(day), y, colour)}</g></a>')
    legend = [(fmt.replace("_", " "), *FORMAT_STYLE[fmt]) for fmt in FORMAT_STYLE]
    legend.append(("format unknown", *UNKNOWN_STYLE))
    body += _legend(left, height - 28, legend)
    body.append(f'<text class="axis-label" x="{(left + width - right) / 2:.0f}" y="{height - 6}" '
                f'text-anchor="middle">Date of meeting</text>')
    body.append(f'<text class="axis-label" transform="translate(14 {top + row * len(levels) / 2:.0f}) rotate(-90)" '
                'text-anchor="middle">Level</text>')
    return _svg(width, height, title, body, "Timeline of meetings; marker shape and colour show the format.")


def bar_chart(data: Sequence[tuple[object, float]], title: str, x_label: str, y_label: str,
              colour: str = OKABE_ITO[0]) -> Markup:
    """Vertical bars, one per (label, value) in the given order (e.g. meetings per year)."""
    if not data:
        return _empty(title)
    width, height, left, right, top, bottom = 640, 260, 50, 16, 34, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = _nice_max(max(v for _, v in data))
    slot = plot_w / len(data)
    body = _y_grid(left, width - right, top, plot_h, top_value)
    every = max(1, len(data) // 16)
    for i, (label, value) in enumerate(data):
        h = plot_h * value / top_value
        x = left + i * slot + slot * 0.15
        body.append(f'<rect class="bar" x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{slot * 0.7:.1f}" '
                    f'height="{h:.1f}" fill="{colour}"><title>{_e(label)}: {_e(_fmt(value))}</title></rect>')
        if i % every == 0:
            body.append(f'<text x="{x + slot * 0.35:.1f}" y="{top + plot_h + 16}" text-anchor="middle">{_e(label)}</text>')
    body += _axis_labels(width, height, x_label, y_label)
    return _svg(width, height, title, body)


def _fmt(value: float) -> str:
    """Integers without a decimal point."""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def _y_grid(left: float, right: float, top: float, plot_h: float, top_value: int) -> list[str]:
    """Horizontal grid lines with value labels, and the x axis line."""
    body = []
    for tick in _ticks(top_value):
        y = top + plot_h - plot_h * tick / top_value
        body.append(f'<line x1="{left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e5e5"/>')
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>')
    body.append(f'<line x1="{left}" x2="{right}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#333"/>')
    return body


def ranked_bar_chart(data: Sequence[tuple[str, float]], title: str, x_label: str, y_label: str,
                     link: Optional[str] = None, colour: str = OKABE_ITO[2]) -> Markup:
    """Horizontal bars, largest first (e.g. partners ranked by meetings); optional link per label."""
    if not data:
        return _empty(title)
    data = sorted(data, key=lambda kv: (-kv[1], str(kv[0])))
    width, left, right, top, row = 640, 150, 40, 34, 22
    height = top + row * len(data) + 44
    top_value = _nice_max(max(v for _, v in data))
    plot_w = width - left - right
    body = []
    for i, (label, value) in enumerate(data):
        y = top + i * row
        w = plot_w * value / top_value
        text = f'<text x="{left - 6}" y="{y + 15}" text-anchor="end">{_e(label)}</text>'
        if link:
            text = f'<a href="{_e(link)}{_e(label)}">{text}</a>'
        body.append(text)
        body.append(f'<rect class="bar" x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" fill="{colour}">'
                    f"<title>{_e(label)}: {_e(_fmt(value))}</title></rect>")
        body.append(f'<text x="{left + w + 4:.1f}" y="{y + 15}">{_e(_fmt(value))}</text>')
    axis_y = top + row * len(data)
    body.append(f'<line x1="{left}" x2="{width - right}" y1="{axis_y}" y2="{axis_y}" stroke="#333"/>')
    body.append(f'<text class="axis-label" x="{left + plot_w / 2:.0f}" y="{height - 8}" text-anchor="middle">{_e(x_label)}</text>')
    body.append(f'<text class="axis-label" transform="translate(14 {top + row * len(data) / 2:.0f}) rotate(-90)" '
                f'text-anchor="middle">{_e(y_label)}</text>')
    return _svg(width, height, title, body)


def heat_map(cells: dict[tuple[str, object], float], title: str, x_label: str, y_label: str,
             row_labels: Optional[dict[str, str]] = None) -> Markup:
    """Rows x columns of counts, shaded from white to Okabe–Ito blue; the count is printed in each cell."""
    if not cells:
        return _empty(title)
    rows = sorted({r for r, _ in cells}, key=lambda r: (-sum(v for (rr, _), v in cells.items() if rr == r), r))
    cols = sorted({c for _, c in cells})
    labels = row_labels or {}
    longest = max(len(str(labels.get(r, r))) for r in rows)
    width_cell, row_h, top = max(26, min(60, 560 // max(1, len(cols)))), 22, 34
    left = min(320, max(120, 40 + int(6.6 * longest)))  # room for the longest row label
    width = left + width_cell * len(cols) + 20
    height = top + row_h * len(rows) + 50
    peak = max(cells.values()) or 1
    body = []
    for i, r in enumerate(rows):
        y = top + i * row_h
        body.append(f'<text x="{left - 6}" y="{y + 15}" text-anchor="end">{_e(labels.get(r, r))}</text>')
        for j, c in enumerate(cols):
            value = cells.get((r, c), 0)
            x = left + j * width_cell
            body.append(f'<rect class="cell" x="{x}" y="{y}" width="{width_cell - 2}" height="{row_h - 2}" '
                        f'fill="{_shade(value / peak)}"><title>{_e(labels.get(r, r))}, {_e(c)}: {_e(_fmt(value))}</title></rect>')
            if value:
                ink = "#fff" if value / peak > 0.55 else "#000"
                body.append(f'<text x="{x + (width_cell - 2) / 2:.0f}" y="{y + 15}" text-anchor="middle" fill="{ink}">{_e(_fmt(value))}</text>')
    every = max(1, len(cols) // 12)
    for j, c in enumerate(cols):
        if j % every == 0:
            body.append(f'<text x="{left + j * width_cell + width_cell / 2:.0f}" y="{top + row_h * len(rows) + 16}" '
                        f'text-anchor="middle">{_e(c)}</text>')
    body += _axis_labels(width, height, x_label, y_label)
    return _svg(width, height, title, body)


def _shade(fraction: float) -> str:
    """Interpolate white -> #0072B2 (Okabe–Ito blue)."""
    fraction = max(0.0, min(1.0, fraction))
    r, g, b = (round(255 + (t - 255) * fraction) for t in (0x00, 0x72, 0xB2))
    return f"#{r:02x}{g:02x}{b:02x}"


def line_chart(series: dict[str, Sequence[tuple[object, float]]], title: str, x_label: str,
               y_label: str) -> Markup:
    """One line per named series over shared x labels (e.g. a topic's meetings per year)."""
    xs = sorted({x for points in series.values() for x, _ in points})
    if not xs:
        return _empty(title)
    width, height, left, right, top, bottom = 640, 260, 50, 16, 34, 60
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = _nice_max(max(v for points in series.values() for _, v in points))
    step = plot_w / max(1, len(xs) - 1) if len(xs) > 1 else 0
    x_of = {x: left + (i * step if len(xs) > 1 else plot_w / 2) for i, x in enumerate(xs)}
    body = _y_grid(left, width - right, top, plot_h, top_value)
    shapes = ("circle", "square", "diamond", "triangle")
    for k, (name, points) in enumerate(series.items()):
        colour, shape = OKABE_ITO[k % len(OKABE_ITO)], shapes[k % len(shapes)]
        values = dict(points)
        coords = [(x_of[x], top + plot_h - plot_h * values.get(x, 0) / top_value, x) for x in xs]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in coords)
        body.append(f'<polyline class="line" points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, y, label in coords:
            body.append(f'<g class="point"><title>{_e(name)}, {_e(label)}: {_e(_fmt(values.get(label, 0)))}</title>'
                        f"{_marker(shape, x, y, colour, 4)}</g>")
    every = max(1, len(xs) // 12)
    for i, x in enumerate(xs):
        if i % every == 0:
            body.append(f'<text x="{x_of[x]:.1f}" y="{top + plot_h + 16}" text-anchor="middle">{_e(x)}</text>')
    if len(series) > 1:
        body += _legend(left, height - 26, [(n, OKABE_ITO[k % 8], shapes[k % 4]) for k, n in enumerate(series)])
    body.append(f'<text class="axis-label" x="{left + plot_w / 2:.0f}" y="{height - 6}" text-anchor="middle">{_e(x_label)}</text>')
    body.append(f'<text class="axis-label" transform="translate(14 {top + plot_h / 2:.0f}) rotate(-90)" '
                f'text-anchor="middle">{_e(y_label)}</text>')
    return _svg(width, height, title, body)


def fill_years(counts: dict[int, float]) -> list[tuple[int, float]]:
    """Every year from the first to the last, with 0 where a year has no count."""
    if not counts:
        return []
    by_year = {int(y): v for y, v in counts.items()}
    return [(y, by_year.get(y, 0)) for y in range(min(by_year), max(by_year) + 1)]
