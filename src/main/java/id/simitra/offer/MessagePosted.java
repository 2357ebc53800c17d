package id.simitra.offer;

import id.simitra.account.Role;

/**
 * A message was written in the conversation of a need between a company and an UMKM; the
 * notification module tells the other party (not the writer).
 *
 * @param authorSide UMKM or COMPANY
 * @param authorName the business or company name the message shows
 */
public record MessagePosted(Long conversationId, Long needId, String needTitle, Long umkmId, Long companyId,
		Role authorSide, Long authorAccountId, String authorName) {
}
