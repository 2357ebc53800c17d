package id.simitra.partnership.internal;

/**
 * What an UMKM has shown in partnerships so far: how many it completed, and the companies' ratings of it
 * ({@code averageRating} null while it has none). Used by the matching engine.
 */
public record TrackRecord(long completed, long ratings, Double averageRating) {
}
