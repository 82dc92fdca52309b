"""The printed page, one rule for every HTML page ratingbook writes (the report, an
explanation, the handbook): A4 with "Page N of M" at the foot of each page, and the print
rules that keep a heading, a caption or a table's header with what follows it.

Each page puts :data:`PRINT_CSS` in its own stylesheet and adds only what is its own (which
sections start a page, what is hidden on paper), so the paper size, the margins, the page
numbers and the page breaks are decided here once.
"""

from __future__ import annotations

from typing import Final

# In print: a heading, a caption or a summary line never ends a page (it goes with what
# follows); a table's header repeats on every page it runs over and never ends one (the
# header, a row heading such as a domain's row in the ratings table, and the rows after them
# go to a page together); every folded section prints open.
PRINT_CSS: Final = """\
@page {
  size: A4;
  margin: 14mm 12mm 16mm;
  @bottom-right {
    content: "Page " counter(page) " of " counter(pages);
    font: 9pt system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
    color: #3b4348;
  }
}
@media print {
  a { color: inherit; text-decoration: none; }
  nav { display: none; }
  h1, h2, h3, h4, h5, h6, caption, figcaption, summary { break-after: avoid; }
  h1, h2, h3, h4, h5, h6, tr, figure, blockquote, pre { break-inside: avoid; }
  thead { display: table-header-group; }
  thead, thead tr, tr.group { break-after: avoid; }
  tbody:first-of-type > tr:nth-child(-n+2), tr.group + tr { break-before: avoid; }
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; }
  details > summary::-webkit-details-marker { display: none; }
}
"""
