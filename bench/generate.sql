-- Builds a North-Sumatra-scale data set in an already migrated Simitra database.
--   psql -v umkm_count=1200000 -f bench/generate.sql   (bench/directory.sh does this for you)
-- Default: 1.2 M UMKM over the 33 Sumut regencies/cities by rough business-count weights, ~3.3 products
-- each (~4 M), certificates with expiry dates, 14 k companies, 50 k needs, some partnerships.
-- Deterministic (setseed). Generated rows use e-mails under @gen.simitra.test and cannot log in.
\set ON_ERROR_STOP on
\if :{?umkm_count}
\else
\set umkm_count 1200000
\endif
\timing on
set synchronous_commit = off;
set maintenance_work_mem = '1GB';
set work_mem = '256MB';
select setseed(0.42);

\echo '== vocabulary'
create temp table gen_sector (
    idx int, kbli varchar(5), weight int, unit varchar(10), unit_kind varchar(10), factor numeric,
    cap_lo int, cap_hi int, price_lo int, price_hi int, core text[], products text[], traits text[]);
insert into gen_sector values
 (1,'10761',60,'KG','MASS',1,100,3000,60000,180000,'{Kopi,"Kopi Arabika","Kopi Robusta"}','{"Kopi Arabika Sangrai","Kopi Robusta Bubuk","Biji Kopi Hijau","Kopi Bubuk Premium","Kopi Luwak","Kopi Gayo Sangrai"}','{Sidikalang,Lintong,Mandailing,Simalungun,Sipirok,Karo}'),
 (2,'10794',90,'KG','MASS',1,50,2000,25000,90000,'{Keripik,Kerupuk,Snack}','{"Keripik Singkong Balado","Keripik Pisang","Kerupuk Ikan","Keripik Ubi Pedas","Rempeyek Kacang","Kerupuk Udang","Keripik Tempe"}','{Medan,Siantar,Renyah,Pedas,Original,Manis}'),
 (3,'10710',80,'PCS','COUNT',1,500,20000,2000,45000,'{Roti,Bakery,Kue}','{"Bolu Meranti","Roti Manis","Bika Ambon","Kue Lapis Legit","Roti Tawar","Bolu Gulung"}','{Medan,Premium,Lembut,Keju,Pandan,Coklat}'),
 (4,'10750',60,'PORSI','SERVING',1,500,15000,12000,40000,'{Dapur,Katering,Masakan}','{"Nasi Kotak","Rendang Kemasan","Arsik Ikan Mas","Sambal Andaliman","Nasi Bungkus","Lauk Pauk Harian"}','{Batak,Melayu,Padang,Jawa,Sehat,Hemat}'),
 (5,'10211',40,'KG','MASS',1,100,5000,30000,150000,'{"Ikan Asin",Perikanan,Nelayan}','{"Ikan Asin Teri Medan","Ikan Asin Jambal","Teri Nasi Kering","Ikan Asin Gabus","Cumi Asin"}','{Belawan,Sibolga,Tanjungbalai,Batubara,Kering,Super}'),
 (6,'10213',15,'TON','MASS',1000,1,40,15000000,60000000,'{"Ikan Beku","Cold Storage"}','{"Ikan Tongkol Beku","Udang Beku","Ikan Kembung Beku","Fillet Ikan Beku"}','{Belawan,Sibolga,Segar,Ekspor}'),
 (7,'13122',35,'PCS','COUNT',1,10,400,250000,3500000,'{Ulos,Tenun,Songket}','{"Kain Ulos Ragi Hotang","Ulos Sadum","Kain Tenun Ikat","Songket Batubara","Ulos Mangiring","Selendang Tenun"}','{Tarutung,Toba,Samosir,Batubara,Karo,Tradisional}'),
 (8,'14111',70,'PCS','COUNT',1,100,5000,35000,250000,'{Konveksi,Garmen,Jahit}','{"Seragam Kerja","Kaos Sablon","Kemeja Batik","Seragam Sekolah","Wearpack Safety","Baju Kurung"}','{Medan,Binjai,Custom,Katun,Premium}'),
 (9,'31001',40,'PCS','COUNT',1,5,300,500000,9000000,'{Mebel,Furnitur,Kayu}','{"Meja Kayu Jati","Kursi Rotan","Lemari Kayu","Rak Kayu","Tempat Tidur Kayu"}','{Jati,Mahoni,Minimalis,Ukir,Rotan}'),
 (10,'01262',60,'TON','MASS',1000,5,300,2200000,3300000,'{"Kebun Sawit","Kelompok Tani Sawit"}','{"Tandan Buah Segar Sawit","TBS Kelapa Sawit","Brondolan Sawit"}','{Labuhanbatu,Asahan,Langkat,Plasma,Swadaya}'),
 (11,'01131',70,'KG','MASS',1,500,20000,5000,30000,'{"Kebun Sayur","Tani Sayur",Hortikultura}','{"Kol Kubis","Sawi Putih","Wortel","Kentang Granola","Tomat","Cabai Merah","Daun Bawang"}','{Karo,Berastagi,Simalungun,Segar,Organik}'),
 (12,'01270',40,'KG','MASS',1,200,10000,30000,90000,'{"Kebun Kopi","Tani Kopi"}','{"Kopi Gelondong Merah","Biji Kopi Asalan","Kopi Cherry"}','{Sidikalang,Lintong,Humbang,Karo,Arabika}'),
 (13,'03221',40,'KG','MASS',1,200,8000,25000,60000,'{"Kolam Ikan",Budidaya}','{"Ikan Nila Segar","Ikan Lele","Ikan Mas","Ikan Gurami","Bibit Ikan Nila"}','{Toba,Deli,Segar,Hidup}'),
 (14,'56101',80,'PORSI','SERVING',1,1000,20000,15000,60000,'{"Rumah Makan",Restoran,Warung}','{"Nasi Campur","Mie Gomak","Soto Medan","Nasi Padang","Ayam Penyet"}','{Medan,Batak,Melayu,Halal}'),
 (15,'56210',40,'PORSI','SERVING',1,1000,30000,15000,50000,'{Katering,"Jasa Boga"}','{"Katering Makan Siang Karyawan","Nasi Kotak Acara","Prasmanan Pesta","Snack Box Rapat"}','{Medan,Halal,Sehat,Harian}'),
 (16,'77100',25,'HARI','TIME',1,20,600,350000,1500000,'{"Rental Mobil","Sewa Mobil",Transport}','{"Sewa Mobil Avanza","Sewa Mobil dengan Sopir","Sewa Bus Karyawan","Sewa Pickup"}','{Medan,Harian,Bulanan,Lepas}'),
 (17,'38301',20,'TON','MASS',1000,1,100,3000000,9000000,'{"Pengepul Besi","Barang Bekas",Scrap}','{"Besi Tua","Scrap Logam","Aluminium Bekas","Tembaga Bekas"}','{Medan,Belawan,Campur,Bersih}'),
 (18,'38302',20,'TON','MASS',1000,1,80,1000000,4000000,'{"Daur Ulang","Bank Sampah"}','{"Plastik Bekas Cacah","Kardus Bekas","Botol PET Bekas","Kertas Bekas"}','{Medan,Press,Bersih,Sortir}'),
 (19,'10792',50,'PCS','COUNT',1,500,20000,1500,8000,'{"Kue Basah",Jajanan}','{"Kue Lapet","Lappet Batak","Onde-onde","Lemper Ayam","Kue Talam"}','{Batak,Medan,Pandan,Tradisional}'),
 (20,'20232',15,'PCS','COUNT',1,100,5000,15000,120000,'{Kosmetik,Herbal}','{"Minyak Kemiri","Sabun Sereh","Lulur Tradisional","Minyak Urut"}','{Karo,Alami,Herbal}'),
 (21,'10330',20,'LITER','VOLUME',1,100,5000,15000,60000,'{"Sari Buah",Minuman}','{"Sirup Markisa","Jus Terong Belanda","Sari Jeruk Berastagi","Sirup Jahe"}','{Berastagi,Karo,Segar,Asli}'),
 (22,'49431',25,'HARI','TIME',1,20,600,800000,3000000,'{Ekspedisi,Angkutan}','{"Angkutan Truk Barang","Jasa Angkut Container","Angkutan Colt Diesel"}','{Medan,Belawan,Antarkota}');
