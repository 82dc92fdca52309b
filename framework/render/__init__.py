"""Renderers read a Result and return text or renderables; only the CLI prints."""
