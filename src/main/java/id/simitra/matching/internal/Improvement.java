package id.simitra.matching.internal;

/**
 * One concrete thing an UMKM can do to fit more needs, with how many needs it would
 * change.
 */
public record Improvement(String text, int needs) {
}
