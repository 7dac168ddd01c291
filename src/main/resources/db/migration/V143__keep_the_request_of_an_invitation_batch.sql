-- The request that issued a batch of invitation codes (issue 10, third walk, #1: a double click on
-- "Phát mã" issued two batches). The page gives each batch form a fresh key; a second post with the
-- same key (a double click, a retry, a reload of the answer) finds the batch already issued instead
-- of issuing another. Batches issued before have none.
alter table survey_invitation_batch add column request_key varchar(36);
create unique index survey_invitation_batch_request on survey_invitation_batch (form_id, request_key);
