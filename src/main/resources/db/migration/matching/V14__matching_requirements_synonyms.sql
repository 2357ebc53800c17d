-- Matching: certificates a need requires or prefers, words that mean the same, and the search terms
-- ("concepts") of each need, computed once when the need is saved.

create table need_certificate (
    need_id   bigint      not null references need (id) on delete cascade,
    type_code varchar(20) not null references certificate_type (code),
    -- required: an UMKM without a valid one is left out; otherwise it only earns points.
    required  boolean     not null,
    primary key (need_id, type_code)
);

-- Words dropped from need titles before matching: the indonesian configuration has no stop-word list.
create table search_stop_word (
    word varchar(40) primary key
);
insert into search_stop_word (word) values
    ('dan'), ('atau'), ('untuk'), ('dengan'), ('yang'), ('di'), ('ke'), ('dari'), ('per'), ('pada'), ('dalam'),
    ('bagi'), ('oleh'), ('ini'), ('itu'), ('serta'), ('juga'), ('se'), ('para'), ('sebagai'), ('akan'), ('tiap'),
    ('setiap'), ('bulan'), ('bulanan'), ('minggu'), ('mingguan'), ('hari'), ('harian'), ('tahun'), ('kebutuhan'),
    ('pengadaan'), ('pasokan'), ('supplier'), ('pemasok'), ('kg'), ('ton'), ('liter'), ('pcs'), ('unit'), ('buah'),
    ('paket'), ('the'), ('and'), ('for'), ('of'), ('kualitas'), ('rutin'), ('lokal'), ('jasa'), ('produk'), ('barang');

-- Groups of words/phrases that mean the same to buyers (an administrator can add rows).
create table search_synonym (
    group_id integer     not null,
    phrase   varchar(60) not null primary key check (phrase = lower(phrase))
);
insert into search_synonym (group_id, phrase) values
    (1, 'keripik'), (1, 'kripik'),
    (2, 'singkong'), (2, 'ubi kayu'), (2, 'ketela pohon'),
    (3, 'ulos'), (3, 'tenun'), (3, 'kain tenun'),
    (4, 'kerupuk'), (4, 'krupuk'),
    (5, 'cabai'), (5, 'cabe'),
    (6, 'ikan asin'), (6, 'ikan kering'),
    (7, 'katering'), (7, 'catering'), (7, 'jasa boga'),
    (8, 'sewa'), (8, 'rental'),
    (9, 'besi tua'), (9, 'scrap'), (9, 'rongsokan'),
    (10, 'kardus'), (10, 'karton'),
    (11, 'nasi kotak'), (11, 'nasi box'),
    (12, 'seragam'), (12, 'uniform'),
    (13, 'mebel'), (13, 'furnitur'), (13, 'furniture'),
    (14, 'tandan buah segar'), (14, 'tbs'),
    (15, 'ubi jalar'), (15, 'ketela rambat'),
    (16, 'bolu'), (16, 'cake'),
    (17, 'kopi sangrai'), (17, 'roasted coffee'),
    (18, 'sabun'), (18, 'soap');

-- The concepts of a text: each is a tsquery (as text) that matches the word itself (stemmed), the
-- words spelt like it that products really use, and its synonyms. A multi-word synonym found in the
-- text ("ubi kayu") is one concept. Used for need titles; computed when the need is saved.
create function match_concepts(txt text) returns text[]
    language plpgsql stable
as $$
declare
    rest text := ' ' || lower(regexp_replace(coalesce(txt, ''), '[^[:alnum:]]+', ' ', 'g')) || ' ';
    concepts text[] := '{}';
    syn record;
    w text;
    alternatives text[];
    q text;
begin
    -- multi-word synonyms first, longest first, so "ubi kayu" is not split into "ubi" and "kayu"
    for syn in select s.group_id, s.phrase from search_synonym s
               where s.phrase like '% %' and rest like '% ' || s.phrase || ' %' order by length(s.phrase) desc loop
        if rest like '% ' || syn.phrase || ' %' then
            rest := replace(rest, ' ' || syn.phrase || ' ', ' ');
            select array_agg(s.phrase) into alternatives from search_synonym s where s.group_id = syn.group_id;
            q := match_phrase_query(alternatives);
            if q is not null then
                concepts := concepts || q;
            end if;
        end if;
    end loop;
    for w in select distinct t from regexp_split_to_table(trim(rest), ' +') as t
             where length(t) >= 3 and t !~ '^[0-9]+$' and t not in (select word from search_stop_word) loop
        select array_agg(distinct a) into alternatives from (
            select w as a
            union select s2.phrase from search_synonym s1 join search_synonym s2 using (group_id) where s1.phrase = w
            union (select sw.word from search_word sw
                   where length(w) >= 4 and sw.word % w and sw.word <> w and similarity(sw.word, w) >= 0.5
                   order by similarity(sw.word, w) desc, sw.word limit 3)) x;
        q := match_phrase_query(alternatives);
        if q is not null then
            concepts := concepts || q;
        end if;
    end loop;
    return concepts;
