"""Replay: re-judge a time range of the request topics with the current ruleset into a shadow topic, and diff."""
