"""Critics: seven built-in lexicon critics sharing one compiled multi-pattern scan, and the Critic seam.

Layout: ``base`` (the ``Critic`` protocol and the runner that turns a raising critic into errored findings),
``lexicon`` (the data files under ``lexicons/`` and the ruleset version), ``matcher`` (one compiled scan for
all critics), ``scoring`` (the lexicon critic's rules), ``privacy`` (validators), ``builtin`` (wiring).

Matcher choice. Every category pattern and context cue of every critic (~430 patterns) is compiled once into
a single Hyperscan block-mode database; a window is scanned once per text (prompt, response, proposed
action) and each critic reads its own hits. MATCHER_MEASUREMENTS
"""

from streams.critics.base import Critic, run_critics
from streams.critics.builtin import BUILTIN_CRITICS, build_critics
from streams.critics.lexicon import ruleset_version
from streams.critics.privacy import PrivacyCritic
from streams.critics.scoring import LexiconCritic

__all__ = [
    "BUILTIN_CRITICS",
    "Critic",
    "LexiconCritic",
    "PrivacyCritic",
    "build_critics",
    "ruleset_version",
    "run_critics",
]
