"""An organisation named again by the first noun of its name, which the recogniser took for a body
of its own that no list knows ("l'Union européenne … l'Union"): the bare noun restates the
organisation named before. Invented sentences, full pipeline."""
from __future__ import annotations


def test_the_bare_noun_restates_the_named_organisation(analyze):
    text = ("Les ministres de l'Union européenne se sont réunis lundi à Bruxelles. « Il faut agir vite », "
            "a déclaré le président ukrainien Volodymyr Zelensky, en appelant l'Union à confisquer les avoirs russes.")
    found = {(e.type, e.recipient.actor) for e in analyze(text, published="2024-05-02").events if not e.negated}
    assert ("REQUEST", "org:ue") in found
    assert not any(recipient == "org:union" for _, recipient in found)
