-- Events about engagements for the portal: a transactional outbox. A row is inserted in the transaction of the
-- change it describes; the sequencer (EventSequencer) later gives committed rows, in order, their place in the
-- stream. Ids of a bigserial are handed out in one order and may commit in another, so `id` is never a cursor:
-- `position` is, and only positioned rows are shown or delivered.
create table event (
    id                  bigserial primary key,
    event_id            uuid        not null unique,  -- the CloudEvents id and the webhook-id header
    type                text        not null,         -- response.created, engagement.closed, results.final, ...
    agency_id           uuid        not null references agency (id),
    engagement_id       uuid        not null references engagement (id),
    portal_external_id  text,                         -- the engagement's, as it was when the event happened
    subject             text        not null,
    occurred_at         timestamptz not null,
    data                json        not null,         -- json, not jsonb: kept as written, key order included
    position            bigint unique,                -- the global cursor; null until sequenced
    sequence            bigint,                       -- 1, 2, 3 ... within the engagement; null until sequenced
    unique (engagement_id, sequence)
);
create index event_unsequenced on event (id) where position is null;
create index event_agency_position on event (agency_id, position) where position is not null;
create index event_engagement_id on event (engagement_id, id);

-- What the latest results.interim of an engagement counted, so a new one is written only when responses changed.
create table results_snapshot (
    engagement_id     uuid primary key references engagement (id),
    covered_event_id  bigint      not null,  -- the newest response event (event.id) the snapshot saw
    written_at        timestamptz not null
);

-- Webhook endpoints: an agency's (agency_id set) or platform-wide (null, the portal's service account).
create table webhook_subscription (
    id                          uuid primary key,
    agency_id                   uuid references agency (id),
    url                         text        not null,
    event_types                 text[]      not null,
    secret                      bytea       not null,  -- HMAC key; kept because every delivery is signed with it
    previous_secret             bytea,                 -- still signing until previous_secret_expires_at
    previous_secret_expires_at  timestamptz,
    signing_key                 bytea,                 -- optional ed25519 private key (PKCS#8) for v1a signatures
    signing_public_key          bytea,                 -- its public key, 32 raw bytes, shown as whpk_...
    enabled                     boolean     not null default true,
    disabled_reason             text,
    paused_until                timestamptz,           -- the endpoint asked to slow down (429, 502, 504)
    created_at                  timestamptz not null default now(),
    updated_at                  timestamptz not null default now()
);

-- One ordered lane per subscription and engagement: events of the engagement are delivered one after the other,
-- and a failing one holds back only its own lane. Written by the sequencer (pending_up_to) and the delivery
-- workers (the rest), which lease a lane with FOR UPDATE SKIP LOCKED so two instances never deliver it at once.
create table webhook_lane (
    subscription_id   uuid        not null references webhook_subscription (id) on delete cascade,
    engagement_id     uuid        not null references engagement (id),
    pending_up_to     bigint      not null,             -- the newest event sequence meant for this subscription
    delivered_up_to   bigint      not null,             -- every event up to here is delivered or dead-lettered
    attempts          integer     not null default 0,   -- failed attempts at the next event
    next_attempt_at   timestamptz not null default now(),
    last_error        text,
    lease_until       timestamptz,
    lease_token       uuid,
    primary key (subscription_id, engagement_id)
);
create index webhook_lane_due on webhook_lane (next_attempt_at) where delivered_up_to < pending_up_to;

-- Events a subscription gave up on after the whole retry schedule; replayed on request through the API.
create table webhook_dead_letter (
    id               bigserial primary key,
    subscription_id  uuid        not null references webhook_subscription (id) on delete cascade,
    event_id         bigint      not null references event (id),
    status           text        not null check (status in ('DEAD', 'REPLAYING', 'REPLAYED')),
    attempts         integer     not null,
    last_error       text        not null,
    failed_at        timestamptz not null default now(),
    next_attempt_at  timestamptz,
    lease_until      timestamptz,
    lease_token      uuid,
    replayed_at      timestamptz,
    unique (subscription_id, event_id)
);
create index webhook_dead_letter_replaying on webhook_dead_letter (next_attempt_at) where status = 'REPLAYING';
