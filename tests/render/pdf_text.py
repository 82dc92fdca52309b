"""A small PDF text reader for the PDFs headless Chromium prints: the lines of text on each page.

Enough of PDF for what Chromium (Skia) writes: uncompressed object headers, Flate-compressed
streams, a page tree, Type0 and simple fonts with ToUnicode maps, and the text operators.
Each page's text runs are placed by the text matrix and the transformation matrix, then read
top to bottom and left to right, so that "the last line on a page" means the lowest one.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

_OBJ = re.compile(rb"(\d+)\s+0\s+obj\b")
_REF = re.compile(rb"(\d+)\s+0\s+R")
_TOKEN = re.compile(
    rb"\s*(?:(<<|>>)|(\[)|(\])|(<[0-9A-Fa-f\s]*>)|(\((?:\\.|[^\\)])*\))|(/[^\s/\[\]()<>{}%]*)"
    rb"|([-+]?(?:\d+\.?\d*|\.\d+))|([A-Za-z'\"*]+\d?))",
    re.S,
)


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
        font = pdf.body(int(num))
        to_unicode = pdf.dict_value(font, b"ToUnicode")
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
    operands: list[bytes] = []

    def show(raw: bytes) -> None:
        table, width = font
        codes = [int.from_bytes(raw[i : i + width], "big") for i in range(0, len(raw), width)]
        text = "".join(table.get(c, chr(c) if not table else "") for c in codes)
        x, y = _mul(tm, ctm)[4:]
        runs.append(Run(x=x, y=y, text=text))

    pos = 0
    while pos < len(streams):
        m = _TOKEN.match(streams, pos)
        if m is None or m.end() == pos:
            pos += 1
            continue
        pos = m.end()
        token = m.group(0).strip()
        op = m.group(8)
        if op is None:
            if token == b"[":
                # an array: gather it whole as one operand
                depth, start = 1, pos
                while depth and pos < len(streams):
                    t = _TOKEN.match(streams, pos)
                    if t is None:
                        pos += 1
                        continue
                    pos = t.end()
                    tok = t.group(0).strip()
                    if tok.startswith(b"(") or tok.startswith(b"<") and not tok.startswith(b"<<"):
                        continue
                    depth += tok == b"["
                    depth -= tok == b"]"
                operands.append(b"[" + streams[start:pos])
            else:
                operands.append(token)
            continue
        nums = []
        for o in operands:
            try:
                nums.append(float(o))
            except ValueError:
                nums.append(0.0)
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop() if stack else IDENTITY
        elif op == b"cm" and len(nums) >= 6:
            ctm = _mul(tuple(nums[-6:]), ctm)  # type: ignore[arg-type]
        elif op == b"BT":
            tm = line = IDENTITY
        elif op == b"Tf" and len(operands) >= 2:
            font = fonts.get(operands[-2].lstrip(b"/"), ({}, 1))
        elif op == b"TL" and nums:
            leading = nums[-1]
        elif op in (b"Td", b"TD") and len(nums) >= 2:
            if op == b"TD":
                leading = -nums[-1]
            line = tm = _mul((1, 0, 0, 1, nums[-2], nums[-1]), line)
        elif op == b"Tm" and len(nums) >= 6:
            line = tm = tuple(nums[-6:])  # type: ignore[assignment]
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
        operands = []
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
