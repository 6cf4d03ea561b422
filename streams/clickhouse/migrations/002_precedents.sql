-- Decided past cases that precedent retrieval matches requests against.
-- ReplacingMergeTree keyed by case_id: loading the same corpus twice, or a reviewer re-deciding a case,
-- leaves one row per case once merged or read with FINAL (the newest created_at wins).
-- embedding is the vector of `text` in the space named by embedder_id; a process with another embedder
-- re-embeds the text instead of trusting a vector from a different space.

CREATE TABLE IF NOT EXISTS precedents
(
    case_id       String,
    text          String,
    text_digest   String,
    decision      LowCardinality(String),
    severities    Map(String, Float32),
    mean_severity Float32,
    rationale     String,
    source        LowCardinality(String),
    created_at    DateTime64(3, 'UTC'),
    embedder_id   LowCardinality(String),
    embedding     Array(Float32)
)
ENGINE = ReplacingMergeTree(created_at)
ORDER BY case_id;
