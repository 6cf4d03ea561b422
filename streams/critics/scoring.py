"""The lexicon critic: turns a request's hits into a finding by the rules of DOMAIN.md.

score = (the strongest matched category's weight x strength + ``SECONDARY_SHARE`` x the sum of the others),
times the context multiplier (one hit per category). V8 summed every category; labelled cases
showed two moderate signals of one harm (a spy app *and* "without her knowing") summing into a deny, so
further categories add a share only and the gravest categories reach deny through their floors.
Strength is 1 for a phrase in the response (or proposed action), x ``prompt_factor`` when the category
matched only in the prompt, x ``keyword_discount`` for keyword-only hits, x ``cue_discount`` when
a frame listed by the category (reporting, fiction, education, hedge, safety...) frames the hit: near the
hit in the same text (``CUE_REACH``), or anywhere in the prompt, except for answer cues (a hedge or a
warning counts only when the model says it) and for response-only critics. The context
multiplier multiplies policy profile, high-stakes domain, vulnerable user, irreversible action and a
high risk tier (capped at 1.8). severity = 3 x score, raised to a category's floor when that category matched at full
strength (some floors apply only in the critic's high-stakes domains). Without a floor the score is capped
at ``NON_FLOOR_CAP`` (severity 2.4): only the gravest categories deny on their own. Amplifier categories
(protected traits, groups) add no weight; they scale a non-empty score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from streams.critics.lexicon import CategorySpec, CriticSpec, Profile
from streams.critics.matcher import ACTION, PROMPT, RESPONSE, RequestScan, Scanner
from streams.models.finding import Finding, Violation, label_for
from streams.models.request import Request

__all__ = ["CategoryHit", "LexiconCritic", "context_multiplier"]

WHERE_NAMES: tuple[Literal["prompt", "response", "action"], ...] = ("prompt", "response", "action")
MAX_VIOLATIONS = 5
MAX_MULTIPLIER = 1.8
VULNERABLE_ROLES = frozenset({"minor", "child", "teen", "student_minor", "patient_at_risk", "vulnerable"})
IRREVERSIBLE_VERBS = ("delete", "drop", "truncate", "wipe", "purge", "destroy", "transfer", "wire", "pay", "refund",
                      "terminate", "publish", "send", "execute", "deploy", "revoke", "sell", "trade")  # fmt: skip
CLEAN_CONFIDENCE = 0.6
SECONDARY_SHARE = 0.15
# Without a floor category a critic stops short of deny (severity 2.4): only the gravest categories deny alone.
NON_FLOOR_CAP = 0.8


@dataclass(slots=True)
class CategoryHit:
    """The strongest hit of one category in one request."""

    category: CategorySpec
    pid: int
    where: int
    strength: float
    keyword: bool
    discounted: bool
    spans: tuple[str, ...] = ()


def context_multiplier(spec: CriticSpec, request: Request, profile: Profile | None = None) -> tuple[float, list[str]]:
    """The product of the context multipliers that apply (capped) and their names for the rationale."""
    mult, why = 1.0, list[str]()
    if profile is not None and profile.multiplier != 1.0:
        mult, why = profile.multiplier, [f"{request.policy_profile} policy profile"]
    domain_mult = spec.domain_multipliers.get(request.domain, 1.0)
    if domain_mult != 1.0:
        mult, why = mult * domain_mult, [*why, f"{request.domain} domain"]
    ctx = request.context
    role = ctx.get("user_role")
    vulnerable = ctx.get("vulnerable_user") is True or (profile is not None and profile.vulnerable)
    if vulnerable or (isinstance(role, str) and role.lower() in VULNERABLE_ROLES):
        mult, why = mult * spec.vulnerable_multiplier, [*why, "vulnerable user"]
    action = request.proposed_action
    if action is not None and (
        action.params.get("irreversible") is True or any(v in action.type.lower() for v in IRREVERSIBLE_VERBS)
    ):
        mult, why = mult * spec.irreversible_multiplier, [*why, "irreversible action"]
    tier = ctx.get("risk_tier")
    if isinstance(tier, str) and tier.lower() in ("high", "critical"):
        mult, why = mult * 1.1, [*why, f"{tier.lower()} risk tier"]
    return min(mult, MAX_MULTIPLIER), why


# Per pattern id of a critic: its category's index and spec, whether it is a keyword, and per text (prompt,
# response, action) the hit's strength before cue discounts, None where the category does not read that text.
HitRule = tuple[int, CategorySpec, bool, tuple[float | None, float | None, float | None]]


def _hit_rules(spec: CriticSpec, scanner: Scanner) -> dict[int, HitRule]:
    """The per-pattern part of scoring a hit, worked out once (what ``_category_hits`` used to redo per hit).

    Strength is computed in the same order as before: ``prompt_factor`` (prompt hits of categories not
    restricted to the prompt), times ``keyword_discount`` for keywords; the cue discount multiplies it later.
    """
    rules: dict[int, HitRule] = {}
    for pid, ref in enumerate(scanner.refs):
        if ref.critic != spec.name or ref.cue:
            continue
        cat = spec.categories[ref.category]
        base: list[float | None] = []
        for where, name in enumerate(WHERE_NAMES):
            if (spec.response_only and where != RESPONSE) or (cat.only_in and name != cat.only_in):
                base.append(None)
                continue
            strength = spec.prompt_factor if where == PROMPT and cat.only_in != "prompt" else 1.0
            if ref.keyword:
                strength *= spec.keyword_discount
            base.append(strength)
        rules[pid] = (ref.category, cat, ref.keyword, (base[0], base[1], base[2]))
    return rules


class LexiconCritic:
    """A critic defined entirely by a lexicon spec; scanning is shared through a :class:`Scanner`."""

    inline = True  # pure, local and fast: runs in the caller's thread, no timeout needed

    def __init__(self, spec: CriticSpec, scanner: Scanner, profiles: dict[str, Profile] | None = None) -> None:
        self.name = spec.name
        self.spec = spec
        self.scanner = scanner
        self.profiles = profiles or {}
        self._order = {c.name: i for i, c in enumerate(spec.categories)}  # a category's place in the spec
        self._rules = _hit_rules(spec, scanner)
        self._validates = type(self).validate is not LexiconCritic.validate  # the base hook accepts every hit
        self._clean = Finding(
            critic=spec.name,
            severity=0.0,
            score=0.0,
            label="INFO",
            rationale=f"No {spec.name} signals matched.",
            confidence=CLEAN_CONFIDENCE,
        )

    def evaluate_batch(self, requests: Sequence[Request]) -> list[Finding]:
        """One finding per request, in order."""
        scans, rows = self.scanner.scan_rows(requests)
        out: list[Finding] = [self._clean] * len(requests)
        name = self.name
        for i in rows.get(name, ()):  # only the requests this critic has hits in
            scan = scans[i]
            out[i] = self._judge(requests[i], scan, scan.hits[name])
        return out

    def judge_scan(self, request: Request, scan: RequestScan) -> Finding:
        """The finding for one request from its scan (what ``evaluate_batch`` does for each request)."""
        hits = scan.hits.get(self.name)
        return self._judge(request, scan, hits) if hits else self._clean

    # -- hooks -------------------------------------------------------------------------------------------
    def validate(self, hit: CategoryHit, scan: RequestScan, request: Request) -> CategoryHit | None:
        """Confirm a hit (validators); the lexicon critic accepts every hit."""
        return hit

    # -- scoring -----------------------------------------------------------------------------------------
    def _category_hits(
        self, request: Request, scan: RequestScan, hits: list[tuple[int, int, int]]
    ) -> list[CategoryHit]:
        rules, answer_cues = self._rules, self.scanner.answer_cues
        cue_discount, response_only = self.spec.cue_discount, self.spec.response_only
        best: dict[int, CategoryHit] = {}
        for pid, where, end in hits:
            rule = rules.get(pid)
            if rule is None:
                continue
            index, cat, keyword, base = rule
            strength = base[where]
            if strength is None:  # a text this category does not read (response-only critic, only_in)
                continue
            if cat.needs_domain and request.domain not in cat.needs_domain:
                continue
            if cat.requires_absent_cue and cat.requires_absent_cue in scan.cues:
                continue
            discounted = bool(scan.cue_at) and any(  # no cue in the request: nothing can frame the hit
                scan.frames(cue, where, end, from_prompt=not response_only and cue not in answer_cues)
                for cue in cat.discounted_by
            )
            if discounted:
                strength *= cue_discount
            # Strongest hit wins; ties go to the first pattern listed, so the result is independent of scan order.
            # Validation never changes strength or pattern: a hit that cannot win is not validated.
            kept = best.get(index)
            if kept is not None and (strength, -pid) <= (kept.strength, -kept.pid):
                continue
            hit = CategoryHit(cat, pid, where, strength, keyword, discounted)
            if self._validates:
                checked = self.validate(hit, scan, request)
                if checked is None:
                    continue
                hit = checked
            best[index] = hit
        return list(best.values())

    def _judge(self, request: Request, scan: RequestScan, hits: list[tuple[int, int, int]]) -> Finding:
        found = self._category_hits(request, scan, hits)
        weighted = [h for h in found if h.category.amplifier is None]
        if not weighted:
            return self._clean
        profile = self.profiles.get(request.policy_profile.lower()) if request.policy_profile else None
        mult, why = context_multiplier(self.spec, request, profile)
        for amp in (h for h in found if h.category.amplifier is not None):
            mult, why = mult * (amp.category.amplifier or 1.0), [*why, f"{amp.category.name} named"]
        contributions = sorted((h.category.weight * h.strength for h in weighted), reverse=True)
        raw = contributions[0] + SECONDARY_SHARE * sum(contributions[1:])
        score = min(NON_FLOOR_CAP, raw * mult)
        severity = 3.0 * score
        full = {h.category.name for h in weighted if h.where != PROMPT and not h.discounted}
        high_stakes = request.domain in self.spec.domain_multipliers
        floored = False
        for h in weighted:
            cat = h.category
            if (
                cat.floor is not None
                and cat.name in full
                and not h.keyword
                and (high_stakes or not cat.floor_only_in_high_stakes)
                and cat.floor > severity
            ):
                severity, floored = cat.floor, True
        for cats, floor in self.spec.combo_floors:
            if cats <= full and floor > severity:
                severity, floored = floor, True
        score = max(score, severity / 3.0)
        order = self._order
        weighted.sort(key=lambda h: (-h.category.weight * h.strength, order[h.category.name]))
        clauses = sorted(
            {
                h.category.clause
                for h in weighted
                if h.category.clause
                and not h.discounted
                and not h.keyword
                and (h.where in (RESPONSE, ACTION) or (h.where == PROMPT and h.category.clause_from_prompt))
            }
        )
        violations = tuple(
            Violation(h.category.name, self._span(h, scan), WHERE_NAMES[h.where]) for h in weighted[:MAX_VIOLATIONS]
        )
        return Finding(
            critic=self.name,
            severity=round(severity, 4),
            score=round(score, 4),
            label=label_for(score),
            violations=violations,
            rationale=self._rationale(weighted, why, floored),
            confidence=self._confidence(weighted),
            clauses=tuple(clauses),
        )

    def _span(self, hit: CategoryHit, scan: RequestScan) -> str:
        return hit.spans[0] if hit.spans else self.scanner.span(hit.pid, scan.texts[hit.where])

    def _rationale(self, hits: list[CategoryHit], why: list[str], floored: bool) -> str:
        parts = []
        for h in hits[:3]:
            note = " (only in the prompt)" if h.where == PROMPT else ""
            note += " (keyword only)" if h.keyword else ""
            note += " (framed as quoted, fictional, educational or hedged: discounted)" if h.discounted else ""
            parts.append(f"{h.category.name.replace('_', ' ')} in the {WHERE_NAMES[h.where]}{note}")
        text = f"{self.name.capitalize()} matched " + "; ".join(parts)
        if why:
            text += f", weighted for {', '.join(why)}"
        if floored:
            text += ", raised to the severity floor of its gravest category"
        return text + "."

    @staticmethod
    def _confidence(hits: list[CategoryHit]) -> float:
        # Independent, specific signals raise confidence; keyword-only, prompt-only or framed hits less so.
        doubt = 1.0
        for h in hits:
            signal = 0.3 if h.keyword else 0.55
            if h.spans:
                signal = 0.8  # a validator confirmed it (Luhn, checksum, number plan)
            if h.where == PROMPT:
                signal *= 0.5
            if h.discounted:
                signal *= 0.6
            doubt *= 1.0 - signal
        return round(min(0.95, max(0.35, 1.0 - doubt)), 3)
