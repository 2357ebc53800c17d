package id.simitra.partnership.internal;

import java.time.LocalDate;

/**
 * Why a company may not propose to an UMKM now: the UMKM declined its proposal on
 * {@code declinedOn}, and the company may propose again from {@code proposeFrom} (or
 * earlier, if the UMKM offers on one of its needs).
 */
public record ProposalBlock(LocalDate declinedOn, LocalDate proposeFrom) {
}
