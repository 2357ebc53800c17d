package id.simitra.umkm.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The identity queue's search as typed in the URL ({@code ?q=&kabupaten=&sejak=&belum=}):
 * name, regency, registered on or before (waiting since), unverified only. All text: read
 * into an {@link id.simitra.umkm.IdentityQuery}.
 */
record IdentityFilterForm(@Size(max = 150, message = "{validation.tooLong}") @Nullable String q,
		@Nullable String kabupaten, @Nullable String sejak, @Nullable String belum) {
}
