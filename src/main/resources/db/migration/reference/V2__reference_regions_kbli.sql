-- Kemendagri regions (provinces, regencies and cities) with approximate centre coordinates.
create table region (
    code        varchar(13)  primary key,
    parent_code varchar(13)  references region (code),
    level       varchar(10)  not null check (level in ('province', 'regency', 'city')),
    name        varchar(100) not null,
    latitude    double precision,
    longitude   double precision
);
create index region_parent_idx on region (parent_code);

-- KBLI classification; the version is part of the key because KBLI 2025 reuses codes with new meanings.
create table kbli (
    version     varchar(4)   not null,
    code        varchar(5)   not null,
    level       varchar(10)  not null check (level in ('section', 'division', 'group', 'class', 'subclass')),
    section     char(1)      not null,
    parent_code varchar(5),
    title       varchar(300) not null,
    primary key (version, code)
);
create index kbli_level_idx on kbli (version, level);

-- Great-circle distance in km between two points; used for regency-centre distances in matching.
create function km_between(lat1 double precision, lon1 double precision,
                           lat2 double precision, lon2 double precision)
    returns double precision
    language sql immutable parallel safe
as $$
    select 2 * 6371.0 * asin(sqrt(
        power(sin(radians(lat2 - lat1) / 2), 2)
        + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2)))
$$;
