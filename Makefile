# What CI runs (.ci/run), for a local check before pushing: lint, format, import layers, types, tests.
.PHONY: check lint test

check: lint test

lint:
	python -m ruff check .
	python -m ruff format --check .
	lint-imports
	python -m mypy

test:
	python -m pytest