create temp table gen_pick as
select s.idx from gen_sector s, generate_series(1, s.weight);
create temp table gen_regency (code varchar(13), weight int);
insert into gen_regency values ('12.71',220),('12.07',170),('12.05',60),('12.08',55),('12.09',45),('12.18',40),('12.10',35),
 ('12.06',30),('12.75',25),('12.72',22),('12.76',15),('12.74',14),('12.02',18),('12.03',16),('12.01',18),('12.13',25),
 ('12.11',15),('12.12',12),('12.16',10),('12.17',8),('12.19',20),('12.22',15),('12.23',18),('12.20',12),('12.21',12),
 ('12.04',10),('12.14',10),('12.15',3),('12.24',6),('12.25',5),('12.73',8),('12.77',12),('12.78',8);
create temp table gen_regency_pick as select code from gen_regency r, generate_series(1, r.weight);
create temp table arrays as select
  (select array_agg(idx order by random()) from gen_pick) as sectors,
  (select array_agg(code order by random()) from gen_regency_pick) as regencies,
  '{UD,CV,Toko,Usaha,Kelompok,Koperasi,"Rumah Produksi",Sentra,Industri,Bengkel}'::text[] as prefixes,
  '{Sihombing,Siregar,Nasution,Lubis,Harahap,Simanjuntak,Sinaga,Tarigan,Ginting,Sembiring,Purba,Damanik,Saragih,Hutapea,Panjaitan,Pasaribu,Situmorang,Manurung,Rangkuti,Batubara,Gulo,Zebua,Lase,Telaumbanua,Wati,Sari,Indah,Jaya,Makmur,Berkah,Sejahtera,Mandiri,Bersama,Maju,Lestari,Barokah}'::text[] as names;

