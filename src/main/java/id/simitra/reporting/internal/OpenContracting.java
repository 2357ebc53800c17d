package id.simitra.reporting.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The public feed's JSON, shaped after the Open Contracting Data Standard 1.1 release
 * package (https://standard.open-contracting.org/1.1/en/schema/release_package/). Field
 * names are OCDS's; {@code partnershipPattern} and {@code regionCode} are this portal's
 * extension fields. Only organisations appear (names, NIB, regency): never an owner's
 * name, phone, e-mail or street address.
 */
public final class OpenContracting {

	private OpenContracting() {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ReleasePackage(String uri, String version, String publishedDate, Publisher publisher,
			@Nullable Links links, List<Release> releases) {
	}

	public record Publisher(String name, String uri) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Links(@Nullable String next, @Nullable String prev) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Release(String ocid, String id, String date, List<String> tag, String initiationType, String language,
			List<Party> parties, OrganizationReference buyer, List<Award> awards, List<Contract> contracts) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Party(String id, String name, @Nullable Identifier identifier, Address address, List<String> roles,
			@Nullable PartyDetails details) {
	}

	public record Identifier(String scheme, String id) {
	}

	/**
	 * Only the regency: OCDS {@code region}, plus its Kemendagri code as an extension.
	 */
	public record Address(String region, String regionCode) {
	}

	/** OCDS party scale: micro, sme or large. */
	public record PartyDetails(String scale) {
	}

	public record OrganizationReference(String id, String name) {
	}

	public record Value(long amount, String currency) {
	}

	public record Period(String startDate, String endDate) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Item(String id, String description, @Nullable Classification classification) {
	}

	public record Classification(String scheme, String id, String description) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Award(String id, String status, String date, Value value, List<OrganizationReference> suppliers,
			List<Item> items, Period contractPeriod) {
	}

	/**
	 * {@code implementation}: the payments made under it (issue 16), null before any;
	 * {@code realisedValue} (this portal's extension): the value of the deliveries the
	 * parties recorded.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Contract(String id, String awardID, String status, Value value, Period period, List<Item> items,
			String partnershipPattern, String regionCode, Value realisedValue,
			@Nullable Implementation implementation) {
	}

	public record Implementation(List<Transaction> transactions) {
	}

	/** A payment made: from the buyer (the company) to the supplier (the UMKM). */
	public record Transaction(String id, String date, Value value, OrganizationReference payer,
			OrganizationReference payee) {
	}

}
