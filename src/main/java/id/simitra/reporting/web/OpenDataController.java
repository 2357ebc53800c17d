package id.simitra.reporting.web;

import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import id.simitra.platform.PortalAddress;
import id.simitra.reporting.internal.OpenContracting;
import id.simitra.reporting.internal.OpenDataService;

/**
 * The public open-data feed of approved partnerships; no login (see docs/reporting.md
 * "Reports, exports and open data").
 */
@Controller
class OpenDataController {

	private final OpenDataService openData;

	private final PortalAddress portal;

	OpenDataController(OpenDataService openData, PortalAddress portal) {
		this.openData = openData;
		this.portal = portal;
	}

	@GetMapping(path = "/data/kemitraan.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<OpenContracting.ReleasePackage> partnerships(@RequestParam(defaultValue = "1") int halaman) {
		if (halaman < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "halaman starts at 1");
		}
		OpenContracting.ReleasePackage page = openData.page(halaman,
				// Harvesters store and follow these links: from the configured address,
				// never the request's Host.
				n -> portal.of("/data/kemitraan.json?halaman=" + n), portal.of("/"));
		// Public data: any web page may read it (no cookies are sent cross-origin), and a
		// few minutes of
		// caching spare the database when harvesters poll.
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
			.header("Access-Control-Allow-Origin", "*")
			.body(page);
	}

}