\echo '== accounts for UMKM owners'
-- One shared, unusable password hash: generated owners cannot log in ("{bcrypt}-" is no bcrypt hash, so every
-- password is wrong; an id the portal's encoder does not know, such as {noop}, would make the login fail with 500).
insert into account (email, password_hash, display_name, role, created_at)
select 'gen-umkm-' || g || '@gen.simitra.test', '{bcrypt}-', 'Pemilik ' || g, 'UMKM', now() - (random() * interval '900 days')
from generate_series(1, :umkm_count) g;

\echo '== UMKM'
create temp table gen_umkm as
select a.id as owner_id, a.n, s.idx as sector, s.kbli,
       a.prefixes[1 + (a.r1 * 10)::int % 10] || ' ' || s.core[1 + (a.r2 * 10)::int % cardinality(s.core)] || ' '
           || a.names[1 + (a.r3 * 36)::int % 36] as business_name,
       case when a.r4 < 0.7 then lpad((9120000000000 + a.n)::text, 13, '0') end as nib,
       a.regencies[1 + (a.r5 * cardinality(a.regencies))::int % cardinality(a.regencies)] as regency_code,
       'Usaha ' || lower(s.core[1]) || ' ' || s.traits[1 + (a.r2 * 5)::int % cardinality(s.traits)] || ' yang melayani pesanan rutin.' as description,
       a.capital, a.sales, a.created_at, a.r6
from (
    select acc.id, row_number() over (order by acc.id) as n, acc.created_at,
           random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
           -- 98.9 % micro or small, as in Sumut
           (case when random() < 0.93 then 20000000 + random() * 900000000 when random() < 0.95 then 1000000001 + random() * 3900000000 else 5000000001 + random() * 4900000000 end)::bigint as capital,
           (case when random() < 0.92 then 30000000 + random() * 1900000000 when random() < 0.95 then 2000000001 + random() * 12000000000 else 15000000001 + random() * 30000000000 end)::bigint as sales,
           arr.sectors, arr.regencies, arr.prefixes, arr.names, random() as pick
    from account acc, arrays arr
    where acc.email like 'gen-umkm-%'
) a
join gen_sector s on s.idx = a.sectors[1 + (a.pick * cardinality(a.sectors))::int % cardinality(a.sectors)];

alter table umkm disable trigger umkm_search_word;
alter table umkm disable trigger umkm_daily_count;
-- the search document is built once, with the products and certificates, below
alter table umkm disable trigger umkm_document_self;
insert into umkm (owner_id, business_name, owner_name, nib, regency_code, address, phone, description,
                  business_capital, annual_sales, size_class, size_class_by_sales, created_at, updated_at, verified_at)
select owner_id, business_name, 'Pemilik ' || n, nib, regency_code,
       'Jl. Generasi ' || (n % 500) || ' No. ' || (n % 97), '0812' || lpad((n % 100000000)::text, 8, '0'), description,
       capital, sales,
       case when capital <= 1000000000 then 'MIKRO' when capital <= 5000000000 then 'KECIL' when capital <= 10000000000 then 'MENENGAH' else 'BESAR' end,
       case when sales <= 2000000000 then 'MIKRO' when sales <= 15000000000 then 'KECIL' when sales <= 50000000000 then 'MENENGAH' else 'BESAR' end,
       created_at, created_at, case when r6 < 0.2 then created_at + interval '7 days' end
from gen_umkm order by owner_id;
alter table umkm enable trigger umkm_search_word;
alter table umkm enable trigger umkm_daily_count;
alter table umkm enable trigger umkm_document_self;
select umkm_daily_count_rebuild();

\echo '== UMKM KBLI codes (the sector code, some with a second one)'
create temp table gen_umkm_sector as
select u.id as umkm_id, g.sector as idx, g.kbli from gen_umkm g join umkm u on u.owner_id = g.owner_id;
create index on gen_umkm_sector (kbli, umkm_id);
analyze gen_umkm_sector;
-- the KBLI lexemes of the search documents (V79) are built once, with the documents, below
alter table umkm_kbli disable trigger umkm_kbli_document;
insert into umkm_kbli (umkm_id, kbli_code) select umkm_id, kbli from gen_umkm_sector;
insert into umkm_kbli (umkm_id, kbli_code)
select g.umkm_id, s.kbli from gen_umkm_sector g join gen_sector s on s.idx = 1 + (g.idx % 22)
where random() < 0.15 on conflict do nothing;
alter table umkm_kbli enable trigger umkm_kbli_document;

\echo '== products (~3.3 per UMKM)'
-- Bulk load: product's triggers (V64) would hand the search vocabulary and each UMKM's search document to umkm
-- once per product row; both are built once per UMKM after the insert instead.
alter table product disable trigger product_search_word;
alter table product disable trigger product_document;
alter table product disable trigger product_tally;
insert into product (umkm_id, name, description, kbli_code, unit, unit_kind, monthly_capacity, capacity_base,
                     minimum_order, price_min, price_max, created_at, updated_at)
select g.umkm_id,
       s.products[v.pi] || ' ' || s.traits[v.ti],
       'Produk ' || lower(s.products[v.pi]) || ' kualitas ' || (array['super','standar','ekspor','pilihan'])[v.qi]
           || ', dikemas rapi, siap kirim.',
       s.kbli, s.unit, s.unit_kind, v.cap, v.cap * s.factor, greatest(1, round(v.cap / 20)),
       v.pmin, v.pmin + round(v.pmin * 0.3), now(), now()
from gen_umkm_sector g
join gen_sector s on s.idx = g.idx
cross join lateral generate_series(1, 2 + (abs(hashint8(g.umkm_id)) % 10 < 3)::int + (abs(hashint8(g.umkm_id + 7)) % 10 < 3)::int
                                        + (abs(hashint8(g.umkm_id + 13)) % 10 < 1)::int) as k
-- hash-derived choices: per-row random() in a lateral subquery may be evaluated only once
cross join lateral (select abs(hashint8(g.umkm_id * 16 + k)) as h) hh
cross join lateral (select 1 + (hh.h % cardinality(s.products))::int as pi,
                           1 + ((hh.h / 7) % cardinality(s.traits))::int as ti,
                           1 + ((hh.h / 11) % 4)::int as qi,
                           round(s.cap_lo + ((hh.h / 13) % 1000) / 1000.0 * (s.cap_hi - s.cap_lo)) as cap,
                           round(s.price_lo + ((hh.h / 17) % 1000) / 1000.0 * (s.price_hi - s.price_lo), -2) as pmin) v;
alter table product enable trigger product_search_word;
alter table product enable trigger product_document;
alter table product enable trigger product_tally;
select product_tally_rebuild();

\echo '== search documents: the products part of each UMKM (product_document), in bulk'
-- The same parts product's trigger hands to umkm one UMKM at a time (V64 product_document,
-- umkm_document_products), built in one set-based statement: per UMKM, function calls cost ~1 ms each. The
-- documents themselves are built once, after the certificates (umkm_document_rebuild, below).
insert into umkm_product_document (umkm_id, doc)
select p.umkm_id, setweight(to_tsvector('indonesian', string_agg(p.name, ' ')), 'A')
                  || setweight(to_tsvector('indonesian', string_agg(coalesce(p.description, ''), ' ')), 'B')
