"""An object noun phrase carries a quoted fragment in its relative clause ("a regretté un départ
qui « affaiblit … »") or after its noun's complement ("son soutien au « droit … »"): a mixed quote
of the object with its fragment (GUIDELINES §2.1; nlp/object_frames.relative_object and
_object_before_quotation). Names and titles in marks stay out. Invented sentences."""


def test_relative_clause_of_the_object_carries_the_quotation(reports):
    found = reports("Le président du Sénat a regretté un départ qui « affaiblit la seule institution » "
                    "chargée de ces dossiers.")
    assert found == [("un départ qui « affaiblit la seule institution » chargée de ces dossiers",
                      "Le président du Sénat", "a regretté")]


def test_relative_clause_ends_before_the_cue_s_next_verb(reports):
    found = reports("L'association dénonce au contraire un texte qui « protège les banques » et réclame un débat.")
    assert found == [("un texte qui « protège les banques »", "L'association", "dénonce")]


def test_prepositional_object_and_comma_after_the_quotation(reports):
    found = reports("La directrice a mis en garde contre une réforme qui exposerait les salariés à « des années "
                    "d'incertitude » en France, où elle travaille.")
    assert [(words, cue) for words, _, cue in found] == [
        ("une réforme qui exposerait les salariés à « des années d'incertitude » en France", "a mis en garde")]


def test_a_title_in_the_relative_clause_is_no_quote(reports):
    assert reports("Le maire a salué une équipe qui a remporté le « Ballon d'or ».") == []


def test_quotation_after_the_noun_s_complement(reports):
    found = reports("Le gouvernement a réaffirmé son soutien au « droit des peuples à disposer d'eux-mêmes ».")
    assert found == [("son soutien au « droit des peuples à disposer d'eux-mêmes »", "Le gouvernement",
                      "a réaffirmé")]


def test_a_place_name_in_marks_after_the_complement_is_no_quote(reports):
    assert reports("Le ministre a annoncé l'envoi de 300 soldats au « Sahel ».") == []
