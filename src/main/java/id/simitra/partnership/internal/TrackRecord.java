package id.simitra.partnership.internal;

import org.jspecify.annotations.Nullable;

/**
 * What an UMKM has shown in partnerships so far: how many it completed, and the
 * companies' ratings of it ({@code averageRating} null while it has none). Read from
 * partnership_track_record, the view the ranking reads too.
 */
public record TrackRecord(long completed, long ratings, @Nullable Double averageRating) {
}
