-- answers per run: 50
-- pgbench script: the database writes of 50 counted answers to an open poll, done in batches, as a gateway that
-- groups answers could at best do them. Per batch: accept the 50 inbound messages (one multi-row insert, its own
-- transaction, as a provider is answered only once its message is stored); then in one transaction claim them, read
-- the senders, store 50 answers with their revisions, write 50 portal events, queue 50 replies and record the
-- messages' outcome; then mark the 50 replies sent. Every client takes its own blocks of senders (-D nc=<clients>),
-- so a batch never holds two messages of one sender.
\set b 50
\set block random(0, 5000 / :b / :nc - 1) * :nc + :client_id
\set start :block * :b
\set end :start + :b - 1
insert into inbound_message (id, channel, provider_message_id, address, text, status, received_at)
select gen_random_uuid(), 'smpp', gen_random_uuid()::text, cn.phone, '1', 'RECEIVED', now()
  from cn where n between :start and :end
on conflict (channel, provider_message_id) do nothing returning id;
begin;
select i.id, i.address, i.text from inbound_message i join cn on cn.phone = i.address
 where cn.n between :start and :end and i.channel = 'smpp' and i.status = 'RECEIVED'
 order by i.address, i.received_at for update of i skip locked;
select c.id, c.language, c.birth_year, c.gender from contact c join cn on cn.id = c.id where cn.n between :start and :end;
with input as (select cn.id contact_id, i.id inbound_id, i.text from cn
                 join inbound_message i on i.channel = 'smpp' and i.address = cn.phone and i.status = 'RECEIVED'
                where cn.n between :start and :end),
previous as materialized (select r.contact_id, r.answers -> 'q1' answer from response r
                           where r.engagement_id = 'ebf206b4-bbf6-454c-92fd-07dac32fde06'
                             and r.contact_id in (select contact_id from input) for update),
stored as (insert into response (id, engagement_id, contact_id, answers, channel, first_received_at, updated_at)
           select gen_random_uuid(), 'ebf206b4-bbf6-454c-92fd-07dac32fde06', input.contact_id,
                  jsonb_build_object('q1', to_jsonb(input.text)), 'smpp', now(), now()
             from input left join previous using (contact_id)
           on conflict (engagement_id, contact_id) do update
              set answers = response.answers || excluded.answers, channel = excluded.channel,
                  updated_at = excluded.updated_at
           returning id, contact_id, xmax = 0 as inserted),
revision as (insert into response_revision (response_id, question_key, answer, previous_answer, channel,
                                            inbound_message_id, received_at)
             select stored.id, 'q1', to_jsonb(input.text), previous.answer, 'smpp', input.inbound_id, now()
               from stored join input using (contact_id) left join previous using (contact_id))
select stored.inserted, c.birth_year, c.gender from stored join contact c on c.id = stored.contact_id;
insert into event (event_id, type, agency_id, engagement_id, subject, occurred_at, data)
select gen_random_uuid(), 'response.updated', e.agency_id, e.id, cn.public_id, now(),
       json_build_object('participantId', cn.public_id, 'questionKey', 'q1', 'answer', '1', 'previousAnswer', '2',
                         'channel', 'smpp', 'receivedAt', now(),
                         'participant', json_build_object('ageBand', 'not stated', 'gender', 'not stated'))
  from cn, engagement e where cn.n between :start and :end and e.id = 'ebf206b4-bbf6-454c-92fd-07dac32fde06';
with input as (select cn.id contact_id, cn.phone, i.id inbound_id from cn
                 join inbound_message i on i.channel = 'smpp' and i.address = cn.phone and i.status = 'RECEIVED'
                where cn.n between :start and :end),
finished as (update inbound_message i set status = 'COUNTED', contact_id = input.contact_id,
                    engagement_id = 'ebf206b4-bbf6-454c-92fd-07dac32fde06', processed_at = now()
               from input where i.id = input.inbound_id),
queued as (insert into outbound_message (id, channel, address, contact_id, engagement_id, in_reply_to, text, choices, status)
select gen_random_uuid(), 'smpp', input.phone, input.contact_id, 'ebf206b4-bbf6-454c-92fd-07dac32fde06',
       input.inbound_id, 'Thank you for taking part in the poll. Your answer is counted.', '[]', 'SENDING'
  from input returning seq)
select min(seq) as first, max(seq) as last from queued \gset
commit;
-- the sent mark finds the replies by their ids, which a gateway knows; here the range of their sequence numbers
update outbound_message set status = 'SENT', provider_message_id = gen_random_uuid()::text, updated_at = now()
 where seq between :first and :last and status = 'SENDING'
   and address in (select phone from cn where n between :start and :end);
