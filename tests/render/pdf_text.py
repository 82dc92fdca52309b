"""A small PDF text reader for the PDFs headless Chromium prints: the lines of text on each page.

Enough of PDF for what Chromium (Skia) writes: uncompressed object headers, Flate-compressed
streams, a page tree, Type0 and simple fonts with ToUnicode maps, and the text operators.
Each page's text runs are placed by the text matrix and the transformation matrix, then read
top to bottom and left to right, so that "the last line on a page" means the lowest one.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

_OBJ = re.compile(rb"(\d+)\s+0\s+obj\b")
_REF = re.compile(rb"(\d+)\s+0\s+R")
# One token of a content stream: an array (whole, strings in it included), a string, a hex
# string, a name, a number or an operator. Dictionaries do not occur in the text operators.
_TOKEN = re.compile(
    rb"(\[(?:\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|[^\](<])*\])"
    rb"|(\((?:\\.|[^\\)])*\))|(<[0-9A-Fa-f\s]*>)|(/[^\s/\[\]()<>{}%]*)"
    rb"|([-+]?(?:\d+\.?\d*|\.\d+))|([A-Za-z'\"*]+\d?)",
    re.S,
)
_OPERATOR = 6
# What Skia writes for a line of text: a glyph, then for each next glyph its advance and the
# glyph (``<0033> Tj 6.69 0 Td <0044> Tj ...``). Read as one run, as the lines join them.
_CHAIN = re.compile(
    rb"<[0-9A-Fa-f]*>\s+Tj(?:\s+[-+]?(?:\d+\.?\d*|\.\d+)\s+0\s+Td\s+<[0-9A-Fa-f]*>\s+Tj)+"
)
_CHAIN_PARTS = re.compile(rb"<([0-9A-Fa-f]*)>|([-+]?(?:\d+\.?\d*|\.\d+))\s+0\s+Td")
# Text objects, and between them the only operators that matter there: q, Q and cm (the
# drawing around them, most of a page's content, is skipped by the regular expression).
_TEXT_OBJECT = re.compile(rb"(?<!\S)BT(?!\S)(.*?)(?<!\S)ET(?!\S)", re.S)
_STATE = re.compile(rb"(?<!\S)(q|Q|cm)(?!\S)")


def _mul(a: Matrix, b: Matrix) -> Matrix:
    """a then b (row vectors, as PDF writes them)."""
    return (
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    )


@dataclass
class Run:
    x: float
    y: float
    text: str


class Pdf:
    """The objects of one PDF file, by number."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.objects: dict[int, tuple[bytes, bytes | None]] = {}
        starts = [(int(m.group(1)), m.end()) for m in _OBJ.finditer(data)]
        for num, start in starts:
            if num in self.objects:
                continue
            end = data.find(b"endobj", start)
            body = data[start:end]
            stream = None
            at = body.find(b"stream")
            if at >= 0 and body[:at].rstrip().endswith(b">>"):
                head = body[:at]
                m = re.search(rb"/Length\s+(\d+)(\s+0\s+R)?", head)
                assert m is not None, "a stream without /Length"
                begin = start + at + len(b"stream")
                if data[begin : begin + 2] == b"\r\n":
                    begin += 2
                elif data[begin : begin + 1] in (b"\n", b"\r"):
                    begin += 1
                if m.group(2):
                    length = self._direct_int(int(m.group(1)))
                else:
                    length = int(m.group(1))
                raw = data[begin : begin + length]
                stream = zlib.decompress(raw) if b"/FlateDecode" in head else raw
                # the real end of this object: after its stream
                end = data.find(b"endobj", begin + length)
                body = head
            self.objects[num] = (body, stream)

    def _direct_int(self, num: int) -> int:
        m = re.search(rb"\b%d\s+0\s+obj\s+(\d+)\s+endobj" % num, self.data)
        assert m is not None, f"object {num} is not a number"
        return int(m.group(1))

    def body(self, num: int) -> bytes:
        return self.objects[num][0]

    def stream(self, num: int) -> bytes:
        found = self.objects[num][1]
        assert found is not None, f"object {num} has no stream"
        return found

    def dict_value(self, body: bytes, key: bytes) -> bytes | None:
        """The text of ``key``'s value in a dictionary: a reference, an array or a dictionary."""
        m = re.search(rb"/" + key + rb"(?![A-Za-z])\s*", body)
        if m is None:
            return None
        rest = body[m.end() :]
        if rest.startswith(b"<<"):
            depth, i = 0, 0
            while i < len(rest):
                if rest.startswith(b"<<", i):
                    depth, i = depth + 1, i + 2
                elif rest.startswith(b">>", i):
                    depth, i = depth - 1, i + 2
                    if depth == 0:
                        return rest[:i]
                else:
                    i += 1
            return rest
        if rest.startswith(b"["):
            return rest[: rest.index(b"]") + 1]
        ref = _REF.match(rest)
        if ref:
            return ref.group(0)
        return re.match(rb"[^\s/>\]]+", rest).group(0)  # type: ignore[union-attr]

    def resolve(self, value: bytes) -> bytes:
        """A dictionary given directly or by reference."""
        ref = _REF.fullmatch(value.strip())
        return self.body(int(ref.group(1))) if ref else value

    def pages(self) -> list[int]:
        root = _REF.search(self.dict_value(self._catalog(), b"Pages") or b"")
        assert root is not None
        out: list[int] = []

        def walk(num: int) -> None:
            body = self.body(num)
            if re.search(rb"/Type\s*/Pages\b", body):
                kids = self.dict_value(body, b"Kids") or b"[]"
                for ref in _REF.finditer(kids):
                    walk(int(ref.group(1)))
            else:
                out.append(num)

        walk(int(root.group(1)))
        return out

    def _catalog(self) -> bytes:
        for body, _ in self.objects.values():
            if re.search(rb"/Type\s*/Catalog\b", body):
                return body
        raise AssertionError("no catalog")


