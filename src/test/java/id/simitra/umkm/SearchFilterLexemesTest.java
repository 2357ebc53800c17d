package id.simitra.umkm;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.simitra.account.Role;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's filter values in umkm's search document (V79: {@code ~r} regency,
 * {@code ~p} province, {@code ~z} size class, {@code ~v} verified, {@code ~k} KBLI
 * prefixes, {@code ~s} KBLI section, {@code ~c} kinds of verified certificate, {@code ~b}
 * and {@code ~B} buckets) follow every change umkm's and product's triggers must see,
 * through the services as the portal makes them and through plain SQL; and every document
 * equals what the bulk rebuild (bench/generate.sql) writes.
 */
@SimitraTest
class SearchFilterLexemesTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	UmkmService umkms;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void filterLexemesFollowProfileKbliCertificatesAndVerification() {
		Long owner = fixtures.account(Role.UMKM);
		long id = profile(owner, "12.71", 300_000_000L, "10761").id();
		assertThat(filters(id)).containsExactlyElementsOf(
				sorted(buckets(id), "~ k10", "~ k107", "~ k1076", "~ k10761", "~ p12", "~ r12.71", "~ sC", "~ zMIKRO"));

		// another activity, another regency and a larger capital, saved as the owner does
		profile(owner, "12.12", 3_000_000_000L, "10761", "01262");
		assertThat(filters(id)).containsExactlyElementsOf(sorted(buckets(id), "~ k01", "~ k012", "~ k0126", "~ k01262",
				"~ k10", "~ k107", "~ k1076", "~ k10761", "~ p12", "~ r12.12", "~ sA", "~ sC", "~ zKECIL"));
		profile(owner, "12.12", 3_000_000_000L, "01262");
		assertThat(filters(id)).doesNotContain("~ k10761", "~ k10", "~ sC").contains("~ k01262", "~ sA");

		// certificates: only verified ones, of any expiry (the directory checks the date)
		fixtures.certificate(id, "HALAL", LocalDate.now().minusDays(3));
		jdbc.sql("""
				insert into umkm_certificate (umkm_id, type_code, number, issued_on, expires_on, issuer, status)
				values (?, 'PIRT', '206127101002024', current_date - 100, current_date + 900, 'Dinkes', 'SUBMITTED')
				""").param(id).update();
		assertThat(filters(id)).contains("~ cHALAL").doesNotContain("~ cPIRT");
		jdbc.sql("update umkm_certificate set status = 'VERIFIED' where umkm_id = ? and type_code = 'PIRT'")
			.param(id)
			.update();
		assertThat(filters(id)).contains("~ cHALAL", "~ cPIRT");
		jdbc.sql("update umkm_certificate set status = 'REJECTED' where umkm_id = ? and type_code = 'HALAL'")
			.param(id)
			.update();
		assertThat(filters(id)).contains("~ cPIRT").doesNotContain("~ cHALAL");
		jdbc.sql("delete from umkm_certificate where umkm_id = ? and type_code = 'PIRT'").param(id).update();
		assertThat(filters(id)).noneMatch(l -> l.startsWith("~ c"));

		// verification granted and withdrawn
		fixtures.verify(id);
		assertThat(filters(id)).contains("~ v");
		jdbc.sql("update umkm set verified_at = null where id = ?").param(id).update();
		assertThat(filters(id)).doesNotContain("~ v");

		// a product (product's trigger hands its part over) and a rename keep the
		// filters,
		// and the words stay searchable
		fixtures.product(id, "Kopi Gelondong Lintong", "01262", Unit.KG, "500");
		profile(owner, "12.12", 3_000_000_000L, "01262");
		assertThat(filters(id)).contains("~ k01262", "~ r12.12", "~ zKECIL");
		assertThat(matches(id, "'gelondong' & '~ k01262' & '~ r12.12'")).isTrue();
		assertThat(matches(id, "'gelondong' & '~ r12.71'")).isFalse();
		assertThat(documentIsKept(id)).isTrue();
	}

	@Test
	void textNeverMakesAFilterLexeme() {
		// names, descriptions and products go through these parsers: a token may begin
		// with
		// '~' ("~k10761" is a file name to the parser), but never holds a space
		long id = fixtures.umkm("~k10761 ~v ~r12.71 ~ v ~ r12.71 ~cHALAL", "12.07", "10794").id();
		fixtures.product(id, "~ k10761 ~v", "10794", Unit.KG, "10");
		assertThat(filters(id)).doesNotContain("~ k10761", "~ v", "~ r12.71", "~ cHALAL").contains("~ r12.07");
		List<String> lexemes = jdbc.sql("""
				select unnest(tsvector_to_array(to_tsvector('indonesian', :t) || to_tsvector('simple', :t)))
				""").param("t", "~ k10761 ~v ~cHALAL ~r12.71 ~ zMIKRO ~b0 k10761").query(String.class).list();
		assertThat(lexemes).isNotEmpty().noneMatch(l -> l.contains(" "));
	}

	@Test
	void everyDocumentIsWhatTheBulkRebuildWrites() {
		long id = fixtures.umkm("Rebuild Uji", "12.07", "10794", "56101").id();
		fixtures.certificate(id, "HALAL", LocalDate.now().plusYears(1));
		fixtures.product(id, "Keripik Balado", "10794", Unit.KG, "50");
		String kept = documents();
		assertThat(jdbc.sql("""
				select count(*) from umkm u
				where u.doc is distinct from umkm_document_of(u.id, u.business_name, u.description, u.regency_code,
				                                              u.size_class, u.verified_at is not null)
				""").query(Long.class).single()).isZero();
		// the rebuild in a transaction that is rolled back: it writes the same documents
		String rebuilt = transactions.execute(status -> {
			jdbc.sql("select count(*) from (select umkm_document_rebuild()) x").query(Long.class).single();
			String after = documents();
			status.setRollbackOnly();
			return after;
		});
		assertThat(rebuilt).isEqualTo(kept);
	}

	private UmkmView profile(Long owner, String regency, long capital, String... kbli) {
		return umkms.saveProfile(owner, new UmkmProfile("Filter Uji " + owner, "Pemilik Uji", null, List.of(kbli),
				regency, "Jl. Uji 2", "081260002222", null, capital, capital), null);
	}

	private List<String> filters(long id) {
		return jdbc.sql("""
				select l.lexeme from umkm u cross join unnest(u.doc) l where u.id = ? and l.lexeme like '~ %'
				order by l.lexeme collate "C"
				""").param(id).query(String.class).list();
	}

	private boolean matches(long id, String tsquery) {
		return jdbc.sql("select doc @@ cast(? as tsquery) from umkm where id = ?")
			.params(tsquery, id)
			.query(Boolean.class)
			.single();
	}

	private boolean documentIsKept(long id) {
		return jdbc.sql("""
				select u.doc = umkm_document_of(u.id, u.business_name, u.description, u.regency_code, u.size_class,
				                                u.verified_at is not null)
				from umkm u where u.id = ?
				""").param(id).query(Boolean.class).single();
	}

	private String documents() {
		return jdbc.sql("select md5(string_agg(id || ' ' || doc::text, ',' order by id)) from umkm")
			.query(String.class)
			.single();
	}

	private static List<String> buckets(long id) {
		return List.of("~ B" + (id / 1024) % 16, "~ b" + (id / 64) % 256);
	}

	private static List<String> sorted(List<String> first, String... more) {
		List<String> all = new java.util.ArrayList<>(first);
		all.addAll(List.of(more));
		all.sort(java.util.Comparator.naturalOrder());
		return all;
	}

}
