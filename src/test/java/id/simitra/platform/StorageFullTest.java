package id.simitra.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * PostgreSQL out of disk (SQLSTATE 53100, or the class's generic 53000) answers the
 * "storage full" page with 507, logs it as such in one line, and health reports the
 * database's storage out of service for a while (readiness stays up: reading still works
 * on every instance). The disk-full error is raised by a trigger, exactly as PostgreSQL
 * reports it, on products whose name starts with "PENUH".
 */
@SimitraTest
@ExtendWith(OutputCaptureExtension.class)
class StorageFullTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DatabaseStorageHealth storage;

	@AfterEach
	void dropTheTrigger() {
		jdbc.sql("drop trigger if exists storage_full_test on product").update();
		jdbc.sql("drop function if exists storage_full_test()").update();
		storage.clear();
	}

	@Test
	void aFullDiskAnswersTheStorageFullPageLogsItAndShowsInHealthButNotReadiness(CapturedOutput output)
			throws Exception {
		for (String sqlState : new String[] { "53100", "53000" }) {
			diskFullOn(sqlState);
			storage.clear();
			MvcResult result = saveProduct("PENUH kopi " + sqlState, "id");
			assertThat(result.getResponse().getStatus()).as(sqlState).isEqualTo(507);
			assertThat(result.getResponse().getContentAsString()).contains("Penyimpanan penuh")
				.doesNotContain("Exception")
				.doesNotContain("??");
			assertThat(storage.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		}
		assertThat(output.getAll()).contains("Storage full (SQLSTATE 53100)");
		MvcResult health = mvc.perform(get("/actuator/health")).andReturn();
		assertThat(health.getResponse().getStatus()).isEqualTo(503);
		assertThat(health.getResponse().getContentAsString()).contains("\"status\":\"OUT_OF_SERVICE\"");
		MvcResult readiness = mvc.perform(get("/actuator/health/readiness")).andReturn();
		assertThat(readiness.getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theStorageFullPageSpeaksEnglishToo() throws Exception {
		diskFullOn("53100");
		MvcResult result = saveProduct("PENUH teh", "en");
		assertThat(result.getResponse().getStatus()).isEqualTo(507);
		assertThat(result.getResponse().getContentAsString()).contains("Storage full").doesNotContain("??");
	}

	@Test
	void otherFailuresOfTheResourceClassStayTheUnavailablePage() throws Exception {
		// Too many connections (53300) is an outage that passes, not a full disk.
		diskFullOn("53300");
		MvcResult result = saveProduct("PENUH gula", "id");
		assertThat(result.getResponse().getStatus()).isEqualTo(503);
		assertThat(storage.health().getStatus()).isEqualTo(Status.UP);
	}

	private MvcResult saveProduct(String name, String lang) throws Exception {
		String email = fixtures.accountEmail(Role.UMKM);
		SimitraUser user = (SimitraUser) accounts.loadUserByUsername(email);
		fixtures.umkmOwnedBy(user.accountId(), "Usaha Penuh " + AccessWorld.tag(), "12.71", "10761");
		MockHttpSession session = WebSession.login(mvc, email, WebSession.PASSWORD);
		return mvc
			.perform(post("/umkm/produk/baru").session(session)
				.with(csrf())
				.header("Accept", "text/html")
				.param("lang", lang)
				.param("name", name)
				.param("description", "Uji penyimpanan penuh")
				.param("kbli", "10761")
				.param("unit", "KG")
				.param("monthlyCapacity", "500")
				.param("minimumOrder", "1")
				.param("priceMin", "10000")
				.param("priceMax", "20000"))
			.andReturn();
	}

	private void diskFullOn(String sqlState) {
		jdbc.sql("""
				create or replace function storage_full_test() returns trigger language plpgsql as $$
				begin
				    if new.name like 'PENUH%%' then
				        raise exception 'could not extend file "base/16384/16385": No space left on device'
				            using errcode = '%s';
				    end if;
				    return new;
				end $$""".formatted(sqlState)).update();
		jdbc.sql("drop trigger if exists storage_full_test on product").update();
		jdbc.sql(
				"create trigger storage_full_test before insert on product for each row execute function storage_full_test()")
			.update();
	}

}
