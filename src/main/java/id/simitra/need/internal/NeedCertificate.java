package id.simitra.need.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * One row of {@code need_certificate}: a kind the need requires (in a requirement group:
 * rows of one group are alternatives) or prefers (no group).
 */
@Embeddable
public class NeedCertificate {

	@Column(name = "type_code")
	private String typeCode;

	private boolean required;

	@Column(name = "requirement_group")
	private @Nullable Integer requirementGroup;

	protected NeedCertificate() {
	}

	NeedCertificate(String typeCode, boolean required, @Nullable Integer requirementGroup) {
		this.typeCode = typeCode;
		this.required = required;
		this.requirementGroup = requirementGroup;
	}

	public String getTypeCode() {
		return typeCode;
	}

	public boolean isRequired() {
		return required;
	}

	public @Nullable Integer getRequirementGroup() {
		return requirementGroup;
	}

}
