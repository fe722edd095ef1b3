"""Choose the articles of this set: the 14 free unannotated Wikinews 2016-2018 articles with the
most country names / demonyms of the gazetteer (see README.md). Run from the repository root:
python3 eval/gold/audit-events-2016-2018/select.py > eval/gold/audit-events-2016-2018/SELECTION.txt"""
import csv
import json
import re

FREE = "008 012 017 021 022 023 030 033 042 044 048 049 052 055 061 067 068 072 074 076 077 082 086 088 089 090"
FREE_IDS = {f"frwikinews-{n}" for n in FREE.split()}

words = set()
with open("src/newsgraph/data/countries.tsv", encoding="utf-8") as fh:
    for row in csv.DictReader((l for l in fh if not l.startswith("#")), delimiter="\t"):
        for key in ("name_fr", "aliases_fr", "demonyms_fr"):
            words.update(w.strip() for w in (row.get(key) or "").split("|") if w.strip())
alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
PATTERN = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)

counts = []
with open("corpus/wikinews-fr-2016-2018/articles.jsonl", encoding="utf-8") as fh:
    for line in fh:
        art = json.loads(line)
        if art["id"] in FREE_IDS:
            n = len(PATTERN.findall(art.get("title", "") + "\n" + art["text"]))
            counts.append((-n, art["id"]))
counts.sort()
for rank, (n, aid) in enumerate(counts, 1):
    print(f"{rank}\t{aid}\t{-n}\t{'chosen' if rank <= 14 else '-'}")
