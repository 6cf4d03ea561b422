"""Requests in: decoding and validating a request message (orjson); what goes out is in :mod:`streams.models.wire`.

Contract: ``schemas/request.v1.json``; tests check that this module and the schema agree on every example.
:func:`decode_request` is on the hot path: one ``orjson.loads`` and a few exact-type checks per message, no
intermediate objects.

Request decoding raises :class:`~streams.errors.DecodeError` (the bytes are not a JSON object) or its
subclass :class:`~streams.errors.ValidationError` (a JSON object that breaks the contract). ``reason`` is
a stable DLQ reason code; checks run in a fixed order and the first failure is reported:

- ``too_large`` — the message has more bytes than ``limits.max_message_bytes`` (checked before parsing);
- ``invalid_utf8``, ``invalid_json``, ``not_an_object``;
- ``missing_field:<field>`` — ``request_id``, ``prompt``, ``model.id``, ``proposed_action.type``;
- ``wrong_type:<field>`` — e.g. ``wrong_type:prompt``, ``wrong_type:context.domain``; an explicit
  ``null`` for a required field is a wrong type, for an optional field it means absent;
- ``empty_field:<field>`` — ``request_id``, ``tenant``, ``model.id``, ``proposed_action.type``,
  ``model.version`` empty, or only whitespace and invisible format characters (zero-width space, BOM, ...:
  a blank idempotency key would be ambiguous);
- ``invalid_chars:<field>`` — one of those identifiers holds a control character (U+0000-U+001F,
  U+007F-U+009F): identifiers become Kafka keys, sort keys and log fields, where such bytes hide or forge text;
- ``too_long:<field>`` — ``prompt``/``response`` over ``limits.max_text_chars``, identifiers over
  :data:`~streams.models.limits.MAX_ID_CHARS`;
- ``too_deep`` — ``context`` or ``proposed_action.params`` nested deeper than
  ``limits.max_context_depth`` (or JSON deeper than the parser's own limit of 1024);
- ``invalid_timestamp`` — not epoch seconds in [0, 9999-12-31] nor an RFC 3339 date-time;
- ``unknown_field:<field>`` — a field the contract does not define. Unknown fields are rejected, not
  ignored: a misspelt ``respone`` would otherwise pass unjudged. Producers put extra data in ``context``;
- ``duplicate_key:<name>`` — an object anywhere in the message names a member twice. JSON parsers disagree on
  which one counts (orjson keeps the last, others the first or both), so the application and the critics
  could read different prompts or ids; checked last, on messages that pass every other check.

The part after ``:`` of ``unknown_field`` and ``duplicate_key`` is chosen by the producer; :func:`reason_kind`
drops it where a bounded set of values is needed (metric labels).

Classes that are valid by the contract and judged: empty prompt and response, explicit ``null`` for optional
fields, numbers beyond 64 bits (read as IEEE doubles, as RFC 8259 advises; beyond ±1.8e308 they are
``invalid_json``), escaped surrogate pairs. Rejected by the parser as ``invalid_json``: a byte-order mark,
``NaN``/``Infinity``, lone surrogate escapes (``\\ud800``), trailing data, an empty or absent value.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import orjson

from streams.config import LimitSettings
from streams.errors import DecodeError, ValidationError
from streams.models.limits import CONTROL_RE, MAX_ID_CHARS, MAX_TIMESTAMP, RFC3339_RE, exceeds_depth, has_visible
from streams.models.request import ModelRef, ProposedAction, Request

__all__ = [
    "decode_request",
    "reason_kind",
    "request_id_hint",
]

_REQUEST_FIELDS = frozenset(
    {"request_id", "tenant", "timestamp", "prompt", "response", "model", "context", "policy_profile", "proposed_action"}
)
_MODEL_FIELDS = frozenset(("id", "version"))
_ACTION_FIELDS = frozenset(("type", "params"))
# Context fields critics read, with the JSON type they must have when present (and not null).
_CONTEXT_KINDS: tuple[tuple[str, type, str], ...] = (
    ("domain", str, "a string"),
    ("jurisdiction", str, "a string"),
    ("user_role", str, "a string"),
    ("risk_tier", str, "a string"),
    ("vulnerable_user", bool, "a boolean"),
)
_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}


def _json_type(value: Any) -> str:
    return "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)


def _wrong_type(field: str, expected: str, value: Any) -> ValidationError:
    return ValidationError(f"wrong_type:{field}", f"field '{field}' must be {expected}, got {_json_type(value)}")


def _too_long(field: str, length: int, limit: int, setting: str) -> ValidationError:
    return ValidationError(
        f"too_long:{field}", f"field '{field}' has {length} characters; the limit is {limit} ({setting})"
    )


def _identifier(field: str, value: Any, *, required: bool) -> str | None:
    """A short identifier: string, a visible character, no control character, at most MAX_ID_CHARS characters."""
    if type(value) is not str:
        if value is None and not required:
            return None
        raise _wrong_type(field, "a string", value)
    # Fast path: a printable string holds no control, format or separator character other than U+0020.
    if not value or value.isspace() or (not value.isprintable() and not has_visible(value)):
        raise ValidationError(
            f"empty_field:{field}", f"field '{field}' must not be empty or only whitespace or invisible characters"
        )
    if not value.isprintable() and (bad := CONTROL_RE.search(value)) is not None:
        raise ValidationError(
            f"invalid_chars:{field}",
            f"field '{field}' holds the control character U+{ord(bad.group()):04X} at position {bad.start()}",
        )
    if len(value) > MAX_ID_CHARS:
        raise _too_long(field, len(value), MAX_ID_CHARS, "fixed identifier limit")
    return value


def _text(field: str, value: Any, limit: int) -> str:
    if type(value) is not str:
        raise _wrong_type(field, "a string", value)
    if len(value) > limit:
        raise _too_long(field, len(value), limit, "limits.max_text_chars")
    return value


def _code_name(name: str) -> str:
    """A producer-chosen name as part of a reason code: short and printable for dashboards."""
    return "".join(c if c.isprintable() else "?" for c in name[:64]) or "?"


def _reject_unknown(doc: dict[str, Any], known: frozenset[str], prefix: str) -> None:
    if not known.issuperset(doc):
        name = next(key for key in doc if key not in known)
        code_name = _code_name(name)
        raise ValidationError(
            f"unknown_field:{prefix}{code_name}",
            f"field {prefix + name!r} is not part of request.v1 (accepted: {', '.join(sorted(known))}; "
            "extra data belongs in 'context')",
        )


def _invalid_timestamp(detail: str) -> ValidationError:
    return ValidationError("invalid_timestamp", f"field 'timestamp' {detail}")


def _timestamp(value: Any) -> float:
    """Epoch seconds from a number of seconds or an RFC 3339 date-time string."""
    kind = type(value)
    if kind is int or kind is float:
        if 0 <= value <= MAX_TIMESTAMP:
            return float(value)
        hint = "; it looks like milliseconds" if MAX_TIMESTAMP < value <= MAX_TIMESTAMP * 1000 else ""
        raise _invalid_timestamp(f"must be epoch seconds between 0 and {MAX_TIMESTAMP}, got {value}{hint}")
    if kind is not str:
        raise _wrong_type("timestamp", "a number (epoch seconds) or an RFC 3339 string", value)
    match = RFC3339_RE.fullmatch(value)
    if match is None:
        raise _invalid_timestamp(f"must be RFC 3339 like 2024-05-01T12:00:00Z, got {value[:40]!r}")
    try:  # fast path (C parser) for the common spellings; the pattern already ruled out non-RFC 3339 forms
        return datetime.fromisoformat(value).timestamp()
    except (ValueError, OverflowError):
        pass  # leap second, lower-case t/z, or not a calendar date: decided below
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    leap = second == "60"  # RFC 3339 allows a leap second; datetime does not
    if offset in ("Z", "z"):
        tz = UTC
    else:
        delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6]))
        tz = timezone(-delta if offset[0] == "-" else delta)
    try:
        moment = datetime(
            int(year), int(month), int(day), int(hour), int(minute), 59 if leap else int(second), tzinfo=tz
        )
        epoch = moment.timestamp()
    except (ValueError, OverflowError):
        raise _invalid_timestamp(f"is not a valid calendar date-time: {value[:40]!r}") from None
    return epoch + (1.0 if leap else 0.0) + (float(fraction) if fraction else 0.0)


def _model(value: Any) -> ModelRef | None:
    if value is None:
        return None
    if type(value) is not dict:
        raise _wrong_type("model", "an object", value)
    if "id" not in value:
        raise ValidationError("missing_field:model.id", "field 'model.id' is required when 'model' is given")
    model_id = _identifier("model.id", value["id"], required=True)
    version = _identifier("model.version", value.get("version"), required=False)
    _reject_unknown(value, _MODEL_FIELDS, "model.")
    return ModelRef(id=model_id or "", version=version)


def _action(value: Any, limits: LimitSettings) -> ProposedAction | None:
    if value is None:
        return None
    if type(value) is not dict:
        raise _wrong_type("proposed_action", "an object", value)
    if "type" not in value:
        raise ValidationError(
            "missing_field:proposed_action.type", "field 'proposed_action.type' is required when an action is given"
        )
    action_type = _identifier("proposed_action.type", value["type"], required=True)
    params = value.get("params")
    if params is None:
        params = {}
    elif type(params) is not dict:
        raise _wrong_type("proposed_action.params", "an object", params)
    elif exceeds_depth(params, limits.max_context_depth):
        raise ValidationError(
            "too_deep",
            f"field 'proposed_action.params' nests deeper than {limits.max_context_depth} levels "
            "(limits.max_context_depth)",
        )
    _reject_unknown(value, _ACTION_FIELDS, "proposed_action.")
    return ProposedAction(type=action_type or "", params=params)


def _context(value: Any, limits: LimitSettings) -> dict[str, Any]:
    if value is None:
        return {}
    if type(value) is not dict:
        raise _wrong_type("context", "an object", value)
    for key, kind, expected in _CONTEXT_KINDS:
        item = value.get(key)
        if item is not None and type(item) is not kind:
            raise _wrong_type(f"context.{key}", expected, item)
    if exceeds_depth(value, limits.max_context_depth):
        raise ValidationError(
            "too_deep",
            f"field 'context' nests deeper than {limits.max_context_depth} levels (limits.max_context_depth)",
        )
    return value


def _parse_failure(raw: bytes, exc: orjson.JSONDecodeError) -> DecodeError:
    """Classify a parser failure: bad UTF-8, JSON too deep for the parser, or plain invalid JSON."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as bad:
        return DecodeError("invalid_utf8", f"message is not valid UTF-8 at byte {bad.start} ({bad.reason})")
    message = str(exc)
    if "depth limit" in message or "recursion" in message:
        return ValidationError("too_deep", f"message nests deeper than the JSON parser allows: {message}")
    return DecodeError("invalid_json", f"message is not valid JSON: {message}")