from product p group by p.umkm_id
on conflict (umkm_id) do update set doc = excluded.doc;

\echo '== search vocabulary'
insert into search_word (word)
select distinct search_words_of(name || ' ' || coalesce(description, '')) from (select distinct name, description from product) p
on conflict do nothing;
insert into search_word (word)
select distinct search_words_of(business_name) from (select distinct business_name from umkm) u on conflict do nothing;

\echo '== certificates (about a third of UMKM; some expired)'
-- the certificate lexemes of the search documents (V79) are built once, with the documents, below
alter table umkm_certificate disable trigger umkm_certificate_document;
insert into umkm_certificate (umkm_id, type_code, number, issued_on, expires_on, issuer, status, created_at, updated_at)
select g.umkm_id, t.code,
       case t.code when 'HALAL' then 'ID' || lpad((g.umkm_id)::text, 14, '0') when 'PIRT' then lpad((206127100000000 + g.umkm_id)::text, 15, '0')
            when 'BPOM' then 'MD' || lpad(g.umkm_id::text, 12, '0') when 'NPWP' then lpad(g.umkm_id::text, 15, '0') else 'SNI-' || g.umkm_id end,
       d.issued, case when t.has_expiry then d.issued + interval '4 years' end, coalesce(t.default_issuer, 'Lembaga sertifikasi'),
       case when random() < 0.7 then 'VERIFIED' when random() < 0.9 then 'SUBMITTED' else 'REJECTED' end, now(), now()
