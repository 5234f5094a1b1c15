# plankg: `make demo` and `make test` work on a fresh clone; both create .venv themselves.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_STORE := .plankg/demo

.PHONY: venv demo test lint java-deps export-deps neo4j-up neo4j-down bench bench-full clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

demo: venv
	@rm -rf $(DEMO_STORE)
	$(BIN)/plankg build data/plans --store $(DEMO_STORE)
	$(BIN)/plankg stats --store $(DEMO_STORE)
	@echo; echo "== Which platforms support 集成电路, and where does the plan say so? =="
	@$(BIN)/plankg platforms --field 集成电路 --store $(DEMO_STORE)
	@echo; echo "== Which tasks did the 十二五 S&T plan set for 健康上海, and of which kind? =="
	@$(BIN)/plankg cypher --store $(DEMO_STORE) \
	  "MATCH (s:Section {title: '健康上海'})-[:HAS_SECTION]->(b:Section)-[:HAS_TASK]->(t:Task) RETURN b.title AS block, t.number AS no, t.title AS task ORDER BY t.id"
	@echo; echo "== What does the 十四五 plan promise for 集成电路? =="
	@$(BIN)/plankg tasks --plan sh-stic-14 --field 集成电路 --store $(DEMO_STORE)
	@echo; echo "== Which 十四五 tasks carry on the 十二五 task 重大新药创制? =="
	@$(BIN)/plankg lineage 重大新药创制 --store $(DEMO_STORE)
	@echo; echo "== The 十四五 core indicators (PDF damage repaired from the 解读) =="
	@$(BIN)/plankg cypher --store $(DEMO_STORE) \
	  "MATCH (p:Plan {id: 'sh-stic-14'})-[:SETS]->(i:Indicator) RETURN i.name AS indicator, i.target AS target, i.raw_target AS as_written, i.year AS year ORDER BY i.id"

lint: venv
	$(BIN)/ruff check plankg tests bench scripts
	$(BIN)/ruff format --check plankg tests bench scripts
	$(BIN)/mypy

# A local Neo4j 5.26 Community server from Maven Central (see scripts/neo4j-up.sh). Java 17
# and Maven come with the machine image; on one without them, Debian's packages are installed.
java-deps:
	@command -v java >/dev/null && command -v mvn >/dev/null || \
	  { apt-get update -qq && apt-get install -y -qq openjdk-17-jdk-headless maven >/dev/null; }

# Headless Chromium (the HTML export's browser test), a CJK font (Chinese captions in the SVG/PNG
# export) and antiword (the reader of Word 97-2003 .doc files) from Debian; nothing happens when all
# are there. The package lists are fetched only when they are missing or older than an hour
# (java-deps may just have fetched them).
export-deps:
	@if command -v chromium >/dev/null && command -v antiword >/dev/null && command -v fc-list >/dev/null \
	  && fc-list ':lang=zh-cn' | grep -q .; then :; \
	else \
	  if [ -z "$$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -60 2>/dev/null | head -n1)" ]; then \
	    apt-get update -qq; fi; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk antiword >/dev/null; \
	fi

neo4j-up: java-deps
	@bash scripts/neo4j-up.sh

neo4j-down:
	@bash scripts/neo4j-down.sh

# Starts Neo4j for the store tests; under CI a Neo4j that fails to start fails the run.
# A server that was already running (a developer's) is reused and left running.
test: venv java-deps export-deps
	@started=0; \
	if [ -f .cache/neo4j/pid ] && kill -0 "$$(cat .cache/neo4j/pid)" 2>/dev/null; then \
	  bash scripts/neo4j-up.sh >/dev/null; \
	elif bash scripts/neo4j-up.sh >/dev/null; then started=1; \
	elif [ -n "$$CI" ]; then echo "make test: Neo4j did not start (required under CI)" >&2; exit 1; \
	else echo "make test: NOTICE: no local Neo4j; the Neo4j store tests will be skipped" >&2; fi; \
	if [ -f .cache/neo4j/env ]; then . ./.cache/neo4j/env; fi; \
	$(BIN)/ruff check plankg tests bench scripts && $(BIN)/ruff format --check plankg tests bench scripts \
	  && $(BIN)/mypy; lint=$$?; \
	$(BIN)/pytest -q; rc=$$?; \
	if [ $$started = 1 ]; then bash scripts/neo4j-down.sh >/dev/null 2>&1; fi; \
	if [ $$rc = 0 ] && [ $$lint != 0 ]; then rc=$$lint; fi; \
	exit $$rc

# Scale figures merged into bench/results.json (bench/README.md says what each key means). The
# Neo4j comparison runs when a server is up (`make neo4j-up`); without one it is skipped.
bench: venv
	@if [ -f .cache/neo4j/env ]; then . ./.cache/neo4j/env; fi; \
	$(BIN)/python -m bench.scale --sizes 10,50,100
	$(BIN)/python -m bench.eval_extraction
	$(BIN)/python -m bench.eval_lineage

# The issue's targets at researcher scale: 200 and 1,000 plans (tens of minutes on 2 cores).
bench-full: venv
	@if [ -f .cache/neo4j/env ]; then . ./.cache/neo4j/env; fi; \
	$(BIN)/python -m bench.scale --sizes 200,1000 --rebuild-at 200 --neo4j-plans 20

clean:
	rm -rf $(VENV) .plankg .pytest_cache .ruff_cache
