package id.simitra.reporting;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import id.simitra.account.Role;
import id.simitra.reporting.internal.ExportService;
import id.simitra.support.Fixtures;
import id.simitra.support.TestDatabase;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 100,000-row CSV export through a real Tomcat, read by an HTTP client line by line:
 * the first rows arrive while the database cursor is still open, and the heap does not
 * grow with the export. The rows belong to an UMKM in Kabupaten Nias Utara (12.24), which
 * no other test uses, and are deleted afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Fixtures.class)
class ExportStreamingTest {

	static final int ROWS = 100_000;

	static final long HEAP_BOUND = 50L * 1024 * 1024;

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private Long umkmId;

	@AfterEach
	void removeGeneratedRows() {
		if (umkmId != null) {
			jdbc.sql("delete from partnership where umkm_id = :u").param("u", umkmId).update();
		}
	}

	@Test
	void hundredThousandRowsStreamInBoundedMemory() throws Exception {
		ReportFixture f = new ReportFixture(jdbc, fixtures);
		Long company = f.company("PT Ekspor Besar", "12.71");
		umkmId = fixtures.umkm("Pemasok Nias Utara", "12.24", "10761").id();
		// About 350 bytes a row, 35 MB in all: far more than the socket buffers between
		// server and client hold.
		jdbc.sql(
				"""
						insert into partnership (company_id, umkm_id, pattern, object, estimated_value, start_date, end_date,
						                         no_control_declared, status, regency_code)
						select :company, :umkm, 'RANTAI_PASOK', 'Pasokan kopi bubuk nomor ' || g || ', ' || repeat('dikemas 1 kg ', 10),
						       1000000 + g, current_date, current_date + 365, true, 'PROPOSED',
						       (select regency_code from umkm where id = :umkm)
						from generate_series(1, :rows) g
						""")
			.param("company", company)
			.param("umkm", umkmId)
			.param("rows", ROWS)
			.update();
		logIn(fixtures.officerEmail("12"));

		long before = usedHeapAfterGc();
		long started = System.nanoTime();
		HttpResponse<InputStream> response = http.send(
				HttpRequest.newBuilder(uri("/petugas/laporan/ekspor/kemitraan.csv?kabupaten=12.24")).GET().build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.matches("attachment; filename=\"simitra-kemitraan-12\\.24-\\d{8}-\\d{8}-diunduh-\\d{8}\\.csv\"");
		long lines;
		long during;
		long firstRowMillis;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			assertThat(reader.readLine()).startsWith("\uFEFFid kemitraan,status,");
			assertThat(reader.readLine()).contains("Pasokan kopi bubuk nomor ");
			firstRowMillis = (System.nanoTime() - started) / 1_000_000;
			lines = 1;
			while (lines < 1_000) {
				reader.readLine();
				lines++;
			}
			// The client has stopped reading: the server is blocked writing, its cursor
			// still open in the
			// database, and whatever it holds on the heap now is what a streaming export
			// costs.
			Thread.sleep(300);
			assertThat(exportCursorsOpen()).as("export statement still reading from its cursor").isEqualTo(1);
			during = usedHeapAfterGc() - before;
			while (reader.readLine() != null) {
				lines++;
			}
		}
		long totalMillis = (System.nanoTime() - started) / 1_000_000;
		long after = usedHeapAfterGc() - before;
		System.out.printf(
				"Export of %,d rows: first row after %d ms, all after %d ms; heap growth mid-export %,d bytes, after %,d bytes%n",
				lines, firstRowMillis, totalMillis, during, after);

		assertThat(lines).isEqualTo(ROWS);
		assertThat(during).isLessThan(HEAP_BOUND);
		assertThat(after).isLessThan(HEAP_BOUND);
		assertThat(exportCursorsOpen()).isZero();
	}

	private long exportCursorsOpen() {
		return jdbc.sql("""
				select count(*) from pg_stat_activity
				where pid <> pg_backend_pid() and query like :marker and state in ('active', 'idle in transaction')
				""").param("marker", "%" + ExportService.PARTNERSHIP_MARKER + "%").query(Long.class).single();
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		Runtime rt = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return rt.totalMemory() - rt.freeMemory();
	}

	private void logIn(String email) throws Exception {
		Matcher csrf = CSRF_FIELD.matcher(
				http.send(HttpRequest.newBuilder(uri("/masuk")).GET().build(), HttpResponse.BodyHandlers.ofString())
					.body());
		assertThat(csrf.find()).isTrue();
		String form = "email=" + enc(email) + "&password=" + enc(WebSession.PASSWORD) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/masuk"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/dasbor");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
