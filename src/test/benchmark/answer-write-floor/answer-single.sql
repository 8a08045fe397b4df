-- answers per run: 1
-- pgbench script: the gateway's own statements for one counted answer, unbatched, as it runs them today
-- (InboundLog.accept, then in one transaction InboundLog.claimNextWaiting, the contact, Responses.record, the
-- event, Outbox.queueReply; then Outbox.take and Outbox.markSent), for comparison with answer-batch.sql.
\set n random(0, 4999)
\set id random(1, 2000000000)
select phone, id as cid, public_id from cn where n = :n \gset
insert into inbound_message (id, channel, provider_message_id, address, text, status, received_at)
values (gen_random_uuid(), 'smpp', 'p' || :id || '-' || random()::text, :phone::text, '1', 'RECEIVED', now())
on conflict (channel, provider_message_id) do nothing returning id as iid \gset
begin;
select id from inbound_message where channel = 'smpp' and address = :phone::text and status = 'RECEIVED'
 and (received_at, id) <= (select received_at, id from inbound_message where id = :iid::uuid) order by received_at, id limit 1 for update skip locked;
select id, language, birth_year, gender from contact where id = :cid::uuid;
with previous as materialized (select answers -> 'q1' as answer from response where engagement_id = 'ebf206b4-bbf6-454c-92fd-07dac32fde06' and contact_id = :cid::uuid for update),
stored as (insert into response (id, engagement_id, contact_id, answers, channel, first_received_at, updated_at)
   select gen_random_uuid(), 'ebf206b4-bbf6-454c-92fd-07dac32fde06', :cid::uuid, jsonb_build_object('q1', '"1"'::jsonb), 'smpp', now(), now()
   from (values (1)) as one left join previous on true
   on conflict (engagement_id, contact_id) do update set answers = response.answers || excluded.answers, channel = excluded.channel, updated_at = excluded.updated_at
   returning id, xmax = 0 as inserted),
revision as (insert into response_revision (response_id, question_key, answer, previous_answer, channel, inbound_message_id, received_at)
   select id, 'q1', '"1"'::jsonb, (select answer from previous), 'smpp', :iid::uuid, now() from stored)
select stored.inserted, (select answer from previous) as previous, c.birth_year, c.gender from stored join contact c on c.id = :cid::uuid;
insert into event (event_id, type, agency_id, engagement_id, portal_external_id, subject, occurred_at, data)
select gen_random_uuid(), 'response.updated', e.agency_id, e.id, e.portal_external_id, :public_id::text, now(),
 json_build_object('participantId', :public_id::text, 'questionKey', 'q1', 'answer', '1', 'previousAnswer', '2', 'channel', 'smpp', 'receivedAt', now(), 'participant', json_build_object('ageBand', 'not stated', 'gender', 'not stated'))
 from engagement e where e.id = 'ebf206b4-bbf6-454c-92fd-07dac32fde06';
with finished as (update inbound_message set status = 'COUNTED', contact_id = :cid::uuid, engagement_id = 'ebf206b4-bbf6-454c-92fd-07dac32fde06', processed_at = now() where id = :iid::uuid)
insert into outbound_message (id, channel, address, contact_id, engagement_id, in_reply_to, text, choices, status)
values (gen_random_uuid(), 'smpp', :phone::text, :cid::uuid, 'ebf206b4-bbf6-454c-92fd-07dac32fde06', :iid::uuid, 'Thank you for taking part in the poll. Your answer is counted.', '[]', 'QUEUED') returning id as oid \gset
commit;
update outbound_message set status = 'SENDING', updated_at = now() where id = :oid::uuid and status = 'QUEUED';
update outbound_message set status = 'SENT', provider_message_id = gen_random_uuid()::text, updated_at = now() where id = :oid::uuid;
