-- Participant ids that leave the gateway are keyed per engagement (Pseudonyms): a random salt per engagement,
-- drawn by PostgreSQL's strong random source for every row, existing ones included.
alter table engagement add column pseudonym_salt bytea not null default uuid_send(gen_random_uuid());

-- The portal's own reference for an engagement it created, echoed in every event about that engagement.
alter table engagement add column portal_external_id text;
create unique index engagement_portal_external_id on engagement (agency_id, portal_external_id)
    where portal_external_id is not null;

-- Optional demographics, given by the agency; only bands of them ever leave the gateway.
alter table contact add column birth_year smallint check (birth_year between 1900 and 2100);
alter table contact add column gender text check (gender in ('female', 'male', 'other'));

-- Secrets the deployment generates itself when the operator configured none (shared by every instance).
create table deployment_secret (
    name        text primary key,
    value       bytea       not null,
    created_at  timestamptz not null default now()
);
