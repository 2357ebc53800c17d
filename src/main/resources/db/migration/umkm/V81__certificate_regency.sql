-- Issue 12: the officer's "certificates waiting for review" count and queue select by the UMKM's regency. Joined to
-- umkm, counting a province's waiting certificates read every UMKM of the province (1.5 s at 1.2 M UMKM). A copy of
-- the UMKM's regency on each certificate, kept by umkm's triggers like umkm_kbli's copy (V46), lets one small partial
-- index answer both.
alter table umkm_certificate add column regency_code varchar(13);
update umkm_certificate c set regency_code = u.regency_code from umkm u where u.id = c.umkm_id;
alter table umkm_certificate alter column regency_code set not null;

create function umkm_certificate_regency_keep() returns trigger
    language plpgsql
as $$
begin
    if tg_table_name = 'umkm_certificate' then
        new.regency_code := (select regency_code from umkm where id = new.umkm_id);
        return new;
    end if;
    update umkm_certificate set regency_code = new.regency_code where umkm_id = new.id;
    return null;
end
$$;
create trigger umkm_certificate_regency before insert on umkm_certificate
    for each row execute function umkm_certificate_regency_keep();
create trigger umkm_certificate_regency_moves after update of regency_code on umkm
    for each row when (old.regency_code is distinct from new.regency_code)
    execute function umkm_certificate_regency_keep();

-- The review queue of a province: waiting certificates by regency prefix, the longest-waiting first.
create index umkm_certificate_review_idx on umkm_certificate (regency_code text_pattern_ops, created_at)
    where status = 'SUBMITTED';
