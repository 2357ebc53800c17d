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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.support.TestDatabase;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Company teams in a real Chromium on a phone screen (issue 13): the company's admin
 * invites a colleague by e-mail (GreenMail is the mail server), the colleague opens the
 * link from the e-mail, creates an account on the invitation page and logs in, posts a
 * need for the company, and the admin then sees it on the company's dashboard. Every page
 * is checked with axe-core (no serious or critical violation) and photographed under
 * target/screenshots/team/. Skipped without Chromium and ChromeDriver, like
 * {@link BrowserJourneyTest}, whose small helpers (type, submit, login, axe) this
 * repeats.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class CompanyTeamJourneyTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+?(/undangan/[A-Za-z0-9_-]+)");

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
	}

	static String axeSource;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

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
		try (InputStream in = CompanyTeamJourneyTest.class.getResourceAsStream("/axe/axe.min.js")) {
			axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void anAdminInvitesAColleagueWhoJoinsWithANewAccountAndPostsANeedTheAdminSees() throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=360,740");
		driver = new ChromeDriver(options);
		try {
			((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
			wait = new WebDriverWait(driver, Duration.ofSeconds(10));
			shots = Path.of("target", "screenshots", "team");
			Files.createDirectories(shots);
			try (var old = Files.list(shots)) {
				for (Path file : old.toList()) {
					Files.delete(file);
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
		String companyName = "PT Tim Kopi " + tag;
		String adminEmail = WebSession.uniqueEmail("admin-pt");
		Long admin = accounts.create(adminEmail, WebSession.PASSWORD, "Budi Santoso", Role.COMPANY).id();
		companies.saveProfile(admin, new CompanyProfile(companyName, null, "Ekspor kopi", "12.71", "Medan"), null);
		greenMail.purgeEmailFromAllMailboxes();

		// (a) The admin invites a colleague by e-mail.
		login(adminEmail);
		open("/perusahaan/anggota");
		String colleagueEmail = WebSession.uniqueEmail("rekan");
		type("email", colleagueEmail);
		new Select(driver.findElement(By.id("role"))).selectByValue("STAFF");
		submit("form[action$='/perusahaan/anggota/undang']");
		expectPath("/perusahaan/anggota");
		checkPage("invited");
		assertThat(driver.getPageSource()).contains(colleagueEmail);
		logout();

		// (b) The colleague gets the e-mail and opens its link.
		assertThat(greenMail.waitForIncomingEmail(10_000, 1)).as("invitation e-mail").isTrue();
		MimeMessage mail = greenMail.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(colleagueEmail);
		assertThat(mail.getSubject()).contains("Budi Santoso").contains(companyName);
		Matcher link = INVITATION_LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
		assertThat(link.find()).as("link in the e-mail").isTrue();
		open(link.group(1));
		assertThat(driver.getPageSource()).contains(companyName).contains("Budi Santoso");

		// (c) ...creates an account there and logs in.
		type("displayName", "Rina Siregar");
		type("password", WebSession.PASSWORD);
		type("passwordConfirm", WebSession.PASSWORD);
		submit("form[action$='/akun-baru']");
		expectPath("/masuk");
		checkPage("joined-new-account");
		login(colleagueEmail);
		open("/perusahaan/anggota");
		assertThat(driver.getPageSource()).contains("Rina Siregar").contains("Budi Santoso");

		// (d) The colleague posts a need for the company.
		String needTitle = "Biji kopi arabika Gayo " + tag;
		open("/perusahaan/kebutuhan/baru");
		type("title", needTitle);
		type("description", "Untuk ekspor, kadar air maksimal 12 persen");
		type("kbli", "10761 — Industri Pengolahan Kopi");
		type("quantity", "500");
		choose("unit", "KG");
		choose("regencyCode", "12.71");
		setValue("deadline", LocalDate.now().plusDays(30).toString());
		choose("pattern", "RANTAI_PASOK");
		submit("form[action$='/perusahaan/kebutuhan/baru']");
		wait.until(d -> d.getCurrentUrl().matches(".*/perusahaan/kebutuhan/\\d+$"));
		String needUrl = driver.getCurrentUrl();
		checkPage("colleague-need");
		logout();

		// (e) The admin sees the colleague's need among the company's needs and opens it.
		login(adminEmail);
		open("/perusahaan");
		assertThat(driver.getPageSource()).contains(needTitle);
		driver.get(needUrl);
		checkPage("admin-sees-need");
		assertThat(driver.getPageSource()).contains(needTitle);
	}

	private void login(String email) throws IOException {
		open("/masuk");
		type("email", email);
		type("password", WebSession.PASSWORD);
		submit("form[action$='/masuk']");
		wait.until(d -> !d.getCurrentUrl().endsWith("/masuk"));
		checkPage("logged-in");
	}

	private void logout() {
		driver.manage().deleteAllCookies();
	}

	private void open(String path) throws IOException {
		driver.get("http://localhost:" + port + path);
		checkPage(path.substring(1).replaceAll("[^A-Za-z0-9-]", "-"));
	}

	private void expectPath(String path) {
		wait.until(d -> d.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "").equals(path));
	}

	private void type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
		if (field.getAttribute("list") != null) {
			field.sendKeys(Keys.TAB); // closes the datalist popup over the buttons
		}
	}

	private void choose(String id, String value) {
		new Select(driver.findElement(By.id(id))).selectByValue(value);
	}

	private void setValue(String id, String value) {
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))",
				driver.findElement(By.id(id)), value);
	}

	private void submit(String formSelector) {
		WebElement form = driver.findElement(By.cssSelector(formSelector));
		WebElement button = form.findElement(By.cssSelector("button[type='submit']"));
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
		button.click();
		wait.until(d -> PageSwap.isGone(button));
	}

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
		Files.write(
				shots.resolve(String.format("%02d-%s.png", step, name.length() > 60 ? name.substring(0, 60) : name)),
				png);
	}

}
