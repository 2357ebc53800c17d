package id.simitra.partnership.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.simitra.umkm.UmkmActivitiesChanged;

/**
 * Keeps {@code partnership.umkm_kbli_sections}, the copy of the KBLI sections of the
 * partnership's UMKM that the officer report counts approved partnerships by (V113), in
 * step when the UMKM's KBLI codes change. Like {@link UmkmRegencyCopy} it copies the
 * UMKM's sections as they are when the listener runs rather than as they were when the
 * event was published, so a later change handled first cannot be undone by an earlier
 * one.
 */
@Component
class UmkmSectionsCopy {

	private final JdbcClient jdbc;

	UmkmSectionsCopy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(UmkmActivitiesChanged changed) {
		this.jdbc.sql("""
				update partnership p set umkm_kbli_sections = s.sections
				from (select partnership_umkm_kbli_sections(:umkm) as sections) s
				where p.umkm_id = :umkm and p.umkm_kbli_sections <> s.sections""")
			.param("umkm", changed.umkmId())
			.update();
	}

}