end
$$;

-- One tsquery (as text) matching any of the phrases; a phrase's words must follow each other.
create function match_phrase_query(phrases text[]) returns text
    language sql stable
as $$
    select nullif(string_agg('(' || pq || ')', ' | '), '')
    from (select distinct phraseto_tsquery('indonesian', p)::text as pq from unnest(phrases) p) x
    where pq <> ''
$$;

alter table need add column match_concepts text[] not null default '{}';
-- the concepts combined once: all of them (a product that is exactly this) and any of them
alter table need add column match_all tsquery;
alter table need add column match_any tsquery;

create function need_concepts_fill() returns trigger
    language plpgsql
as $$
begin
    new.match_concepts := match_concepts(new.title);
    new.match_all := (select string_agg('(' || c || ')', ' & ')::tsquery from unnest(new.match_concepts) c);
    new.match_any := (select string_agg('(' || c || ')', ' | ')::tsquery from unnest(new.match_concepts) c);
    return new;
end
$$;
create trigger need_concepts before insert or update of title on need
    for each row execute function need_concepts_fill();
update need set title = title;

-- need(kbli_code) prefix lookups: the needs that fit an UMKM's activities.
create index need_kbli_idx on need (kbli_code text_pattern_ops) where status = 'OPEN';

-- Candidates are looked up by KBLI code near the need first, so umkm_kbli carries the UMKM's regency
-- (kept equal to umkm.regency_code by triggers).
alter table umkm_kbli add column regency_code varchar(13);
update umkm_kbli k set regency_code = u.regency_code from umkm u where u.id = k.umkm_id;
alter table umkm_kbli alter column regency_code set not null;
create index umkm_kbli_regency_idx on umkm_kbli (regency_code, kbli_code text_pattern_ops, umkm_id);

create function umkm_kbli_regency_fill() returns trigger
    language plpgsql
as $$
begin
    if tg_table_name = 'umkm_kbli' then
        new.regency_code := (select regency_code from umkm where id = new.umkm_id);
        return new;
    end if;
    update umkm_kbli set regency_code = new.regency_code where umkm_id = new.id;
    return null;
end
$$;
create trigger umkm_kbli_regency before insert on umkm_kbli
    for each row execute function umkm_kbli_regency_fill();
create trigger umkm_regency_moves after update of regency_code on umkm
    for each row when (old.regency_code is distinct from new.regency_code)
    execute function umkm_kbli_regency_fill();

-- Everything the ranking knows about a set of UMKM for one need, as raw inputs; weights and sentences
-- are the application's (matching/MatchingService). One definition serves the company's candidate
-- list, the "why not" lookup and the UMKM's list of fitting needs, so all three agree. Set-based: a
-- few grouped index scans for all candidates instead of a dozen lookups per candidate. Products are
-- tested with ts_match_vq, not @@: the function form cannot use the product text index, so the few
-- products of each candidate are found by UMKM id first (with @@ the planner may combine the text
-- index, hundreds of thousands of entries for a common word, with the UMKM index). The track record
-- reads partnership statuses and ratings of the lifecycle (V15, V17) when it runs.
create function match_factors(p_need bigint, p_umkm bigint[], p_today date)
    returns table (
        umkm_id               bigint,
        kbli_level            numeric,
        best_code             varchar,
        km                    double precision,
        regency_name          varchar,
        capacity_base         numeric,
        comparable_products   bigint,
        relevant_products     bigint,
        concepts_matched      integer,
        concepts_total        integer,
        best_product          varchar,
        verified              boolean,
        completed             bigint,
        running               bigint,
        rating                numeric,
        any_partnership       boolean,
        required_missing      text[],
        required_expired      text[],
        preferred_total       integer,
        certificates_held     text[])
    language plpgsql stable
