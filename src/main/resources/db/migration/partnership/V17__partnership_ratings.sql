-- After a partnership is completed each side rates the other once: 1 to 5 with an optional comment.
create table partnership_rating (
    id             bigserial     primary key,
    partnership_id bigint        not null references partnership (id),
    rater_id       bigint        not null references account (id),
    rater_side     varchar(10)   not null check (rater_side in ('COMPANY', 'UMKM')),
    score          smallint      not null check (score between 1 and 5),
    comment        varchar(1000),
    created_at     timestamptz   not null default now(),
    constraint partnership_rating_once unique (partnership_id, rater_side)
);
