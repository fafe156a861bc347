-- The speaking style as data (issue 17): engines read this JSON; personas.speaking_style stays as display prose.
-- Backfill: existing personas get the structure their prose was written from (StyleProfiler's and the quiz
-- groups' fixed wording), so a persona that used emoji keeps using them. Prose a model wrote without those words
-- reads as the plain style (casual, no emoji), which is what the engines assumed for it before.
alter table personas add column speaking_style_profile jsonb;

update personas set speaking_style_profile = jsonb_build_object(
    'formality', case when speaking_style like '%합니다체%' then 'HAPNIDA'
                      when speaking_style like '%해요체%' then 'HAEYO'
                      else 'BANMAL' end,
    'emoji', case when speaking_style like '%이모지를 자주%' then 'OFTEN'
                  when speaking_style like '%이모지를 가끔%' then 'SOMETIMES'
                  else 'RARELY' end,
    'laughter', case when speaking_style like '%ㅋㅋ·ㅎㅎ를 자주%' then 'OFTEN'
                     when speaking_style like '%ㅋㅋ%' then 'SOMETIMES'
                     else 'RARELY' end,
    'sentences', case when speaking_style like '%짧고%' then 'SHORT'
                      when speaking_style like '%길고%' then 'LONG'
                      else 'MEDIUM' end);

alter table personas
    alter column speaking_style_profile set default
        '{"formality":"BANMAL","emoji":"RARELY","laughter":"RARELY","sentences":"MEDIUM"}'::jsonb,
    alter column speaking_style_profile set not null;
