"""Adaptive window sizing: a frozen policy and the AIMD controller that runs it."""

from streams.windowing.policy import SizerPolicy
from streams.windowing.sizer import AdaptiveSizer, Reason, WindowDecision, p95

__all__ = ["AdaptiveSizer", "Reason", "SizerPolicy", "WindowDecision", "p95"]
