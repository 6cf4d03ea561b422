-- A dead letter's stored payload is cut to ELEANOR_LIMITS__DLQ_PAYLOAD_BYTES (a huge bad message must not
-- hold its whole size in the evidence buffer); the original size and whether the payload was cut are kept
-- beside it. payload_hash stays the hash of the whole original message. Rows written before this migration
-- held their payload whole, so their size is the payload's length.

ALTER TABLE dead_letters ADD COLUMN IF NOT EXISTS payload_bytes UInt64 DEFAULT length(payload) AFTER payload_hash;
ALTER TABLE dead_letters ADD COLUMN IF NOT EXISTS payload_truncated Bool DEFAULT false AFTER payload_bytes;
