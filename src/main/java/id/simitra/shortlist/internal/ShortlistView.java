package id.simitra.shortlist.internal;

import java.time.Instant;

public record ShortlistView(Long id, Long companyId, String name, Instant createdAt, long size) {
}
