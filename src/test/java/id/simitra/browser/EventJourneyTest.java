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
 * Issue 14 end to end in a real Chromium on a phone (360 x 740), with the harness of
 * {@link BrowserJourneyTest}: an officer of North Sumatra creates and publishes a
 * business-matching day in Medan for tomorrow; a company registers with its one open need
 * and two UMKM with their products (the event requires approval, so the officer approves
 * them); the officer runs "Susun jadwal" and publishes the schedule; the company and one
 * UMKM see their meetings (partner, table, time) on their agendas; the officer checks the
 * company in at the desk. Then the portal's clock moves to the event day after the
 * session ({@link MovableClock}): the UMKM records its outcome, the company records
 * "propose a partnership", which opens the proposal form linked to the meeting, and
 * submits it; the event report counts the meeting held and the proposed partnership.
 * Every page is checked with axe-core (no serious or critical violation) and photographed
 * under target/screenshots/event/. Skipped without Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(MovableClock.Config.class)
class EventJourneyTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final String MEDAN = "12.71";

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

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
		try (InputStream in = EventJourneyTest.class.getResourceAsStream("/axe/axe.min.js")) {
			axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@AfterEach
	void clockBack() {
		clock.reset();
	}

	@Test
	void anEventRunsFromPublicationToTheReport() throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=360,740");
		driver = new ChromeDriver(options);
		try {
			((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
			wait = new WebDriverWait(driver, Duration.ofSeconds(20));
			shots = Path.of("target", "screenshots", "event");
			Files.createDirectories(shots);
			try (var old = Files.list(shots)) {
				for (Path file : old.toList()) {
					Files.delete(file); // no pictures left from an earlier run
				}
			}
			try {
				journey();
			}
			catch (RuntimeException | AssertionError e) {
				shot("failure");
				throw new AssertionError("at " + driver.getCurrentUrl() + ": " + e.getMessage(), e);
			}
		}
		finally {
			driver.quit();
		}
		assertThat(violations).as("serious or critical accessibility violations").isEmpty();
	}

	private void journey() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String eventName = "Temu Bisnis Kopi Medan " + tag;
		String companyName = "PT Kopi Temu " + tag;
		String umkmName1 = "Kopi Temu Satu " + tag;
		String umkmName2 = "Kopi Temu Dua " + tag;

		// The people, as earlier journeys leave them: a company with one open need, two
		// UMKM of Medan roasting coffee with a product each, an officer of North Sumatra.
		String companyEmail = fixtures.accountEmail(Role.COMPANY);
		long companyId = companies
			.saveProfile(accountId(companyEmail), new CompanyProfile(companyName, null, "Ekspor kopi", MEDAN, null),
					null)
			.id();
		long needId = fixtures.need(companyId, "Kopi robusta sangrai " + tag, "10761", "500", Unit.KG, MEDAN, Map.of());
		String umkmEmail1 = fixtures.accountEmail(Role.UMKM);
		long umkm1 = fixtures.umkmOwnedBy(accountId(umkmEmail1), umkmName1, MEDAN, "10761").id();
		fixtures.product(umkm1, "Robusta sangrai satu", "10761", Unit.KG, "800");
		String umkmEmail2 = fixtures.accountEmail(Role.UMKM);
		long umkm2 = fixtures.umkmOwnedBy(accountId(umkmEmail2), umkmName2, MEDAN, "10761").id();
		fixtures.product(umkm2, "Robusta sangrai dua", "10761", Unit.KG, "600");
		String officerEmail = fixtures.officerEmail("12");

		// (a) The officer creates the event for tomorrow (registration open today only),
		// one morning session, two tables, UMKM approved by hand; then publishes it.
		LocalDate today = LocalDate.now(clock.withZone(WIB));
		LocalDate eventDay = today.plusDays(1);
		login(officerEmail);
		open("/petugas/acara/baru");
		type("name", eventName);
		type("description", "Temu bisnis kopi robusta Dairi dan Simalungun");
		choose("regencyCode", MEDAN);
		type("venue", "Aula Dinas Koperasi Medan");
		setValue("eventDate", eventDay.toString());
		setValue("sessionStart1", "09:00");
		setValue("sessionEnd1", "12:00");
		setValue("sessionStart2", ""); // one session is enough for three participants
		setValue("sessionEnd2", "");
		type("meetingMinutes", "20");
		type("breakMinutes", "5");
		type("tableCount", "2");
		type("maxMeetingsPerUmkm", "4");
		setValue("registrationOpens", today.toString());
		setValue("registrationCloses", today.toString());
		check("approvalRequired");
		shot("event-form");
		submit("form[action$='/petugas/acara/baru']");
		wait.until(d -> d.getCurrentUrl().matches(".*/petugas/acara/\\d+$"));
		String manageUrl = driver.getCurrentUrl();
		long eventId = Long.parseLong(manageUrl.substring(manageUrl.lastIndexOf('/') + 1));
		checkPage("event-draft");
		submit("form[action$='/terbitkan']");
		wait.until(d -> d.getCurrentUrl().equals(manageUrl));
		checkPage("event-published");
		assertThat(driver.findElements(By.cssSelector("form[action$='/terbitkan']"))).isEmpty();
		logout();

		// The public page lists it; nobody needs to log in to read it.
		open("/acara/" + eventId);
		assertThat(driver.getPageSource()).contains(eventName, "Aula Dinas Koperasi Medan");

		// (b) The company registers with its one open need (ticked for a first
		// registration), the two UMKM with their products.
		login(companyEmail);
		open("/acara/" + eventId + "/daftar");
		assertThat(driver.findElement(By.id("need-" + needId)).isSelected()).isTrue();
		submit("form[action$='/acara/" + eventId + "/daftar']");
		checkPage("company-registered");
		logout();
		for (String email : List.of(umkmEmail1, umkmEmail2)) {
			login(email);
			open("/acara/" + eventId + "/daftar");
			assertThat(driver.findElements(By.cssSelector("input[name='productIds']:checked"))).hasSize(1);
			submit("form[action$='/acara/" + eventId + "/daftar']");
			checkPage("umkm-registered");
			logout();
		}

		// (c) The officer approves both UMKM, runs "Susun jadwal" and publishes it.
		login(officerEmail);
		String registrations = "/petugas/acara/" + eventId + "/pendaftaran";
		open(registrations);
		for (int i = 0; i < 2; i++) {
			WebElement approve = driver.findElement(
					By.xpath("//form[contains(@action,'/keputusan')][input[@name='setuju' and @value='true']]"));
			submit(approve);
			expectPath(registrations);
		}
		checkPage("registrations-approved");
		assertThat(driver.findElements(By.xpath("//input[@name='setuju' and @value='true']"))).isEmpty();
		String schedule = "/petugas/acara/" + eventId + "/jadwal";
		open(schedule);
		submit("form[action$='/jadwal/susun']");
		expectPath(schedule);
		checkPage("schedule-proposed");
		String grid = driver.getPageSource();
		assertThat(grid).contains(umkmName1, umkmName2, companyName);
		// Publishing tells everybody: the form asks for a tick first (the browser refuses
		// to send it without).
		WebElement publish = driver.findElement(By.cssSelector("form[action$='/jadwal/terbitkan']"));
		assertThat(((JavascriptExecutor) driver).executeScript("return arguments[0].checkValidity()", publish))
			.isEqualTo(false);
		check("publish-confirm");
		submit(publish);
		expectPath(schedule);
		checkPage("schedule-published");
		assertThat(driver.findElements(By.cssSelector("form[action$='/jadwal/susun']"))).isEmpty();
		logout();

		List<Map<String, Object>> meetings = jdbc.sql("""
				select m.id, m.umkm_id, m.table_number, s.starts_at
				from event_meeting m join event_slot s on s.id = m.slot_id
				where m.event_id = ? order by s.starts_at
				""").param(eventId).query().listOfRows();
		assertThat(meetings).extracting(m -> ((Number) m.get("umkm_id")).longValue())
			.containsExactlyInAnyOrder(umkm1, umkm2);
		Map<String, Object> meeting1 = meetings.stream()
			.filter(m -> ((Number) m.get("umkm_id")).longValue() == umkm1)
			.findFirst()
			.orElseThrow();
		long meetingId = ((Number) meeting1.get("id")).longValue();
		String slot1 = String.valueOf(meeting1.get("starts_at")).substring(0, 5);
		String table1 = ", meja " + meeting1.get("table_number");

		// (d) Both sides see the meeting on their agendas: partner, time and table.
		login(companyEmail);
		open("/acara/" + eventId + "/agenda");
		String companyAgenda = driver.findElement(By.tagName("main")).getText();
		assertThat(companyAgenda).contains(umkmName1, umkmName2, slot1 + "–", table1);
		logout();
		login(umkmEmail1);
		open("/acara/" + eventId + "/agenda");
		String umkmAgenda = driver.findElement(By.tagName("main")).getText();
		assertThat(umkmAgenda).contains(companyName, slot1 + "–", "WIB" + table1).doesNotContain(umkmName2);
		logout();

		// (e) At the desk the officer finds the company and checks it in.
		login(officerEmail);
		String desk = "/petugas/acara/" + eventId + "/hadir";
		open(desk);
		type("q", tag);
		submit("form[action$='/hadir'][method='get']");
		checkPage("check-in-search");
		WebElement companyRow = participant(companyName);
		submit(companyRow.findElement(By.tagName("form")));
		expectPath(desk);
		checkPage("checked-in");
		assertThat(participant(companyName).getText()).contains("Hadir");
		assertThat(participant(umkmName1).getText()).contains("Tandai hadir");
		logout();

		// (f) The event day, after the morning session: every slot has started.
		clock
			.move(Duration.between(clock.instant(), ZonedDateTime.of(eventDay, LocalTime.of(12, 30), WIB).toInstant()));

		// The UMKM says it is interested.
		login(umkmEmail1);
		open("/acara/" + eventId + "/hasil/" + meetingId);
		choose("outcome-INTERESTED");
		type("note", "Perusahaan minta sampel 5 kg");
		submit("form[action$='/hasil/" + meetingId + "']");
		expectPath("/acara/" + eventId + "/hasil/" + meetingId);
		checkPage("umkm-outcome");
		logout();

		// The company proposes a partnership: the proposal form opens, linked to the
		// meeting.
		login(companyEmail);
		open("/acara/" + eventId + "/hasil");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(umkmName1, umkmName2);
		driver.findElements(By.cssSelector("main li"))
			.stream()
			.filter(li -> li.getText().contains(umkmName1))
			.findFirst()
			.map(li -> li.findElement(By.cssSelector("a[href*='/hasil/']")))
			.ifPresentOrElse(this::click, () -> {
				throw new AssertionError(umkmName1 + " not among the company's meetings");
			});
		expectPath("/acara/" + eventId + "/hasil/" + meetingId);
		checkPage("company-outcome-form");
		choose("outcome-PROPOSE");
		type("note", "Sampel bagus, lanjut kontrak pasokan");
		submit("form[action$='/hasil/" + meetingId + "']");
		expectPath("/perusahaan/kebutuhan/" + needId + "/usul/" + umkm1);
		assertThat(driver.getCurrentUrl()).contains("pertemuan=" + meetingId);
		checkPage("propose-from-meeting");
		assertThat(driver.findElement(By.id("from-meeting")).isDisplayed()).isTrue();
		choose("pattern", "RANTAI_PASOK");
		type("object", "Pasokan kopi robusta sangrai 500 kg per bulan");
		type("estimatedValue", "Rp 540.000.000");
		setValue("startDate", eventDay.plusDays(30).toString());
		setValue("endDate", eventDay.plusDays(395).toString());
		check("noControlDeclared");
		submit("form[action*='/usul/']");
		wait.until(d -> d.getCurrentUrl().matches(".*/kemitraan/\\d+$"));
		checkPage("partnership-proposed");
		assertThat(jdbc.sql("select count(*) from partnership where event_meeting_id = ?")
			.param(meetingId)
			.query(Long.class)
			.single()).as("the proposal is linked to the meeting").isEqualTo(1L);
		// Back on the outcome page the next step is the proposal itself.
		open("/acara/" + eventId + "/hasil/" + meetingId);
		assertThat(driver.findElements(By.cssSelector("a[href*='/kemitraan/']"))).isNotEmpty();
		logout();

		// (g) The report counts the meeting held (the other one is still planned) and the
		// partnership proposed from it.
		login(officerEmail);
		open("/petugas/acara/" + eventId + "/laporan");
		assertThat(driver.findElement(By.id("fig-companies")).getText()).isEqualTo("1");
		assertThat(driver.findElement(By.id("fig-umkm")).getText()).isEqualTo("2");
		assertThat(driver.findElement(By.id("fig-proposed")).getText()).isEqualTo("1");
		assertThat(driver.findElement(By.id("fig-approved")).getText()).isEqualTo("0");
		assertThat(countIn("h-meetings", "Berlangsung")).isEqualTo("1");
		assertThat(countIn("h-meetings", "Terjadwal")).isEqualTo("1");
		assertThat(countIn("h-outcomes", "Usulkan kemitraan")).isEqualTo("1");
		assertThat(driver.findElement(By.cssSelector("section[aria-labelledby='h-list']")).getText())
			.contains("Kemitraan: Diusulkan ke UMKM");
	}

	/**
	 * The count in the row of this label in the table of the section under heading id.
	 */
	private String countIn(String headingId, String label) {
		return driver
			.findElement(By
				.xpath("//section[@aria-labelledby='" + headingId + "']//tr[th[normalize-space()='" + label + "']]/td"))
			.getText();
	}

	private WebElement participant(String name) {
		return driver.findElements(By.cssSelector("section[aria-labelledby='h-participants'] li"))
			.stream()
			.filter(li -> li.getText().contains(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " not at the check-in desk"));
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
