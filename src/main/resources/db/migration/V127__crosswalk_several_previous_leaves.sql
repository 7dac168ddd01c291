-- Issue 12, item 6: a criterion may compare with several leaves of the previous year (two
-- criteria merged into one: "2.1 và 2.2 của năm 2021 gộp thành 2.1"), and one previous
-- leaf with several leaves (a criterion split), so a decided leaf's counterparts move to
-- their own table, one row each. A decided leaf with no row here has no counterpart.
create table methodology_crosswalk_previous (
    index_set_id bigint not null,
    code varchar(40) not null,
    previous_code varchar(40) not null,
    primary key (index_set_id, code, previous_code),
    foreign key (index_set_id, code) references methodology_crosswalk (index_set_id, code) on delete cascade
);

insert into methodology_crosswalk_previous (index_set_id, code, previous_code)
    select index_set_id, code, previous_code from methodology_crosswalk where previous_code is not null;

alter table methodology_crosswalk drop column previous_code;
