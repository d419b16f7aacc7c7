"""excerpts: a bilingual French-English source excerpt manager.

French press sources are recorded as TOML files, their segments become gettext catalogs that
translators edit in their usual PO editors, ``excerpts check`` finds translation errors, and the
aligned pairs leave the corpus as TEI P5.
"""

__version__ = "0.1.0"