def _cmap(text: bytes) -> tuple[dict[int, str], int]:
    """A ToUnicode map: code -> text, and the width of a code in bytes."""
    out: dict[int, str] = {}
    width = 1

    def uni(hexs: bytes) -> str:
        raw = bytes.fromhex(hexs.decode())
        return raw.decode("utf-16-be", errors="replace")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            width = max(width, len(src) // 2)
            out[int(src, 16)] = uni(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block
        ):
            width = max(width, len(lo) // 2)
            a, b = int(lo, 16), int(hi, 16)
            if dst.startswith(b"["):
                for i, item in enumerate(re.findall(rb"<([0-9A-Fa-f]*)>", dst)):
                    out[a + i] = uni(item)
            else:
                start = int(dst[1:-1], 16)
                for i in range(b - a + 1):
                    out[a + i] = chr(start + i)
    return out, width


def _string(token: bytes) -> bytes:
    if token.startswith(b"<"):
        return bytes.fromhex(re.sub(rb"\s", b"", token[1:-1]).decode())
    body = token[1:-1]
    return re.sub(
        rb"\\([nrtbf()\\]|[0-7]{1,3})",
        lambda m: {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(
            m.group(1), bytes([int(m.group(1), 8)]) if m.group(1)[:1].isdigit() else m.group(1)
        ),
        body,
    )


def page_runs(pdf: Pdf, page: int) -> list[Run]:
    """The text runs of one page, each where it is drawn (y grows upwards)."""
    body = pdf.body(page)
    contents = pdf.dict_value(body, b"Contents") or b""
    streams = b"\n".join(pdf.stream(int(r.group(1))) for r in _REF.finditer(contents))
    resources = pdf.resolve(pdf.dict_value(body, b"Resources") or b"<<>>")
    fonts_dict = pdf.resolve(pdf.dict_value(resources, b"Font") or b"<<>>")
    fonts: dict[bytes, tuple[dict[int, str], int]] = {}
    for name, num in re.findall(rb"/([^\s/<>\[\]]+)\s+(\d+)\s+0\s+R", fonts_dict):
        to_unicode = pdf.dict_value(pdf.body(int(num)), b"ToUnicode")
        if to_unicode is not None and _REF.fullmatch(to_unicode):
            fonts[name] = _cmap(pdf.stream(int(_REF.fullmatch(to_unicode).group(1))))  # type: ignore[union-attr]
        else:
            fonts[name] = ({}, 1)

    runs: list[Run] = []
    ctm: Matrix = IDENTITY
    stack: list[Matrix] = []
    tm: Matrix = IDENTITY
    line: Matrix = IDENTITY
    font: tuple[dict[int, str], int] = ({}, 1)
    leading = 0.0

    def show(raw: bytes) -> None:
        table, width = font
        codes = [int.from_bytes(raw[i : i + width], "big") for i in range(0, len(raw), width)]
        text = "".join(table.get(c, chr(c) if not table else "") for c in codes)
        x, y = _mul(tm, ctm)[4:]
        runs.append(Run(x=x, y=y, text=text))

    def chain(found: bytes) -> bool:
        """A line of glyphs as one run; False (read it glyph by glyph) if it goes back."""
        nonlocal tm, line
        glyphs, advance = [], 0.0
        for hex_, dx in _CHAIN_PARTS.findall(found):
            if dx:
                if float(dx) < 0:
                    return False
                advance += float(dx)
            else:
                glyphs.append(hex_)
        show(bytes.fromhex(b"".join(glyphs).decode()))
        line = tm = _mul((1, 0, 0, 1, advance, 0), line)
        return True

    def text_object(block: bytes) -> None:
        nonlocal tm, line, font, leading
        tm = line = IDENTITY
        operands: list[bytes] = []
        pieces = []
        at = 0
        for m in _CHAIN.finditer(block):
            pieces += [(False, block[at : m.start()]), (True, m.group(0))]
            at = m.end()
        pieces.append((False, block[at:]))
        for whole, piece in pieces:
            if whole and chain(piece):
                continue
            tokens(piece, operands)

    def tokens(block: bytes, operands: list[bytes]) -> None:
        nonlocal tm, line, font, leading
        for m in _TOKEN.finditer(block):
            if m.lastindex != _OPERATOR:
                operands.append(m.group(0))
                continue
            op = m.group(0)
            if op == b"Tf" and len(operands) >= 2:
                font = fonts.get(operands[-2].lstrip(b"/"), ({}, 1))
            elif op == b"TL" and operands:
                leading = float(operands[-1])
            elif op in (b"Td", b"TD") and len(operands) >= 2:
                x, y = float(operands[-2]), float(operands[-1])
                if op == b"TD":
                    leading = -y
                line = tm = _mul((1, 0, 0, 1, x, y), line)
            elif op == b"Tm" and len(operands) >= 6:
                line = tm = tuple(float(o) for o in operands[-6:])  # type: ignore[assignment]
            elif op == b"T*":
                line = tm = _mul((1, 0, 0, 1, 0, -leading), line)
            elif op == b"Tj" and operands:
                show(_string(operands[-1]))
            elif op == b"TJ" and operands:
                parts = re.findall(rb"<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)", operands[-1])
                show(b"".join(_string(p) for p in parts))
            elif op in (b"'", b'"') and operands:
                line = tm = _mul((1, 0, 0, 1, 0, -leading), line)
                show(_string(operands[-1]))
            operands.clear()

    def state(between: bytes) -> None:
        nonlocal ctm
        for m in _STATE.finditer(between):
            op = m.group(1)
            if op == b"q":
                stack.append(ctm)
            elif op == b"Q":
                ctm = stack.pop() if stack else IDENTITY
            else:
                nums = between[max(0, m.start() - 200) : m.start()].split()[-6:]
                ctm = _mul(tuple(float(v) for v in nums), ctm)  # type: ignore[arg-type]

    at = 0
    for m in _TEXT_OBJECT.finditer(streams):
        state(streams[at : m.start()])
        text_object(m.group(1))
        at = m.end()
    state(streams[at:])
    return runs


def lines(runs: list[Run], tolerance: float = 2.0) -> list[str]:
    """Runs joined into lines, top of the page first."""
    out: list[tuple[float, list[Run]]] = []
    for run in sorted(runs, key=lambda r: (-r.y, r.x)):
        if out and abs(out[-1][0] - run.y) <= tolerance:
            out[-1][1].append(run)
        else:
            out.append((run.y, [run]))
    return ["".join(r.text for r in sorted(rs, key=lambda r: r.x)).strip() for _, rs in out]


def page_lines(data: bytes) -> list[list[str]]:
    """The text of each page of a PDF, as lines from the top."""
    pdf = Pdf(data)
    return [[t for t in lines(page_runs(pdf, p)) if t] for p in pdf.pages()]


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Each page's width and height in points (A4 is 595 x 842), from its MediaBox or the
    nearest one above it in the page tree."""
    pdf = Pdf(data)
    out = []
    for num in pdf.pages():
        body = pdf.body(num)
        box = pdf.dict_value(body, b"MediaBox")
        while box is None:
            parent = pdf.dict_value(body, b"Parent")
            assert parent is not None, f"page {num} has no MediaBox"
            body = pdf.resolve(parent)
            box = pdf.dict_value(body, b"MediaBox")
        x0, y0, x1, y1 = (float(v) for v in box.strip(b"[]").split())
        out.append((x1 - x0, y1 - y0))
    return out


def plain(text: str) -> str:
    """Text as compared across a PDF: ligatures undone, no white space."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


FOOT = re.compile(r"Page\d+of\d+")


def pages_ending_with(pages: list[list[str]], texts: set[str]) -> list[tuple[int, str]]:
    """The pages (but the last) whose last line, or last two or three lines together, is
    one of ``texts`` (all compared as :func:`plain` text), with what they end with. The
    page number at the foot does not count."""
    wanted = {plain(t) for t in texts} - {""}
    found = []
    for number, lines in enumerate(pages[:-1], start=1):
        body = [plain(line) for line in lines if not FOOT.fullmatch(plain(line))]
        for k in (1, 2, 3):
            tail = "".join(body[-k:])
            if tail in wanted:
                found.append((number, tail))
                break
    return found
