-- When the contest committee published a contest's results on its public page
-- (/cuoc-thi/{slug}/ket-qua-chung-cuoc; contest module, issue 11 item 5); null while not published.
alter table contest_contest add column results_published_at timestamp with time zone;
