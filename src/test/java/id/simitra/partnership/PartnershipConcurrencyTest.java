package id.simitra.partnership;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.simitra.account.AccountService;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedService;
import id.simitra.platform.ConflictException;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two officers deciding on the same partnership at the same moment: exactly one decision
 * is recorded, and the other officer gets the 409 "changed meanwhile" page, never a 500
 * and never a second decision.
 */
@SimitraTest
class PartnershipConcurrencyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	PartnershipService partnerships;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	LifecycleWorld world;

	ExecutorService threads;

	@BeforeEach
	void setUp() {
		world = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
		threads = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void tearDown() {
		threads.shutdownNow();
	}

	/**
	 * Made deterministic: the first officer's transaction has written its decision and
	 * stays open until the second officer's request is seen waiting for the row lock in
	 * PostgreSQL; then it commits. The second had read the same version, so its write
	 * finds the version changed.
	 */
	@Test
	void theSecondOfTwoSimultaneousDecisionsGetsTheConflictPage() throws Exception {
		Long id = world.in(PartnershipStatus.SUBMITTED);
		String secondEmail = "petugas-" + LifecycleWorld.tag() + "@contoh.test";
		accounts.createOfficer(secondEmail, WebSession.PASSWORD, "Petugas Kedua", "12");
		MockHttpSession second = WebSession.login(mvc, secondEmail, WebSession.PASSWORD);
		long version = partnerships.getFor(world.officer, id).version();

		CountDownLatch firstWrote = new CountDownLatch(1);
		AtomicBoolean secondWasWaiting = new AtomicBoolean();
		Future<?> first = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			partnerships.perform(world.officer, id, PartnershipAction.APPROVE, null, false, version);
			firstWrote.countDown();
			secondWasWaiting.set(awaitLockWaiter());
		}));
		assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();

		mvc.perform(post("/kemitraan/{id}/keputusan", id).session(second)
			.with(csrf())
			.param("decision", "REJECT")
			.param("reason", "Perjanjian tidak lengkap")
			.param("version", String.valueOf(version)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Data sudah berubah")));
		first.get(30, TimeUnit.SECONDS);

		assertThat(secondWasWaiting).as("the second decision waited for the first one's row lock").isTrue();
		assertThat(statusOf(id)).isEqualTo("APPROVED");
		assertThat(decisions(id)).containsExactly("APPROVED");
	}

	/**
	 * Both decisions race freely on two threads: whichever wins, the other is refused
	 * with a conflict.
	 */
	@Test
	void twoThreadsDecidingAtOnceRecordExactlyOneDecision() throws Exception {
		Long id = world.in(PartnershipStatus.SUBMITTED);
		SimitraUser other = world.officer("12");
		long version = partnerships.getFor(world.officer, id).version();
		CyclicBarrier start = new CyclicBarrier(2);
		List<Future<String>> outcomes = new ArrayList<>();
		for (Object[] decision : new Object[][] { { world.officer, PartnershipAction.APPROVE },
				{ other, PartnershipAction.REJECT } }) {
			outcomes.add(threads.submit(() -> {
				start.await(30, TimeUnit.SECONDS);
				try {
					partnerships.perform((SimitraUser) decision[0], id, (PartnershipAction) decision[1], "Alasan",
							false, version);
					return "won";
				}
				catch (ConflictException | ObjectOptimisticLockingFailureException ex) {
					return "conflict";
				}
			}));
		}
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get(60, TimeUnit.SECONDS));
		}
		assertThat(results).containsExactlyInAnyOrder("won", "conflict");
		assertThat(decisions(id)).hasSize(1).containsAnyOf("APPROVED", "REJECTED");
		assertThat(statusOf(id)).isEqualTo(decisions(id).get(0));
	}

	/**
	 * Polls PostgreSQL (outside any transaction, whose statistics snapshot would never
	 * change) for a lock wait.
	 */
	private boolean awaitLockWaiter() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			while (System.nanoTime() < deadline) {
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("select count(*) from pg_locks where not granted")) {
					rs.next();
					if (rs.getLong(1) > 0) {
						return true;
					}
				}
				Thread.sleep(50);
			}
			return false;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String statusOf(Long id) {
		return jdbc.sql("select status from partnership where id = ?").param(id).query(String.class).single();
	}

	private List<String> decisions(Long id) {
		return jdbc.sql("""
				select to_status from partnership_event
				where partnership_id = ? and kind = 'STATUS' and from_status = 'SUBMITTED'""")
			.param(id)
			.query(String.class)
			.list();
	}

}
