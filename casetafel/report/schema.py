"""The JSON Schema (draft 2020-12) of the session file that ``exports.write_json`` writes, made from the
dataclasses of ``data`` so that it cannot drift from the format. The program ships it as a resource
(``resources/schema/casetafel-sessie.schema.json``; a test keeps the two equal) and prints it with
``casetafel export --schema``. It accepts every version this program reads.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from typing import Any

from casetafel.report.data import ReportData
from casetafel.report.exports import CLASSIFICATION, JSON_FORMAT, JSON_VERSIONS

SCHEMA_ID = "urn:casetafel:schema:casetafel-sessie"
SCHEMA_RESOURCE = ("schema", "casetafel-sessie.schema.json")
# A date and time as ISO 8601: with its offset since version 2 (record times +00:00, session times local),
# without one in files of version 1.
DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$"


def _type_schema(hint: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [option for option in typing.get_args(hint) if option is not type(None)]
        return {"anyOf": [_type_schema(options[0], definitions), {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(hint)[0], definitions)}
    if dataclasses.is_dataclass(hint):
        name = hint.__name__
        if name not in definitions:
            definitions[name] = {}  # placeholder against recursion
            definitions[name] = _object_schema(hint, definitions)
        return {"$ref": f"#/$defs/{name}"}
    if hint is datetime:
        return {"type": "string", "pattern": DATETIME_PATTERN}
    if hint is date:
        return {"type": "string", "format": "date"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    return {"type": "string"}


def _object_schema(cls: type, definitions: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if f.init]
    required = [
        f.name
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    return {
        "type": "object",
        "properties": {f.name: _type_schema(hints[f.name], definitions) for f in fields},
        "required": required,
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    definitions: dict[str, Any] = {}
    body = _object_schema(ReportData, definitions)
    body["properties"] = {
        "format": {"const": JSON_FORMAT},
        "version": {"enum": list(JSON_VERSIONS)},
        "classificatie": {"enum": sorted(CLASSIFICATION.values())},  # since version 2
        **body["properties"],
    }
    body["required"] = ["format", "version", *body["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Bijeenkomst van een casuïstiektafel (casetafel)",
        "description": "Een bijeenkomst zoals ‘casetafel export’ haar schrijft en ‘casetafel import’ haar leest.",
        **body,
        "$defs": dict(sorted(definitions.items())),
    }


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
