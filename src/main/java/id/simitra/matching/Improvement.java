package id.simitra.matching;

/**
 * One concrete thing an UMKM can do to fit more needs, with how many needs it would
 * change ({@link MatchingService#improvements}: the UMKM's fitting needs and the needs at
 * an event it may meet).
 */
public record Improvement(String text, int needs) {
}
