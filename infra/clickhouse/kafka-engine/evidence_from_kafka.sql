-- The ClickHouse Kafka table engine as the evidence writer, for large deployments.
--
-- Instead of running `eleanor-streams sink`, ClickHouse itself consumes the verdict, DLQ and window topics
-- (its own consumer group) and materialized views turn each message into the same rows the writer stores,
-- in the same ReplacingMergeTree tables (apply the migrations first: `eleanor-streams db migrate`). Run it
-- on one replica of the cluster (or on every shard with a Distributed target); see infra/README.md.
--
-- Delivery is at-least-once, like the writer's: the engine commits offsets after the views have written a
-- block, so a crash replays messages and the tables collapse them under FINAL. Messages that are not JSON
-- land in _error (kafka_handle_error_mode = 'stream') and are skipped instead of stopping consumption.
-- Edit the broker list, topics and group below to match ELEANOR_KAFKA__*; add kafka_security_protocol,
-- kafka_sasl_* settings for SASL/TLS clusters.

CREATE TABLE IF NOT EXISTS kafka_verdicts
(
    raw String
)
ENGINE = Kafka
SETTINGS kafka_broker_list = 'kafka:9092',
         kafka_topic_list = 'eleanor.verdicts',
         kafka_group_name = 'eleanor-streams-evidence-ch',
         kafka_format = 'JSONAsString',
         kafka_num_consumers = 1,
         kafka_max_block_size = 65536,
         kafka_handle_error_mode = 'stream';

CREATE TABLE IF NOT EXISTS kafka_dead_letters
(
    raw String
)
ENGINE = Kafka
SETTINGS kafka_broker_list = 'kafka:9092',
         kafka_topic_list = 'eleanor.dlq',
         kafka_group_name = 'eleanor-streams-evidence-ch',
         kafka_format = 'JSONAsString',
         kafka_num_consumers = 1,
         kafka_handle_error_mode = 'stream';

CREATE TABLE IF NOT EXISTS kafka_windows
(
    raw String
)
ENGINE = Kafka
SETTINGS kafka_broker_list = 'kafka:9092',
         kafka_topic_list = 'eleanor.windows',
         kafka_group_name = 'eleanor-streams-evidence-ch',
         kafka_format = 'JSONAsString',
         kafka_num_consumers = 1,
         kafka_handle_error_mode = 'stream';

-- Times: epoch seconds in the messages, DateTime64(3) milliseconds in the tables (as the writer rounds them).
CREATE MATERIALIZED VIEW IF NOT EXISTS verdicts_from_kafka TO verdicts AS
SELECT
    JSONExtractString(raw, 'tenant') AS tenant,
    JSONExtractString(raw, 'request_id') AS request_id,
    JSONExtractString(raw, 'decision') AS decision,
    JSONExtractString(raw, 'light') AS light,
    JSONExtractString(raw, 'escalation_tier') AS escalation_tier,
    JSONExtractBool(raw, 'requires_human_review') AS requires_human_review,
    JSONExtractFloat(raw, 'max_severity') AS max_severity,
    JSONExtractFloat(raw, 'mean_severity') AS mean_severity,
    JSONExtractFloat(raw, 'uncertainty', 'overall') AS uncertainty,
    JSONExtractBool(raw, 'precedent', 'novel') AS novel,
    JSONExtractFloat(raw, 'precedent', 'alignment') AS alignment,
    JSONExtractFloat(raw, 'precedent', 'conflict') AS conflict,
    JSONExtractBool(raw, 'cache_hit') AS cache_hit,
    JSONExtract(raw, 'errored_critics', 'Array(String)') AS errored_critics,
    least(length(JSONExtractArrayRaw(raw, 'dissent')), 255) AS dissent,
    JSONExtractString(raw, 'ruleset_version') AS ruleset_version,
    JSONExtractString(raw, 'engine_version') AS engine_version,
    JSONExtractFloat(raw, 'latency_ms') AS latency_ms,
    JSONExtractString(raw, 'window_id') AS window_id,
    ifNull(JSONExtract(raw, 'source', 'topic', 'Nullable(String)'), '') AS source_topic,
    ifNull(JSONExtract(raw, 'source', 'partition', 'Nullable(Int32)'), -1) AS source_partition,
    ifNull(JSONExtract(raw, 'source', 'offset', 'Nullable(Int64)'), -1) AS source_offset,
    if(
        JSONType(raw, 'request_timestamp') = 'Null'
            OR round(JSONExtractFloat(raw, 'request_timestamp') * 1000) NOT BETWEEN -2208988800000 AND 10413791999000,
        NULL,
        fromUnixTimestamp64Milli(toInt64(round(JSONExtractFloat(raw, 'request_timestamp') * 1000)), 'UTC')
    ) AS request_ts,
    fromUnixTimestamp64Milli(toInt64(round(JSONExtractFloat(raw, 'evaluated_at') * 1000)), 'UTC') AS evaluated_at
