-- Up to five photos per product (the limit is the application's). The original is kept resized to at
-- most 1600 px; the thumbnail (at most 400 px) is what lists show.
create table product_photo (
    id             bigserial   primary key,
    product_id     bigint      not null references product (id) on delete cascade,
    position       smallint    not null check (position between 1 and 5),
    content_type   varchar(20) not null check (content_type in ('image/jpeg', 'image/png')),
    width          integer     not null,
    height         integer     not null,
    image          bytea       not null,
    thumbnail      bytea       not null,
    created_at     timestamptz not null default now(),
    unique (product_id, position)
);
