package id.simitra.directory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.simitra.kbli.KbliService;
import id.simitra.region.RegionService;

@Controller
class DirectoryController {

	private final DirectoryService directory;

	private final RegionService regions;

	private final KbliService kbli;

	DirectoryController(DirectoryService directory, RegionService regions, KbliService kbli) {
		this.directory = directory;
		this.regions = regions;
		this.kbli = kbli;
	}

	@GetMapping("/direktori")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String wilayah,
			@RequestParam(required = false) String kbli, @RequestParam(defaultValue = "0") int halaman, Model model) {
		String query = q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q;
		model.addAttribute("q", query);
		model.addAttribute("wilayah", wilayah == null ? "" : wilayah);
		model.addAttribute("kbli", kbli == null ? "" : kbli);
		model.addAttribute("page", directory.search(new DirectoryQuery(query, wilayah, kbli, halaman)));
		model.addAttribute("provinces", regions.provinces());
		model.addAttribute("kbliOptions", this.kbli.all().stream().filter(k -> k.level().equals("section") || k.level().equals("division")).toList());
		return "directory/search";
	}

}