FROM kafka_verdicts
WHERE length(_error) = 0;

CREATE MATERIALIZED VIEW IF NOT EXISTS findings_from_kafka TO findings AS
SELECT
    JSONExtractString(raw, 'tenant') AS tenant,
    JSONExtractString(raw, 'request_id') AS request_id,
    JSONExtractString(f, 'critic') AS critic,
    JSONExtractFloat(f, 'severity') AS severity,
    if(JSONType(f, 'raw_severity') = 'Null', JSONExtractFloat(f, 'severity'), JSONExtractFloat(f, 'raw_severity'))
        AS raw_severity,
    JSONExtractFloat(f, 'score') AS score,
    JSONExtractString(f, 'label') AS label,
    arraySort(arrayDistinct(arrayMap(v -> JSONExtractString(v, 'category'), JSONExtractArrayRaw(f, 'violations'))))
        AS categories,
    JSONExtractFloat(f, 'confidence') AS confidence,
    JSONExtractBool(f, 'errored') AS errored,
    JSONExtractString(raw, 'light') AS light,
    JSONExtractString(raw, 'window_id') AS window_id,
    fromUnixTimestamp64Milli(toInt64(round(JSONExtractFloat(raw, 'evaluated_at') * 1000)), 'UTC') AS evaluated_at
FROM kafka_verdicts
ARRAY JOIN JSONExtractArrayRaw(raw, 'findings') AS f
WHERE length(_error) = 0;

-- payload_hash: the hash of the whole original message, sent by the judge in the eleanor-payload-hash header
-- (the record's payload may be cut); xxh3 of the bytes at hand when a record carries none.
CREATE MATERIALIZED VIEW IF NOT EXISTS dead_letters_from_kafka TO dead_letters AS
SELECT
    JSONExtractString(raw, 'reason') AS reason,
    substringUTF8(JSONExtractString(raw, 'detail'), 1, 4096) AS detail,
    base64Decode(JSONExtractString(raw, 'payload')) AS payload,
    if(
        has(_headers.name, 'eleanor-payload-hash'),
        toUInt64(_headers.value[indexOf(_headers.name, 'eleanor-payload-hash')]),
        xxh3(base64Decode(JSONExtractString(raw, 'payload')))
    ) AS payload_hash,
    JSONExtractUInt(raw, 'payload_bytes') AS payload_bytes,
    JSONExtractBool(raw, 'payload_truncated') AS payload_truncated,
    ifNull(JSONExtract(raw, 'source', 'topic', 'Nullable(String)'), '') AS source_topic,
    ifNull(JSONExtract(raw, 'source', 'partition', 'Nullable(Int32)'), -1) AS source_partition,
    ifNull(JSONExtract(raw, 'source', 'offset', 'Nullable(Int64)'), -1) AS source_offset,
    ifNull(JSONExtract(raw, 'request_id', 'Nullable(String)'), '') AS request_id,
    fromUnixTimestamp64Milli(toInt64(round(JSONExtractFloat(raw, 'received_at') * 1000)), 'UTC') AS received_at
FROM kafka_dead_letters
WHERE length(_error) = 0;

CREATE MATERIALIZED VIEW IF NOT EXISTS windows_from_kafka TO windows AS
SELECT
    ifNull(JSONExtract(raw, 'window_id', 'Nullable(String)'), concat('anon-', toString(generateUUIDv4()))) AS window_id,
    JSONExtractUInt(raw, 'size_chosen') AS size_chosen,
    JSONExtractUInt(raw, 'events') AS events,
    JSONExtractFloat(raw, 'latency_ms') AS latency_ms,
    JSONExtractFloat(raw, 'success_rate') AS success_rate,
    JSONExtractFloat(raw, 'p95_ms') AS p95_ms,
    JSONExtractUInt(raw, 'next_size') AS next_size,
    JSONExtractString(raw, 'reason') AS reason,
    fromUnixTimestamp64Milli(toInt64(round(JSONExtractFloat(raw, 'at') * 1000)), 'UTC') AS at
FROM kafka_windows
WHERE length(_error) = 0;
