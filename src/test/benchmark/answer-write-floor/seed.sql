-- One agency, one open single-question poll, 5,000 contacts with Jordanian numbers, and their positions (cn) for
-- the batch script to pick disjoint blocks of senders from.
insert into agency (id, name) values ('45853505-8489-4307-9068-26667b771cc2', 'Answer write floor');
insert into engagement (id, agency_id, type, status, title, languages, questions)
values ('ebf206b4-bbf6-454c-92fd-07dac32fde06', '45853505-8489-4307-9068-26667b771cc2', 'POLL', 'OPEN',
        '{"ar": "استطلاع", "en": "Poll"}', '["ar", "en"]',
        '[{"key": "q1", "text": {"ar": "اختر", "en": "Choose"}, "type": "SINGLE_CHOICE",
           "options": [{"ar": "أ", "en": "A"}, {"ar": "ب", "en": "B"}, {"ar": "ج", "en": "C"}]}]');
insert into contact (id, agency_id, public_id, language, phone)
select gen_random_uuid(), '45853505-8489-4307-9068-26667b771cc2', 'c_' || n, case when n % 2 = 0 then 'ar' else 'en' end,
       '+96279' || lpad(n::text, 7, '0')
  from generate_series(0, 4999) n;
create table cn as select (row_number() over (order by phone))::int - 1 as n, id, phone, public_id from contact;
alter table cn add primary key (n);
analyze;