class _DuplicateKeyError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _pairs_without_repeats(pairs: list[tuple[str, Any]]) -> None:
    if len(pairs) > 1 and len({key for key, _ in pairs}) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)


# A second, checking parse: only the member names matter, so numbers and objects are not even built.
_REPEAT_SCANNER = json.JSONDecoder(
    object_pairs_hook=_pairs_without_repeats,
    parse_int=lambda _: 0,
    parse_float=lambda _: 0,
    parse_constant=lambda _: 0,
)


# A member name ends with an unescaped quote followed by the colon. When no quote in the message is followed by
# whitespace and a colon, every name ends in the two bytes '":' (anything else counted is an escaped quote
# inside a string), so that count bounds the names from above.
_SPACED_NAME_END = re.compile(rb'"[ \t\r\n]+:')


def _members(value: Any) -> int:
    """Members of every object in a parsed document (orjson keeps one per distinct name)."""
    if type(value) is dict:
        return len(value) + sum(_members(v) for v in value.values() if type(v) is dict or type(v) is list)
    if type(value) is list:
        return sum(_members(v) for v in value if type(v) is dict or type(v) is list)
    return 0


def _reject_duplicate_keys(raw: bytes, doc: dict[str, Any]) -> None:
    """Raise ``duplicate_key:<name>`` when an object of ``raw`` (already parsed by orjson into ``doc``) repeats
    a name.

    orjson keeps the last of repeated members without saying so. Fast path: when every name in ``raw`` ends in
    ``":`` and that pair occurs exactly as often as ``doc`` has members, no name can repeat (a repeat leaves
    ``doc`` with fewer members than names in ``raw``). Otherwise the standard parser's pairs hook sees every
    member (about 5 us for a 1 KB message). Run only on messages that passed every other check, so their
    nesting is bounded and the text is valid UTF-8.
    """
    if raw.count(b'":') == _members(doc) and _SPACED_NAME_END.search(raw) is None:
        return
    try:
        _REPEAT_SCANNER.decode(raw.decode("utf-8"))
    except _DuplicateKeyError as dup:
        raise ValidationError(
            f"duplicate_key:{_code_name(dup.name)}",
            f"member {dup.name[:200]!r} appears twice in one object; parsers disagree on which one counts",
        ) from None
    except (ValueError, RecursionError):  # orjson accepted it; any other disagreement is not a repeat
        return


