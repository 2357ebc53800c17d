package id.simitra.partnership.web;

import jakarta.validation.constraints.Size;

/**
 * The officers' audit search as typed in the URL (?nama=&status=&dari=&sampai=); read
 * into an AuditQuery.
 */
record AuditFilterForm(@Size(max = 150, message = "{validation.tooLong}") String nama, String status, String dari,
		String sampai) {
}
