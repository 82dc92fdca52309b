"""Views: what every output format shows, decided once.

A view is built from a Result, an Explanation, a Diff, a Comparison or a test run, and holds
everything a reader sees as plain records: the ratings as they are written, the marks beside
them, the English of every note, the figures as text. The renderers in
:mod:`ratingbook.framework.render` lay views out as Rich renderables, Markdown or HTML, and
decide nothing; so the formats cannot disagree about what they show.

Views read :mod:`~ratingbook.framework.result`, :mod:`~ratingbook.framework.explain`,
:mod:`~ratingbook.framework.diff`, :mod:`~ratingbook.framework.compare` and
:mod:`~ratingbook.framework.expectations`; they never import a renderer or the CLI.
"""
