# One task runner for developers, the README and CI.
PYTHON ?= python3
DB ?= readout.db

.PHONY: setup demo test bench eval fuzz

setup:
	$(PYTHON) -m pip install -q -e '.[dev]'
	@# Byte-compile as a regular install does: where PYTHONDONTWRITEBYTECODE is set, an editable
	@# install would otherwise compile its modules again at every start of every command.
	$(PYTHON) -m compileall -q readout

# The main job on the embedded default: extract and store the bundled sample readouts in SQLite.
demo: setup
	readout ingest examples/ --db $(DB)
	readout meetings --db $(DB)
	@echo "stored in $(DB); browse it with: readout serve --db $(DB)"

test:
	$(PYTHON) -m pytest -q

eval:
	readout extract --jsonl ../shared/data/dev/docs/ > /tmp/readout-dev.jsonl; \
	$(PYTHON) ../shared/eval/score.py /tmp/readout-dev.jsonl ../shared/data/dev/gold.jsonl

bench:
	$(PYTHON) benchmarks/run.py
