"""``python scripts/translatesites/report.py OUT.<pid>.json``: ``translate``'s callers, the
most characters of non-ASCII texts first (see ``sitecustomize.py`` here)."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    sites = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    ranked = sorted(sites.items(), key=lambda item: -sum(item[1]["non_ascii"].values()))
    print(f"{'calls':>8} {'ascii':>7} {'chars':>9} {'in non-ASCII':>12}  caller")
    for key, site in ranked:
        non_ascii = sum(site["non_ascii"].values())
        print(
            f"{site['calls']:8d} {site['ascii_calls']:7d} {site['chars']:9d} {non_ascii:12d}  {key}"
        )


if __name__ == "__main__":
    main()
