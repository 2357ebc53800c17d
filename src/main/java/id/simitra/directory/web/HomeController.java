package id.simitra.directory.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.simitra.directory.internal.DirectoryService;

@Controller
class HomeController {

	private final DirectoryService directory;

	HomeController(DirectoryService directory) {
		this.directory = directory;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("stats", directory.stats());
		return "home";
	}

}
