"""ratingbook's engine: the checked model, evaluation, explanations, views, renderers and the CLI.

This package knows ratings, not text; it reads frameworks through ``ratingbook.dsl``. Its
public API is :mod:`ratingbook.framework.api`, re-exported by the ``ratingbook`` package.
"""
