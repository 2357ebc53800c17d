package id.simitra.umkm.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The officer's identity decision: {@code decision} VERIFY (also when absent, as the
 * one-click button of the list sent it) or NOTE (not verified yet: the note says what is
 * missing, required). The queue's search rides along, to return to it.
 */
record IdentityDecisionForm(@Nullable String decision,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String note, @Nullable String belum,
		@Nullable String q, @Nullable String kabupaten, @Nullable String sejak) {

	boolean verify() {
		return decision == null || decision.isBlank() || "VERIFY".equals(decision.strip());
	}

	boolean known() {
		return verify() || "NOTE".equals(decision == null ? null : decision.strip());
	}

	boolean hasNote() {
		return note != null && !note.isBlank();
	}

}