as $$
#variable_conflict use_column
begin
    return query
    with n as (
        select nd.id, nd.kbli_code, nd.regency_code, nd.unit_kind, nd.match_concepts, nd.match_all, nd.match_any,
               kn.section, r.latitude, r.longitude
        from need nd
        join region r on r.code = nd.regency_code
        join kbli kn on kn.version = '2020' and kn.code = nd.kbli_code
        where nd.id = p_need
    ), u as (
        select x.id, x.regency_code, x.verified_at, x.doc, r.latitude, r.longitude, r.name
        from umkm x join region r on r.code = x.regency_code
        where x.id = any(p_umkm)
    ), lvl as (
        select c.umkm_id,
               max(case when c.code = n.kbli_code then 4
                        when left(c.code, 4) = left(n.kbli_code, 4) then 3
                        when left(c.code, 3) = left(n.kbli_code, 3) then 2
                        when left(c.code, 2) = left(n.kbli_code, 2) then 1
                        when kc.section = n.section then 0.5
                        else 0 end) as lvl,
               (array_agg(c.code order by case when c.code = n.kbli_code then 4
                        when left(c.code, 4) = left(n.kbli_code, 4) then 3
                        when left(c.code, 3) = left(n.kbli_code, 3) then 2
                        when left(c.code, 2) = left(n.kbli_code, 2) then 1 else 0 end desc, c.code))[1] as best
        from (select k.umkm_id, k.kbli_code as code from umkm_kbli k where k.umkm_id = any(p_umkm)
              union select p.umkm_id, p.kbli_code from product p where p.umkm_id = any(p_umkm)) c
        join kbli kc on kc.version = '2020' and kc.code = c.code
        cross join n
        group by c.umkm_id
    ), cap as (
        -- products of the same 4-digit class, or matching every concept of the need, count as supply
        select p.umkm_id,
               coalesce(sum(p.capacity_base) filter (where p.unit_kind = n.unit_kind), 0) as capacity_base,
               count(*) filter (where p.unit_kind = n.unit_kind) as comparable,
               count(*) as relevant
        from product p cross join n
        where p.umkm_id = any(p_umkm)
          and (left(p.kbli_code, 4) = left(n.kbli_code, 4) or ts_match_vq(p.search, n.match_all))
        group by p.umkm_id
    ), best as (
        select distinct on (p.umkm_id) p.umkm_id, p.name
        from product p cross join n
        where p.umkm_id = any(p_umkm) and ts_match_vq(p.search, n.match_any)
        order by p.umkm_id, ts_rank(p.search, n.match_any) desc, p.id
    ), tr as (
        -- track record: completed and running partnerships and the companies' ratings of this UMKM;
        -- "never partnered" (for fair exposure) means no partnership ever approved
        select pa.umkm_id,
               count(*) filter (where pa.status = 'COMPLETED') as completed,
               count(*) filter (where pa.status in ('APPROVED', 'ACTIVE')) as running,
               avg(r.score) as rating,
               count(*) filter (where pa.status in ('APPROVED', 'ACTIVE', 'COMPLETED', 'TERMINATED')) > 0 as any_partnership
        from partnership pa
        left join partnership_rating r on r.partnership_id = pa.id and r.rater_side = 'COMPANY'
        where pa.umkm_id = any(p_umkm)
        group by pa.umkm_id
    ), certs as (
        select u.id as umkm_id,
               coalesce(array_agg(nc.type_code::text order by nc.type_code) filter (where nc.required and v.valid_until is null and v.any_until is null), '{}') as missing,
               coalesce(array_agg(nc.type_code::text order by nc.type_code) filter (where nc.required and v.valid_until is null and v.any_until is not null), '{}') as expired,
               (count(*) filter (where not nc.required))::integer as preferred_total,
               coalesce(array_agg(nc.type_code || ':' || v.valid_until::text || ':' || nc.required::text order by nc.type_code)
                        filter (where v.valid_until is not null), '{}') as held
        from u
        cross join n
        join need_certificate nc on nc.need_id = n.id
        cross join lateral (
            select max(coalesce(c.expires_on, date '9999-12-31')) filter (where c.expires_on is null or c.expires_on >= p_today) as valid_until,
                   max(coalesce(c.expires_on, date '9999-12-31')) as any_until
            from umkm_certificate c
            where c.umkm_id = u.id and c.type_code = nc.type_code and c.status <> 'REJECTED'
        ) v
        group by u.id
    )
    select u.id, coalesce(lvl.lvl, 0)::numeric, lvl.best::varchar,
           case when u.regency_code = n.regency_code then 0::double precision
                else km_between(u.latitude, u.longitude, n.latitude, n.longitude) end,
           u.name::varchar,
           coalesce(cap.capacity_base, 0), coalesce(cap.comparable, 0), coalesce(cap.relevant, 0),
           (select count(*)::integer from unnest(n.match_concepts) c where u.doc @@ c::tsquery),
           cardinality(n.match_concepts)::integer,
           best.name::varchar,
           u.verified_at is not null,
           coalesce(tr.completed, 0), coalesce(tr.running, 0), tr.rating, coalesce(tr.any_partnership, false),
           coalesce(certs.missing, '{}'), coalesce(certs.expired, '{}'), coalesce(certs.preferred_total, 0),
           coalesce(certs.held, '{}')
    from u cross join n
    left join lvl on lvl.umkm_id = u.id
    left join cap on cap.umkm_id = u.id
    left join best on best.umkm_id = u.id
    left join tr on tr.umkm_id = u.id
    left join certs on certs.umkm_id = u.id;
end
$$;

-- Look-up of an UMKM by part of its name ("why not" for a company, officers' lists).
create index umkm_name_trgm_idx on umkm using gin (business_name gin_trgm_ops);
