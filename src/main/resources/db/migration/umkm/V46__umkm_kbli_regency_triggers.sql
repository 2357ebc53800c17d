-- Issue 11: umkm_kbli.regency_code (a copy of the UMKM's regency, so matching finds candidates by KBLI code near a
-- need) is umkm's own data, kept by umkm's own triggers and function. Until now matching's V14 defined them; the
-- behaviour is unchanged: the same two triggers on the same events, the same statements.
drop trigger umkm_kbli_regency on umkm_kbli;
drop trigger umkm_regency_moves on umkm;
drop function umkm_kbli_regency_fill();

create function umkm_kbli_regency_keep() returns trigger
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
    for each row execute function umkm_kbli_regency_keep();
create trigger umkm_regency_moves after update of regency_code on umkm
    for each row when (old.regency_code is distinct from new.regency_code)
    execute function umkm_kbli_regency_keep();
