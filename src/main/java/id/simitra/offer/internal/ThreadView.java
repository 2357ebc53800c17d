package id.simitra.offer.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import id.simitra.platform.PageView;

/**
 * A conversation as one reader sees it. {@code viewerSide} is null for an officer reading
 * for supervision. {@code contacts} is null until both sides agreed to share their
 * contact details.
 */
public record ThreadView(Long id, Long needId, String needTitle, Long umkmId, String umkmName, String companyName,
		@Nullable ConversationSide viewerSide, boolean umkmAgreed, boolean companyAgreed, @Nullable Contacts contacts,
		PageView<MessageView> messages) {

	public boolean canWrite() {
		return viewerSide != null;
	}

	public boolean viewerAgreed() {
		return viewerSide == ConversationSide.UMKM ? umkmAgreed
				: viewerSide == ConversationSide.COMPANY && companyAgreed;
	}

	public boolean contactsShared() {
		return contacts != null;
	}

	/**
	 * Shown only once both sides agreed: the UMKM's phone and address and the company's
	 * address.
	 */
	public record Contacts(String umkmOwnerName, String umkmPhone, String umkmAddress, String umkmRegency,
			@Nullable String companyAddress, String companyRegency) {
	}

	public record MessageView(Long id, ConversationSide side, String authorName, String body, Instant createdAt,
			boolean mine) {
	}

}
