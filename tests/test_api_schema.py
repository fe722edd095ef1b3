"""Schemathesis against the API's own OpenAPI schema: generated requests, no server error, and
every answer (status code, content type, body) conforms to the schema."""
import shutil

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from newsgraph.api import create_app

TOKEN = "schema-test-token"
CHECKS = [schemathesis.checks.not_a_server_error, schemathesis.checks.status_code_conformance,
          schemathesis.checks.content_type_conformance, schemathesis.checks.response_schema_conformance]


def _operations():
    """(path, method) of every operation; the schema does not depend on the data."""
    schema = create_app(":memory:").openapi()
    return [(path, method.upper()) for path, methods in schema["paths"].items() for method in methods]


@pytest.fixture(scope="module")
def api_schema(corpus_db, tmp_path_factory):
    path = str(tmp_path_factory.mktemp("schema") / "schema.duckdb")
    shutil.copy(corpus_db, path)
    return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(path, token=TOKEN))


# schemathesis.pytest.from_fixture relies on a pytest internal gone from pytest 9, so each
# operation's strategy is driven by hypothesis here.
@pytest.mark.parametrize("path, method", _operations())
def test_api_conforms_to_its_schema(api_schema, path, method):
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case):
        # with the token, generated batches reach the analysis: bad ones must be refused, not crash
        case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=CHECKS)

    check()
