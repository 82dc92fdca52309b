"""Renderers lay a view out as a Rich renderable, Markdown or HTML and return it; only the CLI prints."""