from gen_umkm_sector g
cross join lateral (select code, has_expiry, default_issuer from certificate_type
                    where code = (array['HALAL','PIRT','NPWP','BPOM','SNI','HALAL'])[1 + floor(random() * 6)::int + (g.umkm_id * 0)]) t
-- "+ g.umkm_id * 0" makes the lateral depend on the row: an uncorrelated one is evaluated once, which gave every
-- certificate the same issue date (2023-12-03) and expiry, so none had expired
cross join lateral (select (date '2021-01-01' + (random() * 1800)::int + (g.umkm_id * 0)::int) as issued) d
where random() < 0.35;
alter table umkm_certificate enable trigger umkm_certificate_document;

\echo '== search documents of all UMKM, in one statement'
-- What umkm's triggers would have written row by row (V79): own part, products part, filter lexemes.
select umkm_document_rebuild();

\echo '== companies (14 k) and needs (50 k)'
insert into account (email, password_hash, display_name, role)
select 'gen-pt-' || g || '@gen.simitra.test', '{bcrypt}-', 'Pengadaan ' || g, 'COMPANY' from generate_series(1, 14000) g;
insert into company (owner_id, name, nib, sector, regency_code, address)
select a.id, 'PT Generasi ' || row_number() over (order by a.id), null,
       (array['Ritel modern','Perkebunan','Perhotelan','Manufaktur','Ekspor kopi','Logistik'])[1 + (a.id % 6)::int],
       (select regencies[1 + (a.id % cardinality(regencies))::int] from arrays), 'Kawasan Industri'
