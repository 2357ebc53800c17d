package id.simitra.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import id.simitra.account.Role;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.MovableClock;
import id.simitra.support.TestDatabase;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 16 end to end in a real Chromium on a phone (360 x 740), with the harness of
 * {@link BrowserJourneyTest}: an UMKM offers on a company's need through the offer form
 * and the company accepts the offer; the proposal form opens prefilled from it (price,
 * quantity per month, lead time and the value price × quantity × 12 months, Rp 540
 * million); the company proposes, the UMKM accepts, the company uploads the agreement and
 * submits. The value is above the second-approval threshold (Rp 500 million): officer A
 * approves (FIRST_APPROVED, "Disetujui, menunggu persetujuan kedua"), cannot approve
 * again (no form, the page says why, a forged POST gets 403), and officer B gives the
 * final approval. The portal's clock ({@link MovableClock}) moves to the contract's start
 * date; the company starts it, the UMKM records a delivery and the page shows the
 * realised value; the company records a payment, the clock passes its due date, the page
 * warns of the late payment and the company marks it paid; the company completes the
 * partnership and rates the UMKM with a public comment, which the storefront shows with
 * the average and count to a visitor. Every page is checked with axe-core (no serious or
 * critical violation) and photographed under target/screenshots/contract/. The people and
 * the need come from {@link Fixtures} (their own pages are the main journey's). Skipped
 * without Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(MovableClock.Config.class)
class ContractJourneyTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final String MEDAN = "12.71";

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static String axeSource;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyService companies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	WebDriver driver;

	WebDriverWait wait;

	Path shots;

	int step;

	final List<String> violations = new ArrayList<>();

	@BeforeAll
	static void browserInstalled() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium or ChromeDriver is not installed: browser journeys skipped");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		try (InputStream in = ContractJourneyTest.class.getResourceAsStream("/axe/axe.min.js")) {
			axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@AfterEach
	void clockBack() {
		clock.reset();
	}

	@Test
	void anAcceptedOfferBecomesAFollowedContractAndARatingOnTheStorefront() throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=360,740");
		driver = new ChromeDriver(options);
		Path pdf = Files.createTempFile("perjanjian", ".pdf");
		try {
			((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
			wait = new WebDriverWait(driver, Duration.ofSeconds(20));
			shots = Path.of("target", "screenshots", "contract");
			Files.createDirectories(shots);
			try (var old = Files.list(shots)) {
				for (Path file : old.toList()) {
					Files.delete(file); // no pictures left from an earlier run
				}
			}
			Files.write(pdf, PDF);
			try {
				journey(pdf);
			}
			catch (RuntimeException | AssertionError e) {
				shot("failure");
				throw new AssertionError("at " + driver.getCurrentUrl() + ": " + e.getMessage(), e);
			}
		}
		finally {
			driver.quit();
			Files.deleteIfExists(pdf);
		}
		assertThat(violations).as("serious or critical accessibility violations, pages wider than 360 px").isEmpty();
	}

	private void journey(Path pdf) throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String companyName = "PT Kopi Kontrak " + tag;
		String umkmName = "Kopi Kontrak Dairi " + tag;
		String comment = "Kiriman tepat waktu, mutu sesuai contoh " + tag;

		// The people, as the main journey leaves them: a company of Medan with an open
		// need for 500 kg of roasted coffee a month, an UMKM of Medan roasting coffee,
		// two
		// officers of North Sumatra.
		String companyEmail = fixtures.accountEmail(Role.COMPANY);
		long companyId = companies
			.saveProfile(accountId(companyEmail), new CompanyProfile(companyName, null, "Ekspor kopi", MEDAN, null),
					null)
			.id();
		long needId = fixtures.need(companyId, "Kopi robusta sangrai " + tag, "10761", "500", Unit.KG, MEDAN, Map.of());
		String umkmEmail = fixtures.accountEmail(Role.UMKM);
		long umkmId = fixtures.umkmOwnedBy(accountId(umkmEmail), umkmName, MEDAN, "10761").id();
		fixtures.product(umkmId, "Robusta sangrai Dairi", "10761", Unit.KG, "800");
		String officerA = fixtures.officerEmail("12");
		String officerB = fixtures.officerEmail("12");
		LocalDate today = LocalDate.now(clock.withZone(WIB));

		// (a) The UMKM offers 500 kg a month at Rp 90.000 per kg through the offer form.
		login(umkmEmail);
		open("/umkm/kebutuhan/" + needId);
		click(driver.findElement(By.cssSelector("a[href$='/umkm/kebutuhan/" + needId + "/penawaran']")));
		expectPath("/umkm/kebutuhan/" + needId + "/penawaran");
		checkPage("offer-form");
		type("quantity", "500");
		assertThat(new Select(driver.findElement(By.id("unit"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("KG");
		type("unitPrice", "90.000");
		type("leadTimeDays", "7");
		setValue("validUntil", today.plusDays(14).toString());
		type("note", "Robusta Dairi sangrai sedang, kemasan 25 kg");
		submit("form[action$='/umkm/kebutuhan/" + needId + "/penawaran']");
		wait.until(d -> d.getCurrentUrl().matches(".*/umkm/penawaran/\\d+$"));
		String offerUrl = driver.getCurrentUrl();
		long offerId = Long.parseLong(offerUrl.substring(offerUrl.lastIndexOf('/') + 1));
		checkPage("offer-sent");
		logout();

		// (b) The company compares the offers and accepts this one on its confirmation
		// page.
		login(companyEmail);
		String offers = "/perusahaan/kebutuhan/" + needId + "/penawaran";
		open(offers);
		click(visible(By.cssSelector("a[href$='/perusahaan/penawaran/" + offerId + "/terima']")));
		expectPath("/perusahaan/penawaran/" + offerId + "/terima");
		checkPage("offer-accept-confirm");
		type("reason", "Harga dan waktu kirim sesuai");
		submit("form[action$='/penawaran/" + offerId + "/terima']");
		expectPath(offers);
		checkPage("offer-accepted");

		// (c) "Usulkan kemitraan" opens the proposal prefilled from the offer: Rp 90.000
		// per kg, 500 kg a month, 7 days, and 90.000 × 500 × 12 months = Rp 540.000.000.
		click(visible(By.cssSelector("a[href$='/perusahaan/kebutuhan/" + needId + "/usul/" + umkmId + "']")));
		expectPath("/perusahaan/kebutuhan/" + needId + "/usul/" + umkmId);
		checkPage("proposal-prefilled");
		assertThat(driver.findElement(By.id("from-offer")).isDisplayed()).isTrue();
		assertThat(value("unitPrice")).isEqualTo("90.000");
		assertThat(value("quantity")).isEqualTo("500");
		assertThat(value("leadTimeDays")).isEqualTo("7");
		assertThat(value("estimatedValue")).isEqualTo("540.000.000");
		LocalDate start = LocalDate.parse(value("startDate"));
		assertThat(LocalDate.parse(value("endDate"))).isEqualTo(start.plusYears(1).minusDays(1));
		// The value stays the offer's, above the Rp 500 million of a single approval.
		type("object", "Pasokan kopi robusta sangrai 500 kg per bulan");
		check("noControlDeclared");
		submit("form[action*='/usul/']");
		wait.until(d -> d.getCurrentUrl().matches(".*/kemitraan/\\d+$"));
		String partnershipUrl = driver.getCurrentUrl();
		String partnershipPath = partnershipUrl.replaceFirst("^https?://[^/]+", "");
		long partnershipId = Long.parseLong(partnershipUrl.substring(partnershipUrl.lastIndexOf('/') + 1));
		checkPage("proposed");
		assertThat(text("contract-price")).isEqualTo("Rp 90.000 per kg");
		assertThat(text("offer-unchanged")).isEqualTo("Sama dengan penawaran.");
		logout();

		// (d) The UMKM accepts; the company uploads the agreement and submits.
		login(umkmEmail);
		open(partnershipPath);
		submit(driver.findElement(By.cssSelector("form[action$='/tanggapan']")),
				By.cssSelector("button[name='approve'][value='true']"));
		expectPath(partnershipPath);
		checkPage("umkm-accepted");
		assertThat(text("partnership-status")).isEqualTo("Diterima UMKM");
		logout();
		login(companyEmail);
		open(partnershipPath + "/perjanjian");
		driver.findElement(By.id("document")).sendKeys(pdf.toAbsolutePath().toString());
		submit("form[action$='/perjanjian']");
		expectPath(partnershipPath + "/perjanjian");
		checkPage("agreement-uploaded");
		check("submit-declared");
		submit("form[action$='/kirim']");
		expectPath(partnershipPath);
		checkPage("submitted");
		assertThat(text("partnership-status")).isEqualTo("Diajukan ke Dinas");
		logout();

		// (e) Officer A approves: above the threshold that is the first of two approvals.
		login(officerA);
		open(partnershipPath);
		assertThat(driver.findElement(By.id("two-approvals")).isDisplayed()).isTrue();
		type("decision-reason", "Dokumen lengkap, nilai sesuai penawaran");
		submit(driver.findElement(By.cssSelector("form[action$='/keputusan']")),
				By.cssSelector("button[value='APPROVE']"));
		expectPath("/petugas");
		checkPage("first-approval");
		open(partnershipPath);
		assertThat(text("partnership-status")).isEqualTo("Disetujui, menunggu persetujuan kedua");
		// Officer A cannot approve again: no form, the page says why, and a forged POST
		// is refused.
		assertThat(driver.findElements(By.cssSelector("form[action$='/keputusan']"))).isEmpty();
		assertThat(text("first-approver")).startsWith("Anda sudah memberi persetujuan pertama.");
		assertThat(forgedApproval(partnershipId)).isEqualTo(403L);
		open(partnershipPath);
		assertThat(text("partnership-status")).isEqualTo("Disetujui, menunggu persetujuan kedua");
		logout();

		// Officer B gives the final approval.
		login(officerB);
		open(partnershipPath);
		assertThat(driver.findElement(By.id("second-approval")).isDisplayed()).isTrue();
		type("decision-reason", "Persetujuan kedua: sesuai");
		submit(driver.findElement(By.cssSelector("form[action$='/keputusan']")),
				By.cssSelector("button[value='APPROVE']"));
		expectPath("/petugas");
		open(partnershipPath);
		checkPage("second-approval");
		assertThat(text("partnership-status")).isEqualTo("Disetujui Dinas");
		logout();

		// (f) The contract's start date, in the morning: the company starts it without a
		// reason for starting early.
		moveTo(start, LocalTime.of(9, 0));
		login(companyEmail);
		open(partnershipPath);
		assertThat(driver.findElements(By.cssSelector("form[action$='/mulai'] textarea[name='reason']"))).isEmpty();
		submit("form[action$='/mulai']");
		expectPath(partnershipPath);
		checkPage("started");
		assertThat(text("partnership-status")).isEqualTo("Berjalan");
		logout();

		// (g) The UMKM records the first month's delivery; the page shows the realised
		// value against the contract.
		login(umkmEmail);
		open(partnershipPath);
		assertThat(text("no-deliveries")).isEqualTo("Belum ada pengiriman atau periode layanan yang dicatat.");
		setValue("deliveredOn", start.toString());
		type("delivery-value", "45.000.000");
		type("delivery-quantity", "500");
		type("delivery-note", "Pengiriman bulan pertama " + tag);
		submit("form[action$='/pengiriman']");
		expectPath(partnershipPath);
		checkPage("delivery-recorded");
		assertThat(text("realised-value"))
			.isEqualTo("Terealisasi Rp 45.000.000 dari nilai kontrak Rp 540.000.000 (8%)");
		assertThat(text("deliveries")).contains("Rp 45.000.000", "500 kg", "Pengiriman bulan pertama " + tag);
		logout();

		// (h) The company records the payment due in 14 days (tempo pembayaran), unpaid.
		login(companyEmail);
		open(partnershipPath);
		type("amount", "45.000.000");
		setValue("dueDate", start.plusDays(14).toString());
		type("payment-note", "Tagihan bulan pertama");
		submit("form[action$='/kemitraan/" + partnershipId + "/pembayaran']");
		expectPath(partnershipPath);
		checkPage("payment-recorded");
		assertThat(text("payments")).contains("Rp 45.000.000", "Belum jatuh tempo");
		assertThat(text("paid-value")).isEqualTo("Dibayar Rp 0 dari nilai kontrak Rp 540.000.000");
		logout();

		// Twenty days on the payment is late; the company marks it paid today.
		moveTo(start.plusDays(20), LocalTime.of(9, 0));
		login(companyEmail);
		open(partnershipPath);
		assertThat(text("late-payments")).startsWith("1 pembayaran terlambat");
		assertThat(text("payments")).contains("Terlambat");
		submit("form[action$='/pembayaran/lunas']");
		expectPath(partnershipPath);
		checkPage("payment-paid");
		assertThat(driver.findElements(By.id("late-payments"))).isEmpty();
		assertThat(text("paid-value")).isEqualTo("Dibayar Rp 45.000.000 dari nilai kontrak Rp 540.000.000");
		assertThat(text("payments")).contains("Lunas", "setelah jatuh tempo");

		// (i) The company completes the partnership on its confirmation page and rates
		// the
		// UMKM with a comment it allows to be public.
		click(driver.findElement(By.cssSelector("a[href$='/kemitraan/" + partnershipId + "/selesai']")));
		expectPath(partnershipPath + "/selesai");
		checkPage("complete-confirm");
		submit("form[action$='/selesai']");
		expectPath(partnershipPath);
		checkPage("completed");
		assertThat(text("partnership-status")).isEqualTo("Selesai");
		choose("score", "5");
		type("comment", comment);
		check("commentPublic");
		submit("form[action$='/nilai']");
		expectPath(partnershipPath);
		checkPage("rated");
		assertThat(text("ratings")).contains("5/5", comment);
		logout();

		// (j) A visitor reads the rating on the UMKM's storefront: average, count and the
		// comment with the company's name.
		open("/direktori/umkm/" + umkmId);
		assertThat(text("reviews-summary")).matches("5(,0)? dari 5 · 1 penilaian setelah kemitraan selesai");
		assertThat(text("reviews")).contains(comment, companyName);
	}

	/**
	 * Officer A's approval sent again by hand (with the session's CSRF token from the
	 * logout form): the HTTP status of the answer.
	 */
	private Object forgedApproval(long partnershipId) {
		long version = jdbc.sql("select version from partnership where id = ?")
			.param(partnershipId)
			.query(Long.class)
			.single();
		return ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const csrf = document.querySelector("form[action$='/keluar'] input[name='_csrf']").value;
				fetch('/kemitraan/' + arguments[0] + '/keputusan', {
				  method: 'POST', redirect: 'manual',
				  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				  body: new URLSearchParams({ _csrf: csrf, decision: 'APPROVE', version: String(arguments[1]) })
				}).then(r => done(r.status)).catch(e => done('failed: ' + e));
				""", partnershipId, version);
	}

	/** Moves the portal's clock to this WIB day and time. */
	private void moveTo(LocalDate day, LocalTime time) {
		clock.move(Duration.between(clock.instant(), ZonedDateTime.of(day, time, WIB).toInstant()));
	}

	/**
	 * The first of these elements a person sees (the offers page has a table and cards).
	 */
	private WebElement visible(By by) {
		return driver.findElements(by)
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow(() -> new AssertionError("nothing visible for " + by));
	}

	private String text(String id) {
		return driver.findElement(By.id(id)).getText().strip();
	}

	private String value(String id) {
		String value = driver.findElement(By.id(id)).getAttribute("value");
		return value == null ? "" : value;
	}

	/** Submits with this button of the form (a form with several). */
	private void submit(WebElement form, By button) {
		WebElement b = form.findElement(button);
		click(b);
		wait.until(d -> PageSwap.isGone(b));
	}

	private long accountId(String email) {
		return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
	}

	private void login(String email) throws IOException {
		open("/masuk");
		type("email", email);
		type("password", WebSession.PASSWORD);
		submit("form[action$='/masuk']");
		wait.until(d -> !d.getCurrentUrl().endsWith("/masuk"));
	}

	private void logout() {
		driver.manage().deleteAllCookies();
	}

	private void open(String path) throws IOException {
		driver.get("http://localhost:" + port + path);
		checkPage(path.substring(1).replace('/', '-'));
	}

	private void expectPath(String path) {
		wait.until(d -> d.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "").equals(path));
	}

	private void type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void choose(String id, String value) {
		new Select(driver.findElement(By.id(id))).selectByValue(value);
	}

	/** A radio button. */
	private void choose(String id) {
		WebElement radio = driver.findElement(By.id(id));
		click(radio);
		assertThat(radio.isSelected()).isTrue();
	}

	/**
	 * Date and time inputs take keys in the browser's locale format; set the ISO value as
	 * a script would.
	 */
	private void setValue(String id, String value) {
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))",
				driver.findElement(By.id(id)), value);
	}

	private void check(String id) {
		WebElement box = driver.findElement(By.id(id));
		if (!box.isSelected()) {
			click(box);
		}
		assertThat(box.isSelected()).isTrue();
	}

	private void click(WebElement element) {
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private void submit(String formSelector) {
		submit(driver.findElement(By.cssSelector(formSelector)));
	}

	private void submit(WebElement form) {
		WebElement button = form.findElement(By.cssSelector("button[type='submit']"));
		click(button);
		wait.until(d -> PageSwap.isGone(button));
	}

	/**
	 * Screenshot, then axe-core on the page as it stands: serious and critical violations
	 * are collected, and so is a page wider than the phone.
	 */
	@SuppressWarnings("unchecked")
	private void checkPage(String name) throws IOException {
		shot(name);
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
			js.executeScript(axeSource);
		}
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then(r => done(r.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' -> '
				      + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '))))
				  .catch(e => done(['axe failed: ' + e]));
				""");
		for (String v : (List<String>) result) {
			String line = driver.getCurrentUrl() + " " + v;
			System.out.println("[axe] " + line);
			violations.add(line);
		}
		// Wider than the phone, the page scrolls sideways and a phone zooms out: here a
		// click then landed on the button beside the one aimed at (officer B's "Setujui"
		// sent "Tolak" while the status badge overflowed).
		long width = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
		if (width > 360) {
			String line = driver.getCurrentUrl() + " is " + width + " px wide on a 360 px phone";
			System.out.println("[width] " + line);
			violations.add(line);
		}
	}

	private void shot(String name) throws IOException {
		step++;
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(shots.resolve(String.format("%02d-%s.png", step, name)), png);
	}

}
