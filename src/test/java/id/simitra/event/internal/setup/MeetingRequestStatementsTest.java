package id.simitra.event.internal.setup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.event.EventFixtures;
import id.simitra.matching.MatchingService;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the UMKM's meeting-request page scores the needs registered at the event in
 * one set-based call (matching's, as on {@code /umkm/kebutuhan}), not one
 * {@code scoreFor} per need (two statements a need). The page is built by the real
 * services on a data source that counts statements; with three times the needs it runs
 * the same number.
 */
@SimitraTest
class MeetingRequestStatementsTest {

	static final String MEDAN = "12.71";

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@Test
	void theFittingNeedsOfAnUmkmTakeAFixedNumberOfStatements() {
		EventFixtures events = new EventFixtures(this.jdbc);
		long officer = this.fixtures.account(Role.ADMIN);
		long event = events.event(MEDAN, LocalDate.now().plusDays(20), "PUBLISHED", 2, officer);
		List<Long> sessions = List.of(events.sessionOf(events.session(event, 1, LocalTime.of(9, 0), 3).get(0)));
		long ownerId = this.fixtures.account(Role.UMKM);
		long umkm = this.fixtures.umkmOwnedBy(ownerId, "Kopi Hitung Pernyataan", MEDAN, "10761").id();
		this.fixtures.product(umkm, "Kopi bubuk hitung", "10761", Unit.KG, "500");
		events.registerUmkm(event, umkm, officer, sessions, false);
		SimitraUser owner = (SimitraUser) this.accounts.loadUserByUsername(this.fixtures.accountEmailOf(ownerId));

		AtomicInteger statements = new AtomicInteger();
		try (AnnotationConfigApplicationContext counted = counted(statements)) {
			MeetingRequestService requests = counted.getBean(MeetingRequestService.class);
			List<Integer> counts = new ArrayList<>();
			for (int round = 1; round <= 2; round++) {
				// each round a new company registers needs: two, then four more
				long company = this.fixtures.company("PT Hitung " + round + " " + event, MEDAN);
				List<Long> needs = new ArrayList<>();
				for (int i = 0; i < (round == 1 ? 2 : 4); i++) {
					needs.add(this.fixtures.need(company, "Kopi bubuk hitung " + round + "-" + i, "10761", "100",
							Unit.KG, MEDAN, i == 0 ? Map.of("HALAL", true) : Map.of()));
				}
				events.registerCompany(event, company, officer, 1, needs, sessions);
				statements.set(0);
				MeetingRequestService.RequestPage page = requests.page(event, owner);
				counts.add(statements.get());
				assertThat(page.fits()).hasSize(round == 1 ? 2 : 6);
				assertThat(page.fits()).allMatch(f -> f.readiness() != null);
				assertThat(page.improvements()).isNotEmpty();
			}
			System.out.printf("UMKM's meeting-request page: %d statements with 2 needs, %d with 6%n", counts.get(0),
					counts.get(1));
			// need by need it was 1 + 2 per need in matching alone (5 and 13)
			assertThat(counts.get(1)).isEqualTo(counts.get(0));
			assertThat(counts.get(0)).isLessThanOrEqualTo(10);
		}
	}

	/**
	 * The event's request services and matching on a data source that counts statements,
	 * in a child of the test's context (everything else, e.g. EventAccess, comes from
	 * it): built by their own constructors, whatever they take.
	 */
	private AnnotationConfigApplicationContext counted(AtomicInteger statements) {
		AnnotationConfigApplicationContext child = new AnnotationConfigApplicationContext();
		child.setParent(this.context);
		JdbcClient jdbcClient = JdbcClient.create(StatementCounter.counting(this.dataSource, statements));
		child.registerBean("countedJdbc", JdbcClient.class, () -> jdbcClient, bd -> bd.setPrimary(true));
		child.registerBean("countedMatching", MatchingService.class, bd -> bd.setPrimary(true));
		child.registerBean("countedRegistrations", RegistrationService.class, bd -> bd.setPrimary(true));
		child.registerBean("countedRequests", MeetingRequestService.class, bd -> bd.setPrimary(true));
		child.refresh();
		return child;
	}

}
