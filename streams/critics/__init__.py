"""Critics: seven built-in critics (learned models over a shared embedding, or the lexicon rules alone).

Layout: ``base`` (the ``Critic`` protocol and the runner that turns a raising critic into errored findings),
``lexicon`` (the data files under ``lexicons/`` and the ruleset version), ``matcher`` (one compiled scan for
all critics), ``scoring`` (the lexicon critic's rules), ``privacy`` (validators), ``features``, ``model`` and
``semantic`` (the learned critics and their artifact under ``model/``), ``corpus`` and ``train`` (the
labelled corpus and how the artifact is made from it), ``builtin`` (wiring, modes, ruleset version).

Matcher choice. Every category pattern of every critic is compiled once into one Hyperscan block-mode
database and the context cues into a second (~450 patterns in all); a window is scanned once per text
(prompt, response, proposed action) and each critic reads its own hits. Measured on this machine over the
~500-character texts of ``streams.tools.workload`` (CPU time per text, all patterns, every text):

- Hyperscan, two databases, Python match callback: 7.3 us
- RE2 ``Set`` (google-re2, which patterns match, no offsets): 7.1 us
- Python ``re``, one ``search`` per pattern (the naive baseline): 1,960 us
- Python ``re``, one alternation of all patterns with ``finditer``: 2,060 us (and it misses overlaps)
- Aho-Corasick (pyahocorasick) matches literal keywords only: word boundaries, character classes,
  e-mail/number shapes cannot be expressed, so it could serve a part of the lexicon at best.

Hyperscan and RE2 sets are equally fast; Hyperscan is kept because it is already a dependency, its
``SINGLEMATCH`` mode is exactly "one hit per pattern", it reports offsets, and splitting the cues into a
second database lets clean requests (most traffic) skip them entirely. Compiling takes ~2 s once per
process. Evidence spans and validator candidates are recovered with Python ``re`` for hits only.
"""

from streams.critics.base import Critic, run_critics
from streams.critics.builtin import BUILTIN_CRITICS, CriticMode, build_critics, build_mode, mode_ruleset_version
from streams.critics.lexicon import ruleset_version
from streams.critics.privacy import PrivacyCritic
from streams.critics.scoring import LexiconCritic

__all__ = [
    "BUILTIN_CRITICS",
    "Critic",
    "CriticMode",
    "LexiconCritic",
    "PrivacyCritic",
    "build_critics",
    "build_mode",
    "mode_ruleset_version",
    "ruleset_version",
    "run_critics",
]
