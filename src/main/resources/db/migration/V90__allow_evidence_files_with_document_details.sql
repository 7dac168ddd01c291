-- A file uploaded with its document's details (number, date, issuer) is one piece of
-- evidence carrying both (issue 9); a document cited without a file stays a piece of its own.
alter table assessment_evidence drop constraint assessment_evidence_kind;
alter table assessment_evidence add constraint assessment_evidence_kind
    check (file_sha256 is not null or document_number is not null);
