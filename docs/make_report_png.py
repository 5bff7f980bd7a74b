"""Make docs/report.png, the README's picture of the HTML report.

    .venv/bin/python docs/make_report_png.py              # the two short demo articles
    .venv/bin/python docs/make_report_png.py a.txt b.txt  # any articles

Either way the records are what ``vnextract.extract`` gives today. The demo articles are our own
sentences about invented people (tests/browser/report_samples.py).

Needs selenium and Debian's chromium + chromium-driver (see tests/browser/).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser")]

from report_samples import ARTICLE_1, ARTICLE_2  # noqa: E402
from test_report_browser import make_driver  # noqa: E402

from vnextract.output.html import render_report  # noqa: E402


def items_from(paths: list[str]) -> list[tuple[dict[str, Any], str]]:
    import vnextract
    from vnextract.io import read_text

    texts = [(p, read_text(p)) for p in paths] or [
        ("demo/quang-tri-quang-binh.txt", ARTICLE_1),
        ("demo/tphcm-binh-duong.txt", ARTICLE_2),
    ]
    return [(vnextract.extract(text, source=src).to_dict(), text) for src, text in texts]


def main(argv: list[str]) -> None:
    items = items_from(argv)
    out = HERE / "report.png"
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(render_report(items), encoding="utf-8")
        driver = make_driver(Path(tmp) / "profile")
        try:
            driver.set_window_size(1280, 900)
            driver.get(page.as_uri())
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {"width": 1280, "height": min(int(height), 3000), "deviceScaleFactor": 1,
                 "mobile": False},
            )
            # show the tooltip of the first indicator, as a reader hovering it would see it
            driver.execute_script(
                "var m = document.querySelector('#a1 .text .m-indicator'); if (m) m.focus();"
            )
            driver.save_screenshot(str(out))
        finally:
            driver.quit()
    print(out)


if __name__ == "__main__":
    main(sys.argv[1:])
