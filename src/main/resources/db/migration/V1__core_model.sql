-- Core model of the walking skeleton. Ids are UUIDs made by the application; every agency-owned row
-- carries agency_id so tenancy is one WHERE clause away.

create table agency (
    id          uuid primary key,
    name        text        not null unique,
    created_at  timestamptz not null default now()
);

create table api_key (
    id          uuid primary key,
    agency_id   uuid references agency (id),
    role        text        not null check (role in ('PLATFORM_ADMIN', 'AGENCY_ADMIN')),
    key_hash    text        not null unique,       -- SHA-256 of the key; the key itself is never stored
    key_prefix  text        not null,              -- first characters, to recognise a key in lists
    label       text,
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz,
    check (role = 'PLATFORM_ADMIN' or agency_id is not null)
);

create table engagement (
    id          uuid primary key,
    agency_id   uuid        not null references agency (id),
    type        text        not null,
    status      text        not null,
    title       jsonb       not null,              -- {"ar": "...", "en": "..."}
    languages   jsonb       not null,              -- ["ar", "en"]
    invitation  jsonb       not null default '{}',
    questions   jsonb       not null,              -- [{"key","type","text",options:[{..}]}]
    opens_at    timestamptz,
    closes_at   timestamptz,
    opened_at   timestamptz,
    closed_at   timestamptz,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index engagement_agency on engagement (agency_id, created_at desc);
create index engagement_due on engagement (status, opens_at, closes_at);

create table contact (
    id                uuid primary key,
    agency_id         uuid        not null references agency (id),
    public_id         text        not null unique, -- pseudonymous id, the only one that leaves the gateway
    language          text        not null,
    phone             text,                        -- E.164
    telegram_chat_id  text,
    email             text,
    opted_out         boolean     not null default false,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    unique (agency_id, phone),
    unique (agency_id, telegram_chat_id),
    unique (agency_id, email)
);
create index contact_phone on contact (phone);
create index contact_telegram on contact (telegram_chat_id);
create index contact_email on contact (email);

create table consent_event (
    id          bigserial primary key,
    contact_id  uuid        not null references contact (id),
    opted_out   boolean     not null,
    channel     text,
    reason      text        not null,
    at          timestamptz not null default now()
);
create index consent_event_contact on consent_event (contact_id, id);

-- An address whose owner sent STOP: contacts with it, now or added later, are opted out until START.
create table address_opt_out (
    kind        text        not null,            -- PHONE, TELEGRAM, EMAIL
    address     text        not null,
    channel     text,
    reason      text        not null,
    at          timestamptz not null default now(),
    primary key (kind, address)
);

create table broadcast (
    id             uuid primary key,
    agency_id      uuid        not null references agency (id),
    engagement_id  uuid        not null references engagement (id),
    channels       jsonb       not null,
    audience       jsonb       not null,
    recipients     int         not null,
    skipped        int         not null,
    created_at     timestamptz not null default now()
);

create table inbound_message (
    id                   uuid primary key,
    channel              text        not null,
    provider_message_id  text        not null,
    address              text        not null,
    text                 text        not null,
    contact_id           uuid references contact (id),
    engagement_id        uuid references engagement (id),
    status               text        not null,   -- RECEIVED, COUNTED, NOT_COUNTED, KEYWORD, FAILED
    received_at          timestamptz not null default now(),
    processed_at         timestamptz,
    unique (channel, provider_message_id)       -- a provider retrying a webhook never makes a duplicate
);
create index inbound_message_pending on inbound_message (status, received_at) where status = 'RECEIVED';
create index inbound_message_pending_address on inbound_message (channel, address, received_at)
    where status = 'RECEIVED';

create table outbound_message (
    id                   uuid primary key,
    seq                  bigserial   not null unique,
    channel              text        not null,
    address              text        not null,
    contact_id           uuid references contact (id),
    engagement_id        uuid references engagement (id),
    broadcast_id         uuid references broadcast (id),
    in_reply_to          uuid references inbound_message (id),
    text                 text        not null,
    choices              jsonb       not null default '[]', -- buttons for channels that have them
    status               text        not null,   -- QUEUED, SENDING, SENT, DELIVERED, FAILED, SKIPPED
    provider_message_id  text,
    error                text,
    lease_until          timestamptz,               -- claimed by a dispatcher until then
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);
create index outbound_message_queued on outbound_message (seq) where status = 'QUEUED';
create index outbound_message_address on outbound_message (channel, address, seq);
create index outbound_message_provider on outbound_message (channel, provider_message_id);
create index outbound_message_broadcast on outbound_message (broadcast_id, status);
create index outbound_message_contact on outbound_message (contact_id, seq desc);
create index outbound_message_reply on outbound_message (in_reply_to) where in_reply_to is not null;

-- A delivery report that came before the gateway stored the provider's message id (fast receipts, callbacks):
-- applied when the id is stored, forgotten after a day (reports about messages sent by other systems).
create table early_delivery_report (
    channel              text        not null,
    provider_message_id  text        not null,
    status               text        not null,
    error                text,
    received_at          timestamptz not null default now(),
    primary key (channel, provider_message_id)
);

create table response (
    id                 uuid primary key,
    seq                bigserial   not null unique, -- stable order for cursor pagination
    engagement_id      uuid        not null references engagement (id),
    contact_id         uuid        not null references contact (id),
    answers            jsonb       not null,        -- {"q1": "2", "q2": ["1","3"], "q3": 4}
    channel            text        not null,        -- channel of the latest change
    first_received_at  timestamptz not null,
    updated_at         timestamptz not null,
    unique (engagement_id, contact_id)
);

create table response_revision (
    id                   bigserial primary key,
    response_id          uuid        not null references response (id),
    question_key         text        not null,
    answer               jsonb       not null,
    previous_answer      jsonb,                    -- null on the first answer to this question
    channel              text        not null,
    inbound_message_id   uuid references inbound_message (id),
    received_at          timestamptz not null
);
create index response_revision_response on response_revision (response_id, id);

create table audit_entry (
    seq          bigserial primary key,
    at           timestamptz not null,
    agency_id    uuid,
    actor        text        not null,
    action       text        not null,
    target_type  text        not null,
    target_id    text        not null,
    details      text        not null,          -- canonical JSON exactly as hashed
    prev_hash    text        not null,
    hash         text        not null
);

-- Append-only: ordinary sessions cannot rewrite history; the hash chain catches anyone who can.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create table dead_letter (
    id          bigserial primary key,
    route_id    text,
    body        text,
    headers     text,
    error       text        not null,
    created_at  timestamptz not null default now()
);
