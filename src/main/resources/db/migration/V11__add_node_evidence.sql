-- What evidence (tài liệu kiểm chứng) a leaf requires.
alter table methodology_node add column evidence varchar(2000) not null default '';
