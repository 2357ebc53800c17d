package id.simitra.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.simitra.account.Role;
import id.simitra.support.Fixtures;
import id.simitra.support.TestDatabase;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Account recovery in a real Chromium on a phone screen (360 × 740), with a real SMTP
 * server (GreenMail): an UMKM owner who forgot the password follows the mailed link; an
 * owner who cannot read e-mail gets a code from the officer of the province; and changing
 * the password on the account page ends the owner's session in another browser while this
 * one goes on. Every page is checked with axe-core (no serious or critical violation) and
 * photographed under target/screenshots/account/. Skipped without Chromium
 * (docs/testing.md "Browser tests").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Fixtures.class)
class AccountJourneyTest {

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
	Fixtures fixtures;

	final List<String> violations = new ArrayList<>();

	Path shots;

	int step;

	@BeforeAll
	static void browserInstalled() throws IOException {
		assumeTrue(
				Files.isExecutable(BrowserJourneyTest.CHROMIUM) && Files.isExecutable(BrowserJourneyTest.CHROMEDRIVER),
				"Chromium or ChromeDriver is not installed: browser journeys skipped");
		System.setProperty("webdriver.chrome.driver", BrowserJourneyTest.CHROMEDRIVER.toString());
		try (InputStream in = AccountJourneyTest.class.getResourceAsStream("/axe/axe.min.js")) {
			axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void ownersRecoverTheirAccountByMailOrOfficerCodeAndAPasswordChangeEndsTheOtherSession() throws Exception {
		shots = Path.of("target", "screenshots", "account");
		Files.createDirectories(shots);
		Long owner = fixtures.account(Role.UMKM);
		String email = fixtures.accountEmailOf(owner);
		fixtures.umkmOwnedBy(owner, "Tenun Ulos Siregar " + UUID.randomUUID().toString().substring(0, 6), "12.71",
				"13121");
		String officer = fixtures.officerEmail("12");
		WebDriver phone = browser();
		WebDriver other = null;
		try {
			// (a) Forgotten password: the mailed link, used once.
			open(phone, "/masuk");
			phone.findElement(By.linkText("Lupa kata sandi?")).click();
			check(phone, "forgot");
			type(phone, "email", email);
			submit(phone, "form[action$='/lupa-sandi']");
			assertThat(phone.findElement(By.tagName("main")).getText()).contains("sudah mengirim tautan");
			check(phone, "forgot-sent");
			assertThat(greenMail.waitForIncomingEmail(15_000, 1)).isTrue();
			String body = GreenMailUtil.getBody(greenMail.getReceivedMessages()[0])
				.replace("=\r\n", "")
				.replace("=3D", "=");
			Matcher link = Pattern.compile("https?://[^/\\s]+(/sandi-baru\\?token=[A-Za-z0-9_-]+)").matcher(body);
			assertThat(link.find()).as(body).isTrue();
			open(phone, link.group(1));
			type(phone, "password", "Tenun-Ulos-Baru-7");
			type(phone, "passwordConfirm", "Tenun-Ulos-Baru-7");
			submit(phone, "form[action$='/sandi-baru']");
			assertThat(phone.getPageSource()).contains("Kata sandi baru disimpan");
			check(phone, "reset-done");
			login(phone, email, "Tenun-Ulos-Baru-7");
			open(phone, link.group(1));
			assertThat(phone.getPageSource()).as("the link a second time").contains("sudah tidak berlaku");
			phone.manage().deleteAllCookies();

			// (b) No e-mail: the officer of North Sumatra gives a code by phone.
			login(phone, officer, WebSession.PASSWORD);
			open(phone, "/petugas/akun");
			type(phone, "email", email);
			submit(phone, "form[action$='/petugas/akun']");
			phone.findElement(By.linkText("Buat kode reset")).click();
			check(phone, "issue-code");
			submit(phone, "form[action$='/kode-reset']");
			String code = phone.findElement(By.id("reset-code")).getText();
			assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
			check(phone, "code-issued");
			phone.manage().deleteAllCookies();
			open(phone, "/masuk");
			phone.findElement(By.linkText("Lupa kata sandi?")).click();
			phone.findElement(By.linkText("Saya punya kode dari petugas")).click();
			check(phone, "reset-code");
			type(phone, "email", email);
			type(phone, "code", code.toLowerCase());
			type(phone, "password", "Songket-Batu-Bara-5");
			type(phone, "passwordConfirm", "Songket-Batu-Bara-5");
			submit(phone, "form[action$='/lupa-sandi/kode']");
			assertThat(phone.getPageSource()).contains("Kata sandi baru disimpan");
			login(phone, email, "Songket-Batu-Bara-5");

			// (c) Two browsers logged in; a password change in one ends the other.
			other = browser();
			login(other, email, "Songket-Batu-Bara-5");
			open(phone, "/akun");
			assertThat(phone.findElements(By.cssSelector("#sessions-list > li")))
				.as("this session and the other browser's")
				.hasSize(2);
			assertThat(phone.getPageSource()).contains("Kode reset kata sandi dibuat").contains("oleh Uji OFFICER");
			type(phone, "currentPassword", "Songket-Batu-Bara-5");
			type(phone, "password", "Kopi-Sidikalang-9");
			type(phone, "passwordConfirm", "Kopi-Sidikalang-9");
			submit(phone, "form[action$='/akun/sandi']");
			assertThat(phone.getPageSource()).contains("Kata sandi diganti");
			check(phone, "password-changed");
			assertThat(phone.findElements(By.cssSelector("#sessions-list > li"))).hasSize(1);
			open(other, "/umkm");
			assertThat(path(other)).as("the other browser is logged out").isEqualTo("/masuk");
			open(phone, "/umkm");
			assertThat(path(phone)).as("this browser goes on").isEqualTo("/umkm");
		}
		finally {
			phone.quit();
			if (other != null) {
				other.quit();
			}
		}
		assertThat(violations).as("serious or critical accessibility violations").isEmpty();
	}

	private WebDriver browser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BrowserJourneyTest.CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=360,740");
		ChromeDriver driver = new ChromeDriver(options);
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
		return driver;
	}

	private void login(WebDriver driver, String email, String password) throws IOException {
		open(driver, "/masuk");
		type(driver, "email", email);
		type(driver, "password", password);
		submit(driver, "form[action$='/masuk']");
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !path(d).equals("/masuk"));
	}

	private void open(WebDriver driver, String path) throws IOException {
		driver.get("http://localhost:" + port + path);
		check(driver, path.replaceAll("[^a-z]+", "-"));
	}

	private static String path(WebDriver driver) {
		return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
	}

	private static void type(WebDriver driver, String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private static void submit(WebDriver driver, String formSelector) {
		WebElement button = driver.findElement(By.cssSelector(formSelector))
			.findElement(By.cssSelector("button[type='submit']"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
		button.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> PageSwap.isGone(button));
	}

	/**
	 * Screenshot, then axe-core: serious and critical violations are collected.
	 */
	@SuppressWarnings("unchecked")
	private void check(WebDriver driver, String name) throws IOException {
		step++;
		Files.write(shots.resolve(String.format("%02d-%s.png", step, name)),
				((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
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
			violations.add(driver.getCurrentUrl() + " " + v);
		}
	}

}
