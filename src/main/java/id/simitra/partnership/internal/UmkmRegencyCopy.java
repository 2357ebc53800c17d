package id.simitra.partnership.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.simitra.umkm.UmkmMoved;

/**
 * Keeps {@code partnership.umkm_regency_code}, the copy of the UMKM's regency the
 * officers' queue and reports select by (V94), in step when an UMKM moves. It copies the
 * UMKM's regency as it is when the listener runs rather than the event's, so a later move
 * handled first cannot be undone by an earlier one.
 */
@Component
class UmkmRegencyCopy {

	private final JdbcClient jdbc;

	UmkmRegencyCopy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(UmkmMoved moved) {
		this.jdbc.sql("""
				update partnership p set umkm_regency_code = u.regency_code
				from umkm_listing u
				where u.id = p.umkm_id and p.umkm_id = :umkm and p.umkm_regency_code <> u.regency_code""")
			.param("umkm", moved.umkmId())
			.update();
	}

}
