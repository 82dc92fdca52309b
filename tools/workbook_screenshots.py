"""Render the recording workbook's sheets to PNG for docs/workbook.md, with LibreOffice.

    python tools/workbook_screenshots.py            # writes docs/images/workbook-*.png

The example workbook (yot-2020, filled from the shipped example) is made as `ratingbook
workbook --from` makes it; each sheet shown is given a print area of its top-left corner
(the first cases and questions, so that greyed-out cells show), and LibreOffice (headless)
prints the workbook to PDF, which pdftoppm turns into one PNG per sheet. Needs soffice and
pdftoppm (Debian: libreoffice-calc-nogui, poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

from ratingbook.framework.loading import readers
from ratingbook.framework.loading import workbook_layout as lay
from ratingbook.framework.loading.frameworks import load_framework
from ratingbook.framework.loading.workbook_write import build

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "images"
SHOWN = {  # sheet -> the area shown
    lay.CASES: "A1:AO38",
    lay.JUDGEMENTS: "A1:E5",
    lay.INSPECTION: "A1:C10",
    lay.INSTRUCTIONS: "A1:D26",
}


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftoppm = shutil.which("pdftoppm")
    if soffice is None or pdftoppm is None:
        print("needs soffice (LibreOffice) and pdftoppm (poppler-utils)", file=sys.stderr)
        return 1
    fw = load_framework("yot-2020")
    data = build(fw, readers.document(str(REPO / "standards/yot/examples/example-2020.yaml")))
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for sheet, area in SHOWN.items():
            book = work / f"workbook-{sheet.lower()}.xlsx"
            book.write_bytes(data)
            wb = openpyxl.load_workbook(book)
            for ws in wb.worksheets:
                if ws.title != sheet:
                    ws.sheet_state = "hidden"
            ws = wb[sheet]
            wb.active = wb.worksheets.index(ws)
            ws.print_area = area
            if sheet == lay.CASES:  # the first court cases and the first out-of-court ones
                for r in range(lay.FIRST_ROW + 3, lay.FIRST_ROW + 27):
                    ws.row_dimensions[r].hidden = True
                # The prompts folded under their key questions, but the first key question's.
                for i, col in enumerate(lay.columns(fw), start=1):
                    if col.kind == "prompt" and not col.key.startswith("2.1.1."):
                        ws.column_dimensions[lay.column_letter(i)].hidden = True
                ws.column_dimensions["C"].hidden = True  # the note column, empty here
            ws.page_setup.orientation = "landscape"
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 1
            ws.sheet_properties.pageSetUpPr.fitToPage = True
            ws.print_options.gridLines = True
            ws.print_options.headings = True
            wb.save(book)
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation={(work / 'profile').as_uri()}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work),
                    str(book),
                ],
                check=True,
                capture_output=True,
                timeout=240,
            )
            target = OUT / f"workbook-{sheet.lower()}"
            subprocess.run(
                [
                    pdftoppm,
                    "-png",
                    "-r",
                    "150",
                    "-singlefile",
                    str(book.with_suffix(".pdf")),
                    str(target),
                ],
                check=True,
            )
            convert = shutil.which("convert")
            if convert is not None:  # the page's empty margins cut away
                png = f"{target}.png"
                subprocess.run(
                    [
                        convert,
                        png,
                        "-trim",
                        "+repage",
                        "-bordercolor",
                        "white",
                        "-border",
                        "8",
                        png,
                    ],
                    check=False,
                )
            print(f"wrote {target.relative_to(REPO)}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
