# Two commands do all set-up on a fresh machine with Python 3.11:
#   make run    create .venv, install, ingest the bundled corpus into DuckDB, print a summary
#   make test   create .venv, install, run the test suite (with the evaluation gate)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DB ?= newsgraph.duckdb

.PHONY: run test eval eval-press eval-press-warts bench serve clean

$(BIN)/newsgraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[web,test]"
	touch $@

run: $(BIN)/newsgraph
	$(BIN)/newsgraph ingest corpus/ --db $(DB)
	$(BIN)/newsgraph summary --db $(DB)

# the tests also run a Spark job in local mode: PySpark (the spark extra) and Java 17 (.ci/run
# installs Debian's openjdk-17-jre-headless where `java` is missing)
$(VENV)/.spark: $(BIN)/newsgraph
	$(BIN)/pip install --quiet -e ".[web,test,spark]"
	touch $@

test: $(BIN)/newsgraph $(VENV)/.spark
	$(BIN)/python -m pytest

serve: $(BIN)/newsgraph
	$(BIN)/newsgraph serve --db $(DB)

# the 2012 dev set, the tuning and check parts of the 2016-2018 set, the English PolNeAR set when
# ../shared is beside the repository (research data that is not bundled), and the dates tables, side by side
SHARED_GOLD := $(wildcard ../shared/gold/en-polnear)

eval: $(BIN)/newsgraph
	$(BIN)/newsgraph eval eval/gold/dev eval/gold/dev-2016-2018 $(SHARED_GOLD) \
		--dates eval/dates_fr.tsv --dates eval/dates_en.tsv --floors eval/floors.json --warts

# the invented press-style stress sets (eval/press/README.md) and the silver audit sets
# (eval/gold/audit-2016-2018/README.md: quotes; eval/gold/audit-events-2016-2018/README.md: events
# and countries only, its quote rows mean nothing; eval/gold/audit-all-2016-2018/README.md and eval/gold/audit-2012*/README.md: every layer),
# tuning and check halves side by side
PRESS_SETS := eval/press/press-quotes-a eval/press/press-quotes-b eval/press/press-events \
	eval/press/press-mixed-c eval/press/press-mixed-d eval/press/press-mixed-e eval/press/press-mixed-f \
	eval/press/press-mixed-g eval/press/press-mixed-h eval/press/press-mixed-i eval/press/press-mixed-j \
	eval/press/press-mixed-k eval/press/press-mixed-l eval/press/press-mixed-m eval/press/press-mixed-n \
	eval/press/press-mixed-o eval/press/press-mixed-p eval/press/press-mixed-q eval/press/press-mixed-r \
	eval/press/press-mixed-s eval/press/press-mixed-t eval/press/press-mixed-u eval/press/press-mixed-v \
	eval/press/press-mixed-w eval/press/press-mixed-x eval/press/press-mixed-y eval/press/press-mixed-z \
	eval/press/press-mixed-aa eval/press/press-mixed-ab eval/press/press-mixed-ac \
	eval/press/press-mixed-ad eval/press/press-mixed-ae eval/press/press-mixed-af \
	eval/press/press-mixed-ag eval/press/press-mixed-ah eval/press/press-mixed-ai \
	eval/press/press-mixed-aj \
	eval/press/press-mixed-ak \
	eval/press/press-mixed-al \
	eval/press/press-mixed-am \
	eval/press/press-mixed-an \
	eval/press/press-mixed-ao \
	eval/gold/audit-2016-2018 eval/gold/audit-events-2016-2018 \
	eval/gold/audit-all-2016-2018 eval/gold/audit-2012 eval/gold/audit-2012-b eval/gold/audit-2012-c \
	eval/gold/audit-2012-d

eval-press: $(BIN)/newsgraph
	$(BIN)/newsgraph eval $(PRESS_SETS)

# the same check halves on text damaged as scrapers damage it, every kind at once, beside the clean
# figures: how a scraped-text repair is judged (eval/README.md, "with warts")
eval-press-warts: $(BIN)/newsgraph
	$(BIN)/newsgraph eval $(PRESS_SETS) --part check --warts --wart-kinds all

# throughput against bare spaCy with 1 and 2 processes, then where one process spends its time
# (docs/benchmarks.md says how to read them)
bench: $(BIN)/newsgraph
	$(BIN)/python bench/bench_speed.py
	$(BIN)/python bench/bench_pipeline.py

clean:
	rm -rf $(VENV) $(DB) $(DB).wal $(DB).server $(DB).actors
