"""Bar charts drawn on the server as SVG: no JavaScript, no chart library, no CDN."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

COLOURS = ("#2b6cb0", "#dd6b20", "#2f855a", "#805ad5")
WIDTH, HEIGHT, PAD = 640, 220, 28


def bars(
    title: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]]
) -> str:
    """Grouped bars: one group per label, one bar per series; ``None`` draws nothing."""
    values = [v for _name, vs in series for v in vs if v is not None]
    top = max(values, default=0.0) or 1.0
    slot = (WIDTH - 2 * PAD) / max(len(labels), 1)
    bar = max(slot / (len(series) + 1), 1.0)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT + 40}" '
        f'role="img" aria-label="{escape(title)}" class="chart" direction="ltr">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{PAD}" y1="{HEIGHT}" x2="{WIDTH - PAD}" y2="{HEIGHT}" stroke="#999"/>',
    ]
    for i, label in enumerate(labels):
        x0 = PAD + i * slot
        for j, (name, vs) in enumerate(series):
            value = vs[i] if i < len(vs) else None
            if value is None:
                continue
            height = (HEIGHT - PAD) * value / top
            x = x0 + (j + 0.5) * bar
            parts.append(
                f'<rect x="{x:.1f}" y="{HEIGHT - height:.1f}" width="{bar:.1f}" '
                f'height="{height:.1f}" fill="{COLOURS[j % len(COLOURS)]}">'
                f"<title>{escape(name)} {escape(label)}: {value:g}</title></rect>"
            )
        parts.append(
            f'<text x="{x0 + slot / 2:.1f}" y="{HEIGHT + 14}" font-size="10" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    parts.append(f'<text x="{PAD}" y="14" font-size="11">{top:g}</text>')
    for j, (name, _vs) in enumerate(series):
        x = PAD + j * 130
        parts.append(
            f'<rect x="{x}" y="{HEIGHT + 24}" width="10" height="10" '
            f'fill="{COLOURS[j % len(COLOURS)]}"/>'
            f'<text x="{x + 14}" y="{HEIGHT + 33}" font-size="11">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