from account a where a.email like 'gen-pt-%';
-- Who may act for a company is company_member (issue 13, V87); its owner is the company's first administrator.
insert into company_member (company_id, account_id, role, joined_at)
select c.id, c.owner_id, 'ADMIN', c.created_at from company c join account a on a.id = c.owner_id
where a.email like 'gen-pt-%';
insert into need (company_id, title, description, kbli_code, quantity, unit, unit_kind, quantity_base, regency_code,
                  deadline, pattern, status)
select c.id, s.products[1 + (n % cardinality(s.products))] || ' untuk ' || lower(c.sector),
       'Kebutuhan rutin ' || lower(s.products[1]) || ' dengan pengiriman bulanan.', s.kbli,
       q, s.unit, s.unit_kind, q * s.factor, c.regency_code, current_date + (30 + n % 120),
       (array['RANTAI_PASOK','PERDAGANGAN_UMUM','SUBKONTRAK','INTI_PLASMA','PENYUMBERLUARAN'])[1 + (n % 5)],
       case when n % 10 = 0 then 'CLOSED' else 'OPEN' end
from (select c.*, n from company c cross join generate_series(1, 4) n) c
join gen_sector s on s.idx = 1 + ((c.id * 7 + c.n) % 22)
cross join lateral (select round(s.cap_lo * 2 + random() * s.cap_hi) as q) v
where (c.id + c.n) % 9 <> 0
limit 50000;
-- the search concepts of each need's title, which the portal computes when a need is saved (matching's need_match)
select count(need_match_refresh(n.id, n.title)) as needs_with_concepts from need n
where not exists (select 1 from need_match m where m.need_id = n.id);

\echo '== partnerships (a few thousand, all statuses)'
insert into partnership (need_id, company_id, umkm_id, pattern, object, estimated_value, start_date, end_date,
                         no_control_declared, status, regency_code)
select n.id, n.company_id, g.umkm_id, n.pattern, n.title, 50000000 + (n.id % 100) * 10000000, current_date,
       current_date + 365, true,
       (array['PROPOSED','ACCEPTED','DECLINED','SUBMITTED','APPROVED','REJECTED','ACTIVE','COMPLETED'])[1 + (n.id % 8)],
       (select regency_code from umkm where id = g.umkm_id)
from need n
join lateral (select umkm_id from gen_umkm_sector g where g.kbli = n.kbli_code order by g.umkm_id offset (n.id % 200) limit 1) g on true
where n.id % 10 = 1;

\echo '== statistics'
vacuum analyze account;
-- full: the search documents' bulk update above left the first version of every UMKM row behind
vacuum (full, analyze) umkm;
vacuum analyze umkm_kbli;
vacuum analyze product;
vacuum analyze umkm_certificate;
vacuum analyze search_word;
vacuum analyze need;
vacuum analyze need_match;
vacuum analyze company;
vacuum analyze partnership;
select (select count(*) from umkm) as umkm, (select count(*) from product) as products,
       (select count(*) from umkm_certificate) as certificates, (select count(*) from company) as companies,
       (select count(*) from need) as needs, (select count(*) from partnership) as partnerships,
       pg_size_pretty(pg_database_size(current_database())) as size;