def decode_request(raw: bytes | None, limits: LimitSettings) -> Request:
    """Decode and validate one request message (schemas/request.v1.json).

    Raises DecodeError or ValidationError whose ``reason`` is one of the module's reason codes and whose
    ``detail`` names the field and the limit.
    """
    if raw is None:
        raise DecodeError("invalid_json", "message has no value (a tombstone); a request is a JSON object")
    if len(raw) > limits.max_message_bytes:
        raise DecodeError(
            "too_large",
            f"message has {len(raw)} bytes; the limit is {limits.max_message_bytes} (limits.max_message_bytes)",
        )
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise _parse_failure(bytes(raw), exc) from None
    if type(doc) is not dict:
        raise DecodeError("not_an_object", f"a request must be a JSON object, got {_json_type(doc)}")

    get = doc.get
    if "request_id" not in doc:
        raise ValidationError("missing_field:request_id", "field 'request_id' is required")
    request_id = _identifier("request_id", doc["request_id"], required=True)
    if "prompt" not in doc:
        raise ValidationError("missing_field:prompt", "field 'prompt' is required (it may be empty)")
    max_text = limits.max_text_chars
    prompt = _text("prompt", doc["prompt"], max_text)
    response = get("response")
    response = "" if response is None else _text("response", response, max_text)
    tenant = _identifier("tenant", get("tenant"), required=False)
    timestamp = get("timestamp")
    if timestamp is not None:
        timestamp = _timestamp(timestamp)
    model = _model(get("model"))
    context = _context(get("context"), limits)
    policy_profile = get("policy_profile")
    if policy_profile is not None:
        if type(policy_profile) is not str:
            raise _wrong_type("policy_profile", "a string", policy_profile)
        if len(policy_profile) > MAX_ID_CHARS:
            raise _too_long("policy_profile", len(policy_profile), MAX_ID_CHARS, "fixed identifier limit")
        policy_profile = policy_profile or None  # "" means no profile: one cache key for both spellings
    action = _action(get("proposed_action"), limits)
    if len(doc) > 2:  # request_id and prompt are present, so two keys cannot hide an unknown one
        _reject_unknown(doc, _REQUEST_FIELDS, "")
    _reject_duplicate_keys(bytes(raw), doc)
    return Request(
        request_id=request_id or "",
        prompt=prompt,
        response=response,
        tenant=tenant or "default",
        timestamp=timestamp,
        model=model,
        context=context,
        policy_profile=policy_profile,
        proposed_action=action,
    )


