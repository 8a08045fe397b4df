-- Pull API, Idempotency-Key and triggers from other platforms (issue 6, pull half).

-- A message that must not leave before a time (a trigger that arrived in quiet hours); null: as soon as possible.
alter table outbound_message add column not_before timestamptz;

-- Idempotency-Key on POST: the first request's outcome per caller and key, replayed to retries until it expires.
create table idempotency_key (
    api_key_id       uuid        not null references api_key (id),
    idempotency_key  text        not null,
    fingerprint      text        not null,   -- SHA-256 of method, path, query and body
    status           int,                    -- null while the first request is still being handled
    content_type     text,
    location         text,
    body             bytea,
    locked_until     timestamptz not null,   -- an unfinished request older than this was abandoned
    created_at       timestamptz not null default now(),
    expires_at       timestamptz not null,
    primary key (api_key_id, idempotency_key)
);
create index idempotency_key_expiry on idempotency_key (expires_at);

-- Which engagement follows which service of the agency when another platform reports a citizen's transaction.
create table trigger_rule (
    id             uuid primary key,
    agency_id      uuid        not null references agency (id),
    service_code   text        not null,
    engagement_id  uuid        not null references engagement (id),
    channels       jsonb,                   -- preferred channels in order; null: the deployment's order
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    unique (agency_id, service_code)
);

-- Every trigger received, once per (agency, trigger id): a platform repeating a trigger gets this outcome back.
create table trigger_event (
    id             uuid primary key,
    agency_id      uuid        not null references agency (id),
    trigger_id     text        not null,
    service_code   text        not null,
    engagement_id  uuid        not null references engagement (id),
    status         text        not null,   -- QUEUED, DEFERRED, SKIPPED
    reason         text,
    broadcast_id   uuid references broadcast (id),
    not_before     timestamptz,
    received_at    timestamptz not null default now(),
    unique (agency_id, trigger_id)
);
