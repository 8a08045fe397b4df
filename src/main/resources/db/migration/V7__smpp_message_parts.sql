-- SMPP long messages: every part of a message sent over SMPP has its own SMSC message id and its own delivery
-- receipt. The message is DELIVERED once every part is, FAILED as soon as one part fails (SmppMessageParts).
-- A receipt can come before the submit answers are stored: it is kept here with message_id null, and taken up
-- when the gateway stores the parts; such rows that no message claims within a day are dropped.
create table smpp_message_part (
    smsc_message_id  text primary key,
    message_id       uuid references outbound_message (id) on delete cascade,
    part             smallint,                 -- 1-based, in sending order; null while only the receipt is known
    status           text,                     -- DELIVERED or FAILED once its receipt came, else null
    error            text,
    updated_at       timestamptz not null default now()
);
create index smpp_message_part_message on smpp_message_part (message_id);
create index smpp_message_part_unclaimed on smpp_message_part (updated_at) where message_id is null;