_HINT_RE = re.compile(rb'"request_id"\s*:\s*("(?:[^"\\\r\n]|\\.){1,512}")')


def request_id_hint(raw: bytes | None) -> str | None:
    """Best-effort request_id of a message that failed to decode, for its dead-letter record.

    Tries a full parse first, then a byte-level search for ``"request_id": "..."`` (so a truncated or
    otherwise broken JSON message still names its request). Only a string that is itself a valid identifier
    is a hint: a number id is not turned into the string of another request's id, and a blank or control
    character id is not repeated as a Kafka key or log field. Never raises.
    """
    if not raw:
        return None
    candidate: Any = None
    try:
        doc = orjson.loads(raw)
        if type(doc) is dict:
            candidate = doc.get("request_id")
    except orjson.JSONDecodeError:
        match = _HINT_RE.search(raw)
        if match is not None:
            try:
                candidate = orjson.loads(match.group(1))
            except orjson.JSONDecodeError:
                candidate = match.group(1)[1:-1].decode("utf-8", "replace")
    if type(candidate) is not str:
        return None
    hint: str = candidate[:MAX_ID_CHARS]
    if not has_visible(hint) or CONTROL_RE.search(hint) is not None:
        return None
    return hint


def reason_kind(reason: str) -> str:
    """A reason code with the producer-chosen part removed (``unknown_field:x`` -> ``unknown_field``).

    Field-naming codes the decoder itself produces (``wrong_type:prompt``) are kept whole: their set is fixed.
    """
    kind, sep, _ = reason.partition(":")
    return kind if sep and kind in _FREE_NAMED_REASONS else reason


_FREE_NAMED_REASONS = frozenset({"unknown_field", "duplicate_key"})
