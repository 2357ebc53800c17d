package id.simitra.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.support.TestDatabase;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The main journey in a real Chromium, on a phone and on a laptop screen: an UMKM owner
 * and a company register through the forms, the company finds the UMKM ranked with its
 * reasons and proposes, the UMKM accepts, the company uploads the agreement and submits,
 * and the officer of North Sumatra approves. Every visited page is checked with axe-core
 * (no serious or critical violation) and photographed under
 * target/screenshots/&lt;viewport&gt;/. Skipped when Chromium or ChromeDriver is not
 * installed (docs/testing.md "Browser tests").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class BrowserJourneyTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final String KBLI = "10761 — Industri Pengolahan Kopi";

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static String axeSource;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

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
		try (InputStream in = BrowserJourneyTest.class.getResourceAsStream("/axe/axe.min.js")) {
			axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "360x740", "1366x768" })
	void umkmAndCompanyReachAnApprovedPartnership(String viewport) throws Exception {
		inBrowser(viewport, viewport, this::journey);
	}

	/**
	 * Issue 15 on a phone: an UMKM enters a halal certificate without expiry and a P-IRT
	 * number as printed (with its hyphen), an NPWP without issue date; a company asks for
	 * halal and (P-IRT or BPOM); the UMKM, holding P-IRT and not BPOM, is ranked.
	 */
	@Test
	void permitRulesWorkThroughTheForms() throws Exception {
		inBrowser("360x740", "permits", this::permitJourney);
	}

	interface Journey {

		void run() throws Exception;

	}

	/**
	 * Runs a journey in a fresh headless Chromium of this size, photographed under
	 * target/screenshots/{@code folder}; fails on serious or critical axe violations.
	 */
	private void inBrowser(String viewport, String folder, Journey journey) throws Exception {
		String[] size = viewport.split("x");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + size[0] + "," + size[1]);
		driver = new ChromeDriver(options);
		try {
			int width = Integer.parseInt(size[0]);
			// The page itself gets exactly this viewport (the headless window keeps some
			// room for its own frame).
			((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
					"height", Integer.parseInt(size[1]), "deviceScaleFactor", 1, "mobile", width < 576));
			wait = new WebDriverWait(driver, Duration.ofSeconds(10));
			shots = Path.of("target", "screenshots", folder);
			Files.createDirectories(shots);
			try (var old = Files.list(shots)) {
				for (Path file : old.toList()) {
					Files.delete(file); // no pictures left from an earlier run
				}
			}
			try {
				journey.run();
			}
			catch (RuntimeException | AssertionError e) {
				shot("failure");
				throw new AssertionError("at " + driver.getCurrentUrl() + ": " + e.getMessage(), e);
			}
		}
		finally {
			driver.quit();
		}
		assertThat(violations).as("serious or critical accessibility violations at " + viewport).isEmpty();
	}

	private void permitJourney() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String businessName = "Keripik Halal Deli " + tag;
		String umkmEmail = WebSession.uniqueEmail("umkm");
		register(umkmEmail, "Rina Siregar", "role-umkm");
		login(umkmEmail);
		open("/umkm/profil");
		type("businessName", businessName);
		type("ownerName", "Rina Siregar");
		type("kbli-0", "10794");
		choose("regencyCode", "12.71");
		type("address", "Jl. Gatot Subroto 5, Medan");
		type("phone", "0812-6000-2222");
		type("description", "Keripik singkong dan pisang kemasan");
		type("businessCapital", "Rp 150.000.000");
		type("annualSales", "600.000.000");
		submit("form[action$='/umkm/profil']");
		expectPath("/umkm");

		open("/umkm/produk/baru");
		type("name", "Keripik Singkong Balado Kemasan");
		type("description", "Keripik singkong balado, kemasan 200 gram");
		type("kbli", "10794");
		choose("unit", "BUNGKUS");
		type("monthlyCapacity", "6000");
		type("minimumOrder", "100");
		type("priceMin", "12.000");
		type("priceMax", "15.000");
		submit("form[action$='/umkm/produk/baru']");
		expectPath("/umkm/produk");

		Path pdf = Files.createTempFile("sertifikat", ".pdf");
		Files.write(pdf, PDF);
		// a halal certificate issued since 2022: no expiry date, number as printed
		open("/umkm/sertifikat/baru?jenis=HALAL");
		assertThat(driver.findElement(By.id("expiresOn")).getAttribute("required")).isNull();
		assertThat(driver.getPageSource()).contains("terbit sejak 2022");
		type("number", "No. ID 0021 0012345 670824");
		setValue("issuedOn", "2024-08-01");
		driver.findElement(By.id("document")).sendKeys(pdf.toAbsolutePath().toString());
		submit("form[action$='/umkm/sertifikat/baru']");
		expectPath("/umkm/sertifikat");
		// P-IRT with the hyphen before its expiry year, as printed on the label
		open("/umkm/sertifikat/baru?jenis=PIRT");
		type("number", "P-IRT No. 206127101002024-29");
		setValue("issuedOn", "2024-03-01");
		setValue("expiresOn", LocalDate.now().plusYears(3).toString());
		driver.findElement(By.id("document")).sendKeys(pdf.toAbsolutePath().toString());
		submit("form[action$='/umkm/sertifikat/baru']");
		expectPath("/umkm/sertifikat");
		// an NPWP card shows no issue date
		open("/umkm/sertifikat/baru?jenis=NPWP");
		type("number", "01.234.567.8-123.000");
		driver.findElement(By.id("document")).sendKeys(pdf.toAbsolutePath().toString());
		submit("form[action$='/umkm/sertifikat/baru']");
		expectPath("/umkm/sertifikat");
		checkPage("umkm-certificates");
		assertThat(driver.getPageSource()).contains("ID00210012345670824", "20612710100202429", "Tidak tercantum");
		Files.deleteIfExists(pdf);
		logout();
		// The officer's verification has its own journey; here its result.
		jdbc.sql("""
				update umkm_certificate set status = 'VERIFIED', reviewed_at = now()
				where umkm_id = (select id from umkm where business_name = ?)
				""").param(businessName).update();

		String companyEmail = WebSession.uniqueEmail("pt");
		register(companyEmail, "Dewi Lubis", "role-company");
		login(companyEmail);
		open("/perusahaan/profil");
		type("name", "PT Ritel Swalayan Uji " + tag);
		type("sector", "Ritel modern");
		choose("regencyCode", "12.71");
		type("address", "Jl. Sudirman 1, Medan");
		submit("form[action$='/perusahaan/profil']");
		expectPath("/perusahaan");
		open("/perusahaan/kebutuhan/baru");
		type("title", "Keripik singkong kemasan " + tag);
		type("description", "Untuk rak swalayan, kemasan 200 gram");
		type("kbli", "10794");
		type("quantity", "5000");
		choose("unit", "BUNGKUS");
		choose("regencyCode", "12.71");
		setValue("deadline", LocalDate.now().plusDays(30).toString());
		choose("pattern", "PERDAGANGAN_UMUM");
		// halal, and P-IRT or BPOM
		choose("cert-HALAL", "HALAL:W1");
		choose("cert-PIRT", "PIRT:W2");
		choose("cert-BPOM", "BPOM:W2");
		shot("need-either-or");
		submit("form[action$='/perusahaan/kebutuhan/baru']");
		wait.until(d -> d.getCurrentUrl().matches(".*/perusahaan/kebutuhan/\\d+$"));
		checkPage("need-either-or-candidates");
		assertThat(driver.findElement(By.cssSelector(".required-certificates")).getText())
			.isEqualTo("Wajib: HALAL dan (BPOM atau PIRT).");
		assertThat(driver.findElements(By.cssSelector("li.candidate"))
			.stream()
			.map(WebElement::getText)
			.anyMatch(t -> t.contains(businessName))).as("ranked with halal and P-IRT, without BPOM").isTrue();
		String editUrl = driver.getCurrentUrl() + "/ubah";
		driver.get(editUrl);
		checkPage("need-either-or-edit");
		assertThat(new Select(driver.findElement(By.id("cert-BPOM"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("BPOM:W2");
	}

	private void journey() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String businessName = "Kopi Sidikalang Purba " + tag;

		// (a) The UMKM owner registers, logs in, fills in the business profile and lists
		// a product.
		String umkmEmail = WebSession.uniqueEmail("umkm");
		register(umkmEmail, "Sondang Purba", "role-umkm");
		login(umkmEmail);
		open("/umkm/profil");
		type("businessName", businessName);
		type("ownerName", "Sondang Purba");
		WebElement kbli = driver.findElement(By.id("kbli-0"));
		kbli.clear();
		kbli.sendKeys("kopi");
		// The datalist offers the subclass for the word typed; a native popup cannot be
		// clicked, so type its value.
		assertThat(driver.findElements(By.cssSelector("#kbli-options option"))
			.stream()
			.map(o -> o.getAttribute("value"))
			.toList()).contains(KBLI);
		shot("umkm-profile-kbli");
		kbli.clear();
		kbli.sendKeys(KBLI, Keys.TAB);
		choose("regencyCode", "12.11");
		type("address", "Jl. Sisingamangaraja 12, Sidikalang");
		type("phone", "0812-6000-1111");
		type("description", "Pengolahan kopi robusta dan arabika Dairi");
		type("businessCapital", "Rp 250.000.000");
		type("annualSales", "900.000.000");
		submit("form[action$='/umkm/profil']");
		expectPath("/umkm");
		checkPage("umkm-dashboard");
		assertThat(driver.getPageSource()).contains("Usaha mikro");

		open("/umkm/produk/baru");
		type("name", "Biji Kopi Robusta Sangrai");
		type("description", "Kopi robusta Sidikalang sangrai sedang, kemasan 25 kg");
		type("kbli", "10761");
		choose("unit", "KG");
		type("monthlyCapacity", "1500");
		type("minimumOrder", "50");
		type("priceMin", "85.000");
		type("priceMax", "95.000");
		submit("form[action$='/umkm/produk/baru']");
		expectPath("/umkm/produk");
		checkPage("umkm-products");
		logout();

		// The directory finds the new business in place: htmx (data-hx-* attributes)
		// swaps the results and pushes the
		// search into the address bar, without loading a new page (the marker set on this
		// page survives).
		open("/direktori");
		JavascriptExecutor js = (JavascriptExecutor) driver;
		wait.until(d -> Boolean.TRUE.equals(js.executeScript("return typeof window.htmx !== 'undefined'")));
		js.executeScript("window.simitraSamePage = true");
		type("q", businessName);
		click(driver.findElement(By.cssSelector("#directory-form button[type='submit']")));
		wait.until(d -> d.getCurrentUrl().contains("q="));
		// Read in the page in one go: htmx may replace #results between finding it and
		// reading it (stale element).
		wait.until(d -> Boolean.TRUE.equals(js.executeScript(
				"const r = document.getElementById('results'); return r !== null && r.textContent.includes(arguments[0])",
				businessName)));
		assertThat(js.executeScript("return window.simitraSamePage === true")).as("results swapped in place")
			.isEqualTo(true);
		checkPage("directory-search");

		// (b) The company registers, fills in its profile, posts a need and proposes to
		// the ranked UMKM.
		String companyEmail = WebSession.uniqueEmail("pt");
		register(companyEmail, "Budi Santoso", "role-company");
		login(companyEmail);
		open("/perusahaan/profil");
		type("name", "PT Ekspor Kopi Uji " + tag);
		type("sector", "Ekspor kopi");
		choose("regencyCode", "12.71");
		type("address", "Kawasan Industri Medan");
		submit("form[action$='/perusahaan/profil']");
		expectPath("/perusahaan");
		checkPage("company-dashboard");

		open("/perusahaan/kebutuhan/baru");
		type("title", "Biji kopi robusta sangrai " + tag);
		type("description", "Untuk ekspor, kadar air maksimal 12 persen");
		type("kbli", KBLI);
		type("quantity", "2");
		choose("unit", "TON");
		choose("regencyCode", "12.71");
		setValue("deadline", LocalDate.now().plusDays(30).toString());
		choose("pattern", "RANTAI_PASOK");
		submit("form[action$='/perusahaan/kebutuhan/baru']");
		wait.until(d -> d.getCurrentUrl().matches(".*/perusahaan/kebutuhan/\\d+$"));
		checkPage("need-candidates");
		WebElement candidate = driver.findElements(By.cssSelector("li.candidate"))
			.stream()
			.filter(c -> c.getText().contains(businessName))
			.findFirst()
			.orElseThrow(() -> new AssertionError("candidate " + businessName + " not ranked"));
		assertThat(candidate.getText()).contains("Sama kelompok KBLI 10761");
		// The weaker factors wait behind "Rincian faktor lainnya" (issue 16); a person
		// opens it to read them.
		click(candidate.findElement(By.cssSelector("details.factors-more > summary")));
		assertThat(candidate.getText()).contains("Kapasitas 75 % dari kebutuhan per bulan");
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({behavior: 'instant'})", candidate);
		shot("candidate-with-reasons");
		click(candidate.findElement(By.cssSelector("a[href*='/usul/']")));
		wait.until(d -> d.getCurrentUrl().contains("/usul/"));
		checkPage("propose-form");
		choose("pattern", "RANTAI_PASOK");
		type("object", "Pasokan kopi robusta sangrai 1,5 ton per bulan");
		type("estimatedValue", "Rp 1.620.000.000");
		setValue("startDate", LocalDate.now().plusDays(30).toString());
		setValue("endDate", LocalDate.now().plusDays(395).toString());
		check("noControlDeclared");
		submit("form[action*='/usul/']");
		wait.until(d -> d.getCurrentUrl().matches(".*/kemitraan/\\d+$"));
		String partnershipUrl = driver.getCurrentUrl();
		checkPage("partnership-proposed");
		logout();

		// (c) The UMKM accepts on the partnership page.
		login(umkmEmail);
		// The proposal is a notification: its unread count shows without opening the menu
		// (on a phone beside the menu button), and the list passes axe (the "Buka"
		// button's
		// contrast).
		open("/notifikasi");
		wait.until(d -> {
			if (d.getPageSource().contains("mengusulkan kemitraan")) {
				return true;
			}
			d.navigate().refresh();
			return false;
		});
		checkPage("notifications");
		List<WebElement> menuButton = driver.findElements(By.cssSelector(".navbar-toggler"));
		WebElement unread = !menuButton.isEmpty() && menuButton.get(0).isDisplayed()
				? driver.findElement(By.id("nav-unread-phone")) : driver.findElement(By.id("nav-notifications"));
		assertThat(unread.isDisplayed()).isTrue();
		assertThat(unread.getText()).containsPattern("[1-9]");
		open("/umkm/kemitraan");
		assertThat(driver.getPageSource()).contains("Pasokan kopi robusta sangrai");
		checkPage("umkm-partnerships");
		driver.get(partnershipUrl);
		checkPage("umkm-partnership");
		click(driver.findElement(By.cssSelector("form[action$='/tanggapan'] button[name='approve'][value='true']")));
		wait.until(d -> d.getCurrentUrl().equals(partnershipUrl));
		checkPage("umkm-accepted");
		logout();

		// (d) The company uploads the signed agreement and submits; the officer of North
		// Sumatra approves.
		login(companyEmail);
		driver.get(partnershipUrl + "/perjanjian");
		checkPage("agreement");
		Path pdf = Files.createTempFile("perjanjian", ".pdf");
		Files.write(pdf, PDF);
		driver.findElement(By.id("document")).sendKeys(pdf.toAbsolutePath().toString());
		submit("form[action$='/perjanjian']");
		wait.until(d -> d.getCurrentUrl().endsWith("/perjanjian"));
		checkPage("agreement-uploaded");
		check("submit-declared"); // already ticked when the proposal declared it
		submit("form[action$='/kirim']");
		wait.until(d -> d.getCurrentUrl().equals(partnershipUrl));
		checkPage("submitted");
		logout();

		String officerEmail = WebSession.uniqueEmail("petugas");
		Long officerId = accounts.create(officerEmail, WebSession.PASSWORD, "Petugas Uji", Role.OFFICER).id();
		jdbc.sql("update account set province_code = '12' where id = ?").param(officerId).update();
		login(officerEmail);
		assertThat(driver.getPageSource()).contains("Pasokan kopi robusta sangrai");
		driver.get(partnershipUrl);
		checkPage("officer-review");
		type("decision-reason", "Dokumen lengkap, pola rantai pasok sesuai");
		click(driver.findElement(By.cssSelector("form[action$='/keputusan'] button[value='APPROVE']")));
		wait.until(d -> d.getCurrentUrl().endsWith("/petugas"));
		checkPage("officer-approved");
		// Rp 1.62 billion is above the Rp 500 million of maker-checker (issue 16): a
		// second officer of the province gives the final approval.
		driver.get(partnershipUrl);
		assertThat(driver.getPageSource()).contains("Disetujui, menunggu persetujuan kedua");
		logout();
		String secondOfficerEmail = WebSession.uniqueEmail("petugas");
		Long secondOfficerId = accounts.create(secondOfficerEmail, WebSession.PASSWORD, "Petugas Kedua", Role.OFFICER)
			.id();
		jdbc.sql("update account set province_code = '12' where id = ?").param(secondOfficerId).update();
		login(secondOfficerEmail);
		driver.get(partnershipUrl);
		checkPage("second-officer-review");
		type("decision-reason", "Diperiksa petugas kedua: nilai kontrak sesuai penawaran");
		click(driver.findElement(By.cssSelector("form[action$='/keputusan'] button[value='APPROVE']")));
		wait.until(d -> d.getCurrentUrl().endsWith("/petugas"));
		driver.get(partnershipUrl);
		assertThat(driver.getPageSource()).contains("Disetujui Dinas");
		checkPage("approved");
		Files.deleteIfExists(pdf);
	}

	private void register(String email, String name, String roleId) throws IOException {
		open("/daftar");
		click(driver.findElement(By.id(roleId)));
		type("displayName", name);
		type("email", email);
		type("password", WebSession.PASSWORD);
		type("passwordConfirm", WebSession.PASSWORD);
		submit("form[action$='/daftar']");
		expectPath("/masuk");
		checkPage("registered");
	}

	private void login(String email) throws IOException {
		open("/masuk");
		type("email", email);
		type("password", WebSession.PASSWORD);
		submit("form[action$='/masuk']");
		wait.until(d -> !d.getCurrentUrl().endsWith("/masuk"));
		checkPage("logged-in");
		// On a phone the menu is collapsed behind the toggler.
		List<WebElement> toggler = driver.findElements(By.cssSelector(".navbar-toggler"));
		if (!toggler.isEmpty() && toggler.get(0).isDisplayed()) {
			toggler.get(0).click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#nav-main.show")));
			shot("menu-open");
		}
		assertThat(driver.findElement(By.cssSelector("#nav-main")).isDisplayed()).isTrue();
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
		if (field.getAttribute("list") != null) {
			field.sendKeys(Keys.TAB); // closes the datalist popup, which would cover the
										// buttons below
		}
	}

	private void choose(String id, String value) {
		new Select(driver.findElement(By.id(id))).selectByValue(value);
	}

	/**
	 * Date inputs take keys in the browser's locale format; set the ISO value as a script
	 * would.
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
		WebElement form = driver.findElement(By.cssSelector(formSelector));
		WebElement button = form.findElement(By.cssSelector("button[type='submit']"));
		click(button);
		wait.until(d -> PageSwap.isGone(button));
	}

	/**
	 * Screenshot, then axe-core on the page as it stands: serious and critical violations
	 * are collected.
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
	}

	private void shot(String name) throws IOException {
		step++;
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(shots.resolve(String.format("%02d-%s.png", step, name)), png);
	}

}
