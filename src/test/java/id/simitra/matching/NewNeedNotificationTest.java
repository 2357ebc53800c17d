package id.simitra.matching;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

@SimitraTest
class NewNeedNotificationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewNeedNotifiesTheBestFittingUmkmButNotUnrelatedOnes() {
		var fitting = fixtures.umkm("Sabun Sereh Karo Notifikasi", "12.06", "20232");
		fixtures.product(fitting.id(), "Sabun Sereh Wangi", "20232", Unit.PCS, "2000");
		var unrelated = fixtures.umkm("Bengkel Las Notifikasi", "12.06", "25111");
		Long company = fixtures.company("PT Hotel Notifikasi", "12.06");

		Long need = fixtures.need(company, "Sabun sereh untuk kamar hotel", "20232", "500", Unit.PCS, "12.06",
				Map.of());

		assertThat(notificationsOf(fitting.ownerId(), need)).isEqualTo(1);
		assertThat(notificationsOf(unrelated.ownerId(), need)).isZero();
	}

	private long notificationsOf(Long accountId, Long needId) {
		// The alerts are made by a listener after the need's commit, in another thread.
		fixtures.awaitEventListeners();
		return jdbc.sql("select count(*) from notification where account_id = ? and link = ?")
			.params(accountId, "/umkm/kebutuhan/" + needId)
			.query(Long.class)
			.single();
	}

}
