"""``rated by inspector judgement``: the lead inspector gives the standard's rating, guided by
the published characteristics; it is not worked out from cases. Allowed on any standard."""

from __future__ import annotations

from typing import ClassVar

from ratingbook.framework.rules.base import JudgedForm, Reads


class Judgement(JudgedForm):
    name: ClassVar[str] = "inspector judgement"
    reads: ClassVar[Reads] = "judgement"
    summary: ClassVar[str] = "the rating the lead inspector gives"
    sentence: ClassVar[str] = (
        "the lead inspector's judgement, against the published characteristics"
    )
    handbook: ClassVar[str] = (
        "Rated by the lead inspector's judgement of the evidence, guided by the characteristics published for each rating."
    )
    domain_words: ClassVar[str] = "by the lead inspector's judgement"
