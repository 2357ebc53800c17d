package id.simitra.directory.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import id.simitra.directory.internal.DirectoryLinks;
import id.simitra.directory.internal.DirectoryQuery;
import id.simitra.directory.internal.DirectoryService;
import id.simitra.platform.PageIndex;
import id.simitra.reference.KbliService;
import id.simitra.reference.RegionService;
import id.simitra.reference.RegionService.Province;
import id.simitra.reference.RegionService.Regency;
import id.simitra.reference.SizeClass;
import id.simitra.reference.Unit;
import id.simitra.umkm.CertificateService;
import id.simitra.umkm.CertificateTypeView;

/**
 * The public directory. Every filter lives in the URL (so a search can be shared,
 * bookmarked and reloaded) and values that are not in the reference data are ignored
 * rather than refused: a stale or hand-edited link still shows results. With htmx the
 * results are swapped in place; without JavaScript the same form reloads the page.
 */
@Controller
class DirectoryController {

	private final DirectoryService directory;

	private final RegionService regions;

	private final KbliService kbli;

	private final CertificateService certificates;

	DirectoryController(DirectoryService directory, RegionService regions, KbliService kbli,
			CertificateService certificates) {
		this.directory = directory;
		this.regions = regions;
		this.kbli = kbli;
		this.certificates = certificates;
	}

	@GetMapping("/direktori")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String provinsi,
			@RequestParam(required = false) String wilayah, @RequestParam(required = false) String kbli,
			@RequestParam(required = false) String kelas, @RequestParam(required = false) List<String> sertifikat,
			@RequestParam(required = false) String terverifikasi, @RequestParam(required = false) String kapasitas,
			@RequestParam(required = false) String satuan, @RequestParam(required = false) String urut,
			@RequestParam(required = false) String dari, @RequestParam(required = false) String dariprovinsi,
			@PageIndex int halaman, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String text = q == null ? "" : q.strip();
		if (text.length() > 200) {
			text = text.substring(0, 200);
		}
		// A regency counts only inside the chosen province: the form lists the regencies
		// of one province, so after
		// the province changes (or is cleared, provinsi present but empty) the old
		// regency no longer applies. A link
		// that names only the regency (facets, shared searches) gets its province from
		// it.
		Optional<Province> chosenProvince = regions.province(provinsi);
		String regency = regionIn(wilayah, chosenProvince, provinsi);
		String province = chosenProvince.map(Province::code)
			.orElse(regency == null ? null : regions.regency(regency).get().provinceCode());
		String kbliCode = this.kbli.parseCode(kbli).orElse(null);
		SizeClass size = enumOrNull(SizeClass.class, kelas);
		List<String> known = this.certificates.activeTypes().stream().map(CertificateTypeView::code).toList();
		List<String> certificates = sertifikat == null ? List.of()
				: sertifikat.stream().filter(known::contains).distinct().toList();
		boolean verified = "ya".equals(terverifikasi) || "true".equals(terverifikasi);
		Unit unit = enumOrNull(Unit.class, satuan);
		BigDecimal capacity = positiveOrNull(kapasitas);
		DirectoryQuery.Sort sort = switch (urut == null ? "" : urut) {
			case "jarak" -> DirectoryQuery.Sort.DISTANCE;
			case "terbaru" -> DirectoryQuery.Sort.NEWEST;
			default -> DirectoryQuery.Sort.RELEVANCE;
		};
		// "Distance measured from" is picked the same way, a province (dariprovinsi) and
		// then one of its regencies.
		Optional<Province> chosenNearProvince = regions.province(dariprovinsi);
		String nearChoice = regionIn(dari, chosenNearProvince, dariprovinsi);
		String near = nearChoice != null ? nearChoice : regency;
		String nearProvince = chosenNearProvince.map(Province::code)
			.orElse(nearChoice == null ? null : regions.regency(nearChoice).get().provinceCode());
		int page = Math.min(halaman, 9_999);

		DirectoryQuery query = new DirectoryQuery(text, province, regency, kbliCode, size, certificates, verified,
				capacity, unit == null ? Unit.KG : unit, sort, near, page);
		model.addAttribute("query", query);
		model.addAttribute("result", directory.search(query));
		model.addAttribute("links", new DirectoryLinks(query));
		model.addAttribute("provinces", regions.provinces());
		// Only the chosen provinces' regencies: all 514 twice made the page 100 KB, most
		// of its rendering time.
		model.addAttribute("regencies", regenciesOf(province));
		model.addAttribute("nearProvince", nearProvince);
		model.addAttribute("nearRegencies", regenciesOf(nearProvince));
		model.addAttribute("kbliOptions",
				this.kbli.all()
					.stream()
					.filter(k -> k.level().equals("section") || k.level().equals("division"))
					.toList());
		model.addAttribute("kbliLabel", kbliCode == null ? "" : this.kbli.label(kbliCode));
		model.addAttribute("certificateTypes", this.certificates.activeTypes());
		model.addAttribute("sizeClasses", SizeClass.values());
		model.addAttribute("units", Unit.values());
		model.addAttribute("capacityText", capacity == null ? "" : capacity.stripTrailingZeros().toPlainString());
		return htmx != null ? "directory/search :: update" : "directory/search";
	}

	/**
	 * The regency code if it is one and lies in the chosen province; with a province
	 * parameter that is present but empty ("all provinces" in the form) there is none.
	 */
	private @Nullable String regionIn(@Nullable String code, Optional<Province> province,
			@Nullable String provinceParameter) {
		Optional<Regency> regency = regions.regency(code);
		if (province.isPresent()) {
			return regency.filter(r -> r.provinceCode().equals(province.get().code())).map(Regency::code).orElse(null);
		}
		if (provinceParameter != null && provinceParameter.isBlank()) {
			return null;
		}
		return regency.map(Regency::code).orElse(null);
	}

	private List<Regency> regenciesOf(@Nullable String province) {
		return regions.province(province).map(Province::regencies).orElse(List.of());
	}

	private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable BigDecimal positiveOrNull(String value) {
		if (value == null || !value.strip().matches("[0-9]{1,12}([.,][0-9]{1,2})?")) {
			return null;
		}
		BigDecimal n = new BigDecimal(value.strip().replace(',', '.'));
		return n.signum() > 0 ? n : null;
	}

}
