-- What each revision published, node by node, so that published pages and the API read the
-- results as published instead of scoring them again from the entries.
alter table reporting_publication_result alter column appraisal set data type numeric(30, 14);
alter table reporting_publication_result alter column survey set data type numeric(30, 14);
alter table reporting_publication_result alter column bonus set data type numeric(30, 14);
alter table reporting_publication_result alter column deduction set data type numeric(30, 14);
alter table reporting_publication_result alter column total set data type numeric(30, 14);
alter table reporting_publication_result add column bonus_claimed numeric(30, 14);
alter table reporting_publication_result add column deduction_claimed numeric(30, 14);
alter table reporting_publication_result add column classification varchar(40);

-- Each node's points for each unit, with a leaf's score in force and appraisal comment.
create table reporting_publication_node (
    publication_id bigint not null references reporting_publication (id) on delete cascade,
    -- organization_unit.id; no foreign key across modules
    unit_id bigint not null,
    node_code varchar(40) not null,
    points numeric(30, 14) not null,
    status varchar(20) not null,
    override_points numeric(9, 4),
    override_reason varchar(2000),
    comment varchar(4000) not null default '',
    primary key (publication_id, unit_id, node_code)
);

-- The inputs a leaf was scored from, as published.
create table reporting_publication_input (
    publication_id bigint not null references reporting_publication (id) on delete cascade,
    unit_id bigint not null,
    node_code varchar(40) not null,
    input_name varchar(40) not null,
    input_value numeric(20, 6) not null,
    primary key (publication_id, unit_id, node_code, input_name)
);
