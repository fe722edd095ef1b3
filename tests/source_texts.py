"""The sources the full pipeline finds in invented French texts, with the stretch each cites:
shared by the tests of source forms."""
from newsgraph.model import Article
from newsgraph.process import process


def cited(*texts: str) -> list[list[tuple[str, str, bool]]]:
    """Per text, each source as (name, its evidence in the text, whether it is named)."""
    articles = [Article(id=f"t{k}", text=t, lang="fr", published="2021-03-01") for k, t in enumerate(texts)]
    return [[(s.name, t[s.start:s.end], s.named) for s in a.sources] for t, a in zip(texts, process(articles))]
