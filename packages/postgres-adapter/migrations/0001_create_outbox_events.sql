-- The transactional outbox. `position` keeps insertion order among events of the same instant;
-- `locked_until` is the claim lease; `next_attempt_at` defers an event after a failed publish.
CREATE TABLE outbox_events (
  position bigserial NOT NULL,
  id text PRIMARY KEY,
  type text NOT NULL,
  payload jsonb NOT NULL,
  occurred_at timestamptz NOT NULL,
  correlation_id text,
  headers jsonb,
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL,
  locked_until timestamptz,
  published_at timestamptz,
  last_error text
);

-- claim: unpublished events, oldest first.
CREATE INDEX outbox_events_due_idx ON outbox_events (occurred_at, position) WHERE published_at IS NULL;
