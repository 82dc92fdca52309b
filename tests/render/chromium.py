"""Headless Chromium for the browser tests: where it is, one run of it, and one browser kept
open for a whole test module and driven through its DevTools protocol.

The protocol goes over a pair of pipes (``--remote-debugging-pipe``: the browser reads
commands on its file descriptor 3 and writes answers on 4, each a JSON message ended by a
NUL byte), so no port is opened and nothing beyond the standard library is needed.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

OPTIONAL_PREFIX = "optional check:"
"""How a skip of an optional check starts: the run's summary lists these (tests/conftest.py)."""

TIMEOUT = 60

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def find_chromium() -> str:
    """The browser's path, or a skip: browser checks are opt-in (RATINGBOOK_BROWSER=1, which
    .ci/run sets after installing Chromium), and skip where it is not installed."""
    if not os.environ.get("RATINGBOOK_BROWSER"):
        pytest.skip(f"{OPTIONAL_PREFIX} browser checks are opt-in: set RATINGBOOK_BROWSER=1")
    found = shutil.which("chromium") or (
        "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None
    )
    if found is None:
        pytest.skip(f"{OPTIONAL_PREFIX} chromium is not installed (.ci/run installs it)")
    return found


def run_chromium(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with a throwaway profile, quiet on the network; fail the test
    if it exits with an error."""
    cmd = [chromium, *FLAGS, f"--user-data-dir={profile}", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert proc.returncode == 0, f"chromium exited {proc.returncode}: {proc.stderr[-2000:]}"
    return proc


class BrowserError(AssertionError):
    """The browser answered a command with an error, or did not answer in time."""


class Browser:
    """One headless Chromium, driven through the DevTools protocol over pipes."""

    def __init__(self, chromium: str, profile: Path) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire() -> None:  # in the child, before exec: the protocol's descriptors
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self._proc = subprocess.Popen(
            [
                chromium,
                *FLAGS,
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
                # A test follows hundreds of in-page links in a few seconds; without this the
                # browser drops fragment changes past 200 in 10 seconds.
                "--disable-ipc-flooding-protection",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=wire,  # noqa: PLW1509 (the test process starts no threads)
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next = 0
        self._events: list[dict[str, Any]] = []

    # -------------------------------------------------------------------- the protocol

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("the browser did not answer in time")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise BrowserError(f"the browser closed its pipe (exit {self._proc.poll()})")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        found: dict[str, Any] = json.loads(message)
        return found

    def send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Send one command and wait for its answer; events that come first are kept."""
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session is not None:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            got = self._read(deadline)
            if got.get("id") == self._next:
                if "error" in got:
                    raise BrowserError(f"{method}: {got['error']}")
                result: dict[str, Any] = got.get("result", {})
                return result
            if "method" in got:
                self._events.append(got)

    def wait_for(self, method: str, session: str) -> dict[str, Any]:
        """The first event ``method`` of a page, waiting for it if it has not come."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            for i, event in enumerate(self._events):
                if event["method"] == method and event.get("sessionId") == session:
                    del self._events[i]
                    return event
            got = self._read(deadline)
            if "method" in got:
                self._events.append(got)

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (BrowserError, OSError):
            pass
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)

    # -------------------------------------------------------------------- pages

    def open(
        self,
        url: str,
        *,
        width: int = 1280,
        height: int = 900,
        mobile: bool = False,
        scripts: bool = True,
    ) -> Page:
        """A new tab showing ``url`` in a viewport ``width`` CSS pixels wide (a phone's, with
        its meta viewport honoured, when ``mobile``), once the page has loaded; with
        ``scripts=False`` the page's own scripts do not run (the test's still do)."""
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        page = Page(self, target, session)
        self.send("Page.enable", session)
        if not scripts:
            page.send("Emulation.setScriptExecutionDisabled", value=True)
        page.resize(width, height, mobile=mobile)
        page.goto(url)
        return page


class Page:
    """One tab of a :class:`Browser`."""

    def __init__(self, browser: Browser, target: str, session: str) -> None:
        self.browser = browser
        self.target = target
        self.session = session

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        return self.browser.send(method, self.session, **params)

    def resize(self, width: int, height: int, *, mobile: bool = False) -> None:
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=mobile,
        )

    def goto(self, url: str) -> None:
        self.send("Page.navigate", url=url)
        self.browser.wait_for("Page.loadEventFired", self.session)

    def eval(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (a promise is waited for)."""
        got = self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in got:
            raise BrowserError(f"{expression[:200]}: {got['exceptionDetails']}")
        return got["result"].get("value")

    def screenshot(self, path: Path, *, top: int = 0, height: int | None = None) -> bytes:
        """A PNG of the page from ``top`` (CSS pixels) down, ``height`` tall (to the end of the
        page when None), also written to ``path``."""
        size = self.eval(
            "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
        )
        tall = size[1] - top if height is None else height
        clip = {"x": 0, "y": top, "width": size[0], "height": tall, "scale": 1}
        data = base64.b64decode(
            self.send(
                "Page.captureScreenshot", format="png", captureBeyondViewport=True, clip=clip
            )["data"]
        )
        path.write_bytes(data)
        return data

    def pdf(self, path: Path) -> bytes:
        """The page printed as a reader's browser prints it: paper size and margins from the
        page's ``@page`` rule, backgrounds on, no header or footer of the browser's own."""
        data = base64.b64decode(
            self.send(
                "Page.printToPDF",
                preferCSSPageSize=True,
                printBackground=True,
                displayHeaderFooter=False,
            )["data"]
        )
        path.write_bytes(data)
        return data

    def close(self) -> None:
        self.browser.send("Target.closeTarget", targetId=self.target)


@contextmanager
def open_browser(chromium: str, profile: Path) -> Iterator[Browser]:
    """One browser for a block of tests, closed after it."""
    b = Browser(chromium, profile)
    try:
        yield b
    finally:
        b.close()
