"""The edge where files are read: framework files, inspection data, corpora and the cache.

Nothing below this layer opens a file. Each submodule is imported when it is needed, so a
command loads only what it uses.
"""
