-- Exact factors of chosen UMKM for one need (first written in V14; the ranking and its explanations read
-- it through MatchingService). Repeatable so that it is redefined whenever it or the certificate rule it
-- reads changes; it runs after R__certificate_standing.sql (repeatables run in name order). UMKM, their KBLI
-- codes, products and certificates are read through the views and functions umkm and product publish
-- (umkm_listing, umkm_activity, product_listing, umkm_certificate_claim); plpgsql resolves them when it runs,
-- so their R__ files may run after this one.
-- Certificates: see the "certs" step and docs/certificates.md. Required kinds come in requirement groups (issue
-- 15: rows of one group are alternatives, one that counts meets the group); required_unmet lists every alternative
-- of every group the UMKM does not meet as "group:type:why" (why = MISSING, EXPIRED, or PENDING: only submitted,
-- waiting for an officer), in group and type order; certificates_held is "type:valid-until:required:verified".
-- match_factors_grid answers for every pair of a set of needs and a set of UMKM (one row per pair that exists), so
-- that the UMKM's fitting needs (one UMKM, up to 200 needs) are scored in one call instead of one per need
-- (issue 12: 415 statements per view at 1.2 M UMKM); match_factors(need, umkm[], today) is the same function
-- for one need, so the ranking, "why not" and the fitting needs keep one definition.
drop function if exists match_factors(bigint, bigint[], date);
drop function if exists match_factors_grid(bigint[], bigint[], date);
create function match_factors_grid(p_needs bigint[], p_umkm bigint[], p_today date)
    returns table (
        need_id               bigint,
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
        required_unmet        text[],
        preferred_total       integer,
        certificates_held     text[])
    language plpgsql stable
