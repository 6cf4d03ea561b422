-- The human review loop and replay.
-- review_queue: the judged text of every escalated request, written by the evidence writer when it stores the
-- verdict, so a review days later can still turn the case into a precedent (the request topic may have
-- expired by then). Kept for ELEANOR_REVIEW__QUEUE_RETENTION_DAYS (the writer sets the TTL at start).
-- reviews: every revision of every review; ReplacingMergeTree on (tenant, request_id) with reviewed_at as the
-- version, so FINAL gives the latest decision per request while `reviews` without FINAL keeps every revision
-- until a merge (review_log keeps them for good).
-- replays: one row per request re-judged by `eleanor-streams replay` (then vs now), never touching verdicts.

CREATE TABLE IF NOT EXISTS review_queue
(
    tenant          LowCardinality(String),
    request_id      String,
    light           LowCardinality(String),
    decision        LowCardinality(String),
    escalation_tier LowCardinality(String),
    max_severity    Float32,
    reasons         Array(String),
    spans           Array(String),
    prompt          String,
    response        String,
    context         String,
    text_found      Bool,
    ruleset_version LowCardinality(String),
    source_topic    LowCardinality(String),
    source_partition Int32,
    source_offset   Int64,
    escalated_at    DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(escalated_at)
ORDER BY (tenant, request_id)
TTL toDateTime(escalated_at) + INTERVAL 90 DAY
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS reviews
(
    tenant          LowCardinality(String),
    request_id      String,
    review_id       String,
    reviewer        String,
    reviewer_role   LowCardinality(String),
    decision        LowCardinality(String),
    machine_decision LowCardinality(String),
    rationale       String,
    critic_severities Map(String, Float32),
    verdict_tier    LowCardinality(String),
    ruleset_version LowCardinality(String),
    add_as_precedent Bool,
    promoted        Bool,
    reviewed_at     DateTime64(3, 'UTC'),
    recorded_at     DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(reviewed_at)
ORDER BY (tenant, request_id)
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS review_log
(
    tenant          LowCardinality(String),
    request_id      String,
    review_id       String,
    reviewer        String,
    decision        LowCardinality(String),
    machine_decision LowCardinality(String),
    rationale       String,
    reviewed_at     DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(reviewed_at)
ORDER BY (tenant, request_id, review_id)
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS replays
(
    replay_id       String,
    tenant          LowCardinality(String),
    request_id      String,
    light_then      LowCardinality(String),
    light_now       LowCardinality(String),
    decision_then   LowCardinality(String),
    decision_now    LowCardinality(String),
    ruleset_then    LowCardinality(String),
    ruleset_now     LowCardinality(String),
    max_severity_now Float32,
    replayed_at     DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(replayed_at)
ORDER BY (replay_id, tenant, request_id)
SETTINGS non_replicated_deduplication_window = 1000;
