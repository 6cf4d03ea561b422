-- Evidence tables: one row per verdict, per critic finding, per sizer window, per dead letter.
-- ReplacingMergeTree keyed by the natural identity of a row, so a replay after a crash never duplicates
-- evidence once merged or read with FINAL (FINAL also collapses rows that landed in different day partitions).
-- non_replicated_deduplication_window makes insert_deduplication_token drop a resent batch at insert time.
-- Times are DateTime64(3, 'UTC'); the sink writes them as epoch milliseconds.

CREATE TABLE IF NOT EXISTS verdicts
(
    tenant                LowCardinality(String),
    request_id            String,
    decision              LowCardinality(String),
    light                 LowCardinality(String),
    escalation_tier       LowCardinality(String),
    requires_human_review Bool,
    max_severity          Float32,
    mean_severity         Float32,
    uncertainty           Float32,
    novel                 Bool,
    alignment             Float32,
    conflict              Float32,
    cache_hit             Bool,
    errored_critics       Array(LowCardinality(String)),
    dissent               UInt8,
    ruleset_version       LowCardinality(String),
    engine_version        LowCardinality(String),
    latency_ms            Float32,
    window_id             String,
    source_topic          LowCardinality(String),
    source_partition      Int32,
    source_offset         Int64,
    request_ts            Nullable(DateTime64(3, 'UTC')),
    evaluated_at          DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(evaluated_at)
PARTITION BY toDate(evaluated_at)
ORDER BY (tenant, request_id)
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS findings
(
    tenant       LowCardinality(String),
    request_id   String,
    critic       LowCardinality(String),
    severity     Float32,
    raw_severity Float32,
    score        Float32,
    label        LowCardinality(String),
    categories   Array(LowCardinality(String)),
    confidence   Float32,
    errored      Bool,
    light        LowCardinality(String),
    window_id    String,
    evaluated_at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(evaluated_at)
PARTITION BY toDate(evaluated_at)
ORDER BY (tenant, request_id, critic)
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS windows
(
    window_id    String,
    size_chosen  UInt32,
    events       UInt32,
    latency_ms   Float32,
    success_rate Float32,
    p95_ms       Float32,
    next_size    UInt32,
    reason       LowCardinality(String),
    at           DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(at)
PARTITION BY toDate(at)
ORDER BY window_id
SETTINGS non_replicated_deduplication_window = 1000;

CREATE TABLE IF NOT EXISTS dead_letters
(
    reason           LowCardinality(String),
    detail           String,
    payload          String,
    payload_hash     UInt64,
    source_topic     LowCardinality(String),
    source_partition Int32,
    source_offset    Int64,
    request_id       String,
    received_at      DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(received_at)
PARTITION BY toDate(received_at)
ORDER BY (source_topic, source_partition, source_offset, payload_hash)
SETTINGS non_replicated_deduplication_window = 1000;
