"""``eleanor-streams review list | show | decide``: the human review desk at a terminal.

Reads the escalation and review topics (no ClickHouse needed) and publishes review.v1 messages; the evidence
writer stores them and turns decided ones into precedents that reach every judge worker.
"""

from __future__ import annotations

import argparse
import asyncio
import textwrap

from streams.config import Settings
from streams.errors import ConfigError

__all__ = ["register"]

_DECISIONS = ("allow", "constrained_allow", "escalate", "deny")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``review`` subcommand group."""
    parser = sub.add_parser("review", help="human review: list open escalations, show one, decide it")
    actions = parser.add_subparsers(dest="review_command", metavar="ACTION")
    actions.required = True
    listing = actions.add_parser("list", help="open escalations, oldest first, with the critics' reasons")
    listing.add_argument("--limit", type=int, default=50, help="most escalations shown")
    listing.add_argument("--tier", choices=("TIER_2", "TIER_3"), help="only this tier")
    listing.set_defaults(func=_list)
    show = actions.add_parser("show", help="one escalation: verdict, reasons, evidence spans, text, past reviews")
    show.add_argument("request_id")
    show.add_argument("--tenant", help="the tenant, when several share the request id")
    show.set_defaults(func=_show)
    decide = actions.add_parser("decide", help="decide an escalation: publishes a review.v1 message")
    decide.add_argument("request_id")
    decide.add_argument("--tenant", help="the tenant, when several share the request id")
    decide.add_argument("--decision", required=True, choices=_DECISIONS, help="the human decision")
    decide.add_argument("--rationale", required=True, help="why, in the reviewer's words (kept verbatim)")
    decide.add_argument("--reviewer", required=True, help="the reviewer's opaque id")
    decide.add_argument("--role", help="reviewer role, e.g. trust_and_safety, legal, clinician")
    decide.add_argument(
        "--severity", action="append", default=[], metavar="CRITIC=S", help="the reviewer's severity 0-3 for a critic"
    )
    decide.add_argument("--no-precedent", action="store_true", help="record the decision but add no precedent")
    decide.set_defaults(func=_decide)


def _age(seconds: float) -> str:
    if seconds < 3600:
        return f"{seconds / 60:.0f}m"
    if seconds < 172_800:
        return f"{seconds / 3600:.1f}h"
    return f"{seconds / 86400:.1f}d"


def _list(args: argparse.Namespace, settings: Settings) -> int:
    from streams.review.escalations import ReviewDesk

    open_ = asyncio.run(ReviewDesk(settings).open())
    if args.tier:
        open_ = [e for e in open_ if e.verdict.get("escalation_tier") == args.tier]
    print(f"{len(open_)} open escalation(s), oldest first")
    for escalation in open_[: args.limit]:
        v = escalation.verdict
        reasons, spans = escalation.reasons()
        print(
            f"{v['request_id']}  tenant={v['tenant']}  {v['escalation_tier']}  {v['light']}/{v['decision']}"
            f"  max={v['max_severity']:.2f}  age={_age(escalation.age_s)}"
        )
        for reason in reasons[:4]:
            print(f"    reason  {reason[:160]}")
        for span in spans[:4]:
            print(f"    span    {span[:160]}")
        if escalation.reviews:
            last = escalation.reviews[-1]
            print(f"    escalated further by {last.reviewer_id}: {last.rationale[:100]}")
    return 0


def _show(args: argparse.Namespace, settings: Settings) -> int:
    from streams.review.escalations import ReviewDesk

    desk = ReviewDesk(settings)

    async def go() -> int:
        escalation = await desk.find(args.request_id, args.tenant)
        v = escalation.verdict
        print(f"request    {v['request_id']}  tenant {v['tenant']}")
        print(f"verdict    {v['light']} {v['decision']}  {v['escalation_tier']}  max severity {v['max_severity']:.2f}")
        print(f"ruleset    {v['ruleset_version']}  age {_age(escalation.age_s)}")
        precedent = v.get("precedent") or {}
        print(f"precedent  alignment {precedent.get('alignment', 0):.2f}  novel {precedent.get('novel')}")
        for finding in v.get("findings") or ():
            print(f"  {finding['critic']:<10} {finding['label']:<9} {finding['severity']:.2f}  {finding['rationale']}")
            for violation in finding.get("violations") or ():
                print(f"      {violation.get('category')}: {violation.get('span')!r} ({violation.get('where')})")
        request = await desk.request_text(escalation)
        if request is None:
            print("text       no longer on the request topic (the writer keeps it in review_queue)")
        else:
            print("prompt     " + textwrap.shorten(str(request.get("prompt", "")), 2000))
            print("response   " + textwrap.shorten(str(request.get("response", "")), 2000))
            print(f"context    {request.get('context')}")
        for review in escalation.reviews:
            print(f"review     {review.reviewer_id}: {review.decision} — {review.rationale}")
        state = escalation.closed_by
        print("status     " + (f"closed: {state.decision} by {state.reviewer_id}" if state else "open"))
        return 0

    return asyncio.run(go())


def _severities(pairs: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for pair in pairs:
        critic, _, value = pair.partition("=")
        try:
            out[critic.strip()] = float(value)
        except ValueError:
            raise ConfigError(f"--severity {pair!r}: expected CRITIC=NUMBER, e.g. risk=2.5") from None
    return out


def _decide(args: argparse.Namespace, settings: Settings) -> int:
    from streams.review.escalations import ReviewDesk, new_review

    desk = ReviewDesk(settings)

    async def go() -> int:
        escalation = await desk.find(args.request_id, args.tenant)
        review = new_review(
            escalation,
            reviewer=args.reviewer,
            decision=args.decision,
            rationale=args.rationale,
            role=args.role,
            severities=_severities(args.severity),
            add_as_precedent=not args.no_precedent,
        )
        await desk.publish(review)
        machine = escalation.verdict["decision"]
        print(
            f"review {review.review_id} published: {review.request_id} {machine} -> {review.decision}"
            f" (topic {settings.review.topic})"
        )
        return 0

    return asyncio.run(go())
