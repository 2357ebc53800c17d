package id.simitra.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.reference.KbliService;
import id.simitra.reference.RegionService;
import id.simitra.reporting.internal.OpenContracting.Address;
import id.simitra.reporting.internal.OpenContracting.Award;
import id.simitra.reporting.internal.OpenContracting.Classification;
import id.simitra.reporting.internal.OpenContracting.Contract;
import id.simitra.reporting.internal.OpenContracting.Identifier;
import id.simitra.reporting.internal.OpenContracting.Implementation;
import id.simitra.reporting.internal.OpenContracting.Item;
import id.simitra.reporting.internal.OpenContracting.Links;
import id.simitra.reporting.internal.OpenContracting.OrganizationReference;
import id.simitra.reporting.internal.OpenContracting.Party;
import id.simitra.reporting.internal.OpenContracting.PartyDetails;
import id.simitra.reporting.internal.OpenContracting.Period;
import id.simitra.reporting.internal.OpenContracting.Publisher;
import id.simitra.reporting.internal.OpenContracting.Release;
import id.simitra.reporting.internal.OpenContracting.ReleasePackage;
import id.simitra.reporting.internal.OpenContracting.Transaction;
import id.simitra.reporting.internal.OpenContracting.Value;

import static id.simitra.reporting.internal.ReportSql.APPROVED_STATUSES;

/**
 * Approved partnerships as open data (GET /data/kemitraan.json), one OCDS release per
 * partnership, in pages of {@value #PAGE_SIZE} ordered by id: new partnerships land on
 * the last page and earlier pages keep their content, so a harvester can follow
 * {@code links.next} and pick up where it stopped.
 */
@Service
public class OpenDataService {

	static final int PAGE_SIZE = 100;

	static final String OCID_PREFIX = "ocds-simitra-";

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private static final DateTimeFormatter RELEASE_STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final JdbcClient jdbc;

	private final RegionService regions;

	private final KbliService kbli;

	private final String publisherName;

	private final Clock clock;

