package id.simitra.offer.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A conversation in a party's list: the need, the other party and when it last moved. */
public record ThreadRow(Long id, Long needId, String needTitle, @Nullable String otherParty,
		@Nullable Instant lastMessageAt, Instant createdAt, boolean contactsShared) {
}
