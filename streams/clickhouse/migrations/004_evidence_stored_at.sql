-- When each verdict row reached ClickHouse. Judge workers never wait for ClickHouse (the evidence writer
-- stores the verdict topic behind them), so evidence can lag the verdicts: stored_at minus evaluated_at is
-- that lag, per row, for the dashboard's evidence-lag panels. Rows stored before this migration get their
-- evaluated_at (lag 0; their arrival time was not kept), written into their parts so that the later default
-- now64(3) applies to new rows only.

ALTER TABLE verdicts ADD COLUMN IF NOT EXISTS stored_at DateTime64(3, 'UTC') DEFAULT evaluated_at;
ALTER TABLE verdicts MATERIALIZE COLUMN stored_at SETTINGS mutations_sync = 2;
ALTER TABLE verdicts MODIFY COLUMN stored_at DateTime64(3, 'UTC') DEFAULT now64(3);