	OpenDataService(JdbcClient jdbc, RegionService regions, KbliService kbli, Clock clock,
			// Fully qualified: OCDS has a Value too.
			@org.springframework.beans.factory.annotation.Value("${simitra.open-data.publisher:Dinas Koperasi dan UKM Provinsi Sumatera Utara}") String publisherName) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.kbli = kbli;
		this.publisherName = publisherName;
		this.clock = clock;
	}

	/**
	 * One page of the Open Contracting feed.
	 * @param page 1 for the first page
	 * @param pageUri the feed's address for a page number
	 * @param publisherUri the portal's home page
	 */
	@Transactional(readOnly = true)
	public ReleasePackage page(int page, IntFunction<String> pageUri, String publisherUri) {
		List<Release> releases = new ArrayList<>(jdbc
			.sql("""
					select p.id, p.status, p.pattern, p.object, p.estimated_value, p.start_date, p.end_date, p.updated_at,
					       (select min(e.occurred_at) from partnership_status_change e
					        where e.partnership_id = p.id and e.to_status = 'APPROVED') as approved_at,
					       c.id, c.name, c.nib, c.regency_code,
					       u.id, u.business_name, u.nib, u.size_class, u.regency_code,
					       coalesce(n.kbli_code, (select min(k.kbli_code) from umkm_activity k where k.umkm_id = u.id)) as kbli_code,
					       (select coalesce(sum(d.value), 0) from partnership_delivery_summary d
					        where d.partnership_id = p.id) as realised,
					       (select string_agg(y.id || ':' || y.amount || ':' || y.paid_on, ';' order by y.paid_on, y.id)
					        from partnership_payment_summary y where y.partnership_id = p.id and y.paid_on is not null) as paid
					from partnership_summary p
					join company_summary c on c.id = p.company_id
					join umkm_listing u on u.id = p.umkm_id
					left join need_summary n on n.id = p.need_id
					where p.status in %s
					order by p.id
					limit :limit offset :offset
					"""
				.formatted(APPROVED_STATUSES))
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) (page - 1) * PAGE_SIZE)
			.query((rs, n) -> release(rs))
			.list());
		boolean more = releases.size() > PAGE_SIZE;
		if (more) {
			releases.remove(PAGE_SIZE);
		}
		Links links = more || page > 1
				? new Links(more ? pageUri.apply(page + 1) : null, page > 1 ? pageUri.apply(page - 1) : null) : null;
		return new ReleasePackage(pageUri.apply(page), "1.1",
				ISO.format(OffsetDateTime.now(clock.withZone(ReportFilter.WIB)).withNano(0)),
				new Publisher(publisherName, publisherUri), links, releases);
	}

	private Release release(ResultSet rs) throws SQLException {
		long id = rs.getLong(1);
		String status = rs.getString(2);
		OffsetDateTime updated = rs.getObject(8, OffsetDateTime.class);
		OffsetDateTime approved = rs.getObject(9, OffsetDateTime.class);
		String companyId = "company-" + rs.getLong(10);
		String companyName = rs.getString(11);
		String umkmId = "umkm-" + rs.getLong(14);
		String umkmName = rs.getString(15);
		String umkmRegency = rs.getString(18);
		String kbliCode = rs.getString(19);

		Party buyer = new Party(companyId, companyName, nib(rs.getString(12)), address(rs.getString(13)),
				List.of("buyer"), null);
		Party supplier = new Party(umkmId, umkmName, nib(rs.getString(16)), address(umkmRegency), List.of("supplier"),
				new PartyDetails(scale(rs.getString(17))));
		Value value = new Value(rs.getLong(5), "IDR");
		Period period = new Period(startOfDay(rs.getObject(6, LocalDate.class)),
				endOfDay(rs.getObject(7, LocalDate.class)));
		List<Item> items = List.of(new Item("1", rs.getString(4),
				kbliCode == null ? null : new Classification("KBLI", kbliCode, kbli.title(kbliCode))));
		String awardId = id + "-award";
		Award award = new Award(awardId, "active", ISO.format(inWib(approved != null ? approved : updated)), value,
				List.of(new OrganizationReference(umkmId, umkmName)), items, period);
		Contract contract = new Contract(id + "-contract", awardId, contractStatus(status), value, period, items,
				rs.getString(3), umkmRegency, new Value(rs.getLong(20), "IDR"),
				implementation(id, rs.getString(21), new OrganizationReference(companyId, companyName),
						new OrganizationReference(umkmId, umkmName)));
		String ocid = OCID_PREFIX + id;
		return new Release(ocid, ocid + "-" + RELEASE_STAMP.format(inWib(updated)), ISO.format(inWib(updated)),
				tags(status), "tender", "id", List.of(buyer, supplier),
				new OrganizationReference(companyId, companyName), List.of(award), List.of(contract));
	}

	/**
	 * The payments made under the contract as OCDS transactions, oldest first:
	 * "id:amount: paid date" joined by ";" in the query. Null before the first.
	 */
	private static @Nullable Implementation implementation(long partnershipId, @Nullable String paid,
			OrganizationReference payer, OrganizationReference payee) {
		if (paid == null || paid.isEmpty()) {
			return null;
		}
		List<Transaction> transactions = new ArrayList<>();
		for (String entry : paid.split(";", -1)) {
			String[] parts = entry.split(":", 3);
			transactions.add(new Transaction(partnershipId + "-payment-" + parts[0],
					startOfDay(LocalDate.parse(parts[2])), new Value(Long.parseLong(parts[1]), "IDR"), payer, payee));
		}
		return new Implementation(transactions);
	}

	private static @Nullable Identifier nib(@Nullable String nib) {
		return nib == null ? null : new Identifier("ID-NIB", nib);
	}

	private Address address(String regencyCode) {
		return new Address(regions.regencyName(regencyCode), regencyCode);
	}

	/** OCDS party scale (micro / sme / large) from the PP 7/2021 class. */
	private static String scale(String sizeClass) {
		return switch (sizeClass) {
			case "MIKRO" -> "micro";
			case "BESAR" -> "large";
			default -> "sme";
		};
	}

	private static List<String> tags(String status) {
		return switch (status) {
			case "ACTIVE" -> List.of("contract", "implementation");
			case "COMPLETED" -> List.of("contractTermination");
			default -> List.of("award", "contract");
		};
	}

	private static String contractStatus(String status) {
		return "COMPLETED".equals(status) ? "terminated" : "active";
	}

	private static OffsetDateTime inWib(OffsetDateTime t) {
		return t.atZoneSameInstant(ReportFilter.WIB).toOffsetDateTime().withNano(0);
	}

	private static String startOfDay(LocalDate d) {
		return ISO.format(d.atStartOfDay(ReportFilter.WIB).toOffsetDateTime());
	}

	private static String endOfDay(LocalDate d) {
		return ISO.format(d.atTime(23, 59, 59).atZone(ReportFilter.WIB).toOffsetDateTime());
	}

}