as $$
#variable_conflict use_column
begin
    return query
    with n as (
        select nd.id, nd.kbli_code, nd.regency_code, nd.unit_kind, coalesce(m.match_concepts, '{}') as match_concepts,
               m.match_all, m.match_any, kn.section, r.latitude, r.longitude
        from need_summary nd
        left join need_match m on m.need_id = nd.id
        join region r on r.code = nd.regency_code
        join kbli kn on kn.version = '2020' and kn.code = nd.kbli_code
        where nd.id = any(p_needs)
    ), u as (
        select x.id, x.regency_code, x.verified_at, x.doc, r.latitude, r.longitude, r.name
        from umkm_listing x join region r on r.code = x.regency_code
        where x.id = any(p_umkm)
    ), lvl as (
        select c.umkm_id, n.id as need_id,
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
        from (select k.umkm_id, k.kbli_code as code from umkm_activity k where k.umkm_id = any(p_umkm)
              union select p.umkm_id, p.kbli_code from product_listing p where p.umkm_id = any(p_umkm)) c
        join kbli kc on kc.version = '2020' and kc.code = c.code
        cross join n
        group by c.umkm_id, n.id
    ), cap as (
        -- products of the same 4-digit class, or matching every concept of the need, count as supply
        select p.umkm_id, n.id as need_id,
               coalesce(sum(p.capacity_base) filter (where p.unit_kind = n.unit_kind), 0) as capacity_base,
               count(*) filter (where p.unit_kind = n.unit_kind) as comparable,
               count(*) as relevant
        from product_listing p cross join n
        where p.umkm_id = any(p_umkm)
          and (left(p.kbli_code, 4) = left(n.kbli_code, 4) or ts_match_vq(p.search, n.match_all))
        group by p.umkm_id, n.id
    ), best as (
        select distinct on (p.umkm_id, n.id) p.umkm_id, n.id as need_id, p.name
        from product_listing p cross join n
        where p.umkm_id = any(p_umkm) and ts_match_vq(p.search, n.match_any)
        order by p.umkm_id, n.id, ts_rank(p.search, n.match_any) desc, p.id
    ), tr as (
        -- the track record, as the partnership module defines it (R__partnership_published.sql)
        select t.umkm_id, t.completed, t.running, t.rating, t.any_partnership
        from partnership_track_record t
        where t.umkm_id = any(p_umkm)
    ), listed as (
        -- The certificates the need lists, each judged by the certificate module's rule
        -- (R__certificate_standing.sql, umkm_certificate_claim: rejected ones left out): a required one counts only
        -- when verified and in force; one waiting for verification is "pending" (and keeps the UMKM out of the
        -- ranking like a missing one); a preferred one counts fully when verified, at reduced weight when only
        -- submitted. group_met: some alternative of its requirement group counts (issue 15: any one is enough).
        select u.id as umkm_id, n.id as need_id, nc.type_code, nc.required, nc.requirement_group,
               v.verified_until, v.submitted_until, v.any_until,
               bool_or(v.verified_until is not null) over (partition by u.id, n.id, nc.requirement_group) as group_met
        from u
        cross join n
        join need_requirement nc on nc.need_id = n.id
        cross join lateral (
            select max(coalesce(c.expires_on, date '9999-12-31')) filter (where c.counts) as verified_until,
                   max(coalesce(c.expires_on, date '9999-12-31')) filter (where c.standing = 'VALID_SUBMITTED') as submitted_until,
                   max(coalesce(c.expires_on, date '9999-12-31')) as any_until
            from umkm_certificate_claim(p_today) c
            where c.umkm_id = u.id and c.type_code = nc.type_code
        ) v
    ), certs as (
        -- every alternative of an unmet group, with why it does not count
        select l.umkm_id, l.need_id,
               coalesce(array_agg(l.requirement_group || ':' || l.type_code || ':'
                                  || case when l.submitted_until is not null then 'PENDING'
                                          when l.any_until is not null then 'EXPIRED' else 'MISSING' end
                                  order by l.requirement_group, l.type_code)
                        filter (where l.required and not l.group_met), '{}') as unmet,
               (count(*) filter (where not l.required))::integer as preferred_total,
               coalesce(array_agg(l.type_code || ':' || coalesce(l.verified_until, l.submitted_until)::text || ':' || l.required::text
                                  || ':' || (l.verified_until is not null)::text order by l.type_code)
                        filter (where l.verified_until is not null or (not l.required and l.submitted_until is not null)), '{}') as held
        from listed l
        group by l.umkm_id, l.need_id
    )
    select n.id, u.id, coalesce(lvl.lvl, 0)::numeric, lvl.best::varchar,
           case when u.regency_code = n.regency_code then 0::double precision
                else km_between(u.latitude, u.longitude, n.latitude, n.longitude) end,
           u.name::varchar,
           coalesce(cap.capacity_base, 0), coalesce(cap.comparable, 0), coalesce(cap.relevant, 0),
           (select count(*)::integer from unnest(n.match_concepts) c where u.doc @@ c::tsquery),
           cardinality(n.match_concepts)::integer,
           best.name::varchar,
           u.verified_at is not null,
           coalesce(tr.completed, 0), coalesce(tr.running, 0), tr.rating, coalesce(tr.any_partnership, false),
           coalesce(certs.unmet, '{}'),
           coalesce(certs.preferred_total, 0),
           coalesce(certs.held, '{}')
    from u cross join n
    left join lvl on lvl.umkm_id = u.id and lvl.need_id = n.id
    left join cap on cap.umkm_id = u.id and cap.need_id = n.id
    left join best on best.umkm_id = u.id and best.need_id = n.id
    left join tr on tr.umkm_id = u.id
    left join certs on certs.umkm_id = u.id and certs.need_id = n.id;
end
$$;

-- One need: the ranking, "why not", the offer pages. Same columns as before, without need_id.
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
        required_unmet        text[],
        preferred_total       integer,
        certificates_held     text[])
    language sql stable
as $$
    select g.umkm_id, g.kbli_level, g.best_code, g.km, g.regency_name, g.capacity_base, g.comparable_products,
           g.relevant_products, g.concepts_matched, g.concepts_total, g.best_product, g.verified, g.completed,
           g.running, g.rating, g.any_partnership, g.required_unmet, g.preferred_total, g.certificates_held
    from match_factors_grid(array[p_need], p_umkm, p_today) g
$$;
