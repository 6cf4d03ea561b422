"""The human review loop: escalations queued with their text, reviews in, precedents out to every worker."""
