package id.simitra.event.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.simitra.account.SimitraUser;
import id.simitra.event.internal.agenda.Agenda;
import id.simitra.event.internal.agenda.AgendaCalendar;
import id.simitra.event.internal.agenda.AgendaPdf;
import id.simitra.event.internal.agenda.AgendaService;

/**
 * Agendas: a participant's own on the phone, as PDF and as .ics; every participant's as
 * one PDF and the table plan for the organisers.
 */
@Controller
class AgendaController {

	private static final MediaType PDF = MediaType.APPLICATION_PDF;

	private static final MediaType ICS = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final AgendaService agendas;

	private final AgendaPdf pdf;

	private final AgendaCalendar calendar;

	AgendaController(AgendaService agendas, AgendaPdf pdf, AgendaCalendar calendar) {
		this.agendas = agendas;
		this.pdf = pdf;
		this.calendar = calendar;
	}

	@GetMapping("/acara/{id}/agenda")
	String agenda(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, Model model) {
		model.addAttribute("agenda", this.agendas.agendaOf(id, user));
		return "event/agenda";
	}

	@GetMapping("/acara/{id}/agenda.pdf")
	ResponseEntity<byte[]> agendaPdf(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, Locale locale)
			throws IOException {
		Agenda agenda = this.agendas.agendaOf(id, user);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.pdf.agendas(List.of(agenda), locale, out);
		return file(out.toByteArray(), PDF, "agenda-acara-" + id + ".pdf");
	}

	@GetMapping("/acara/{id}/agenda.ics")
	ResponseEntity<byte[]> agendaIcs(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, Locale locale) {
		Agenda agenda = this.agendas.agendaOf(id, user);
		return file(this.calendar.write(agenda, locale).getBytes(StandardCharsets.UTF_8), ICS,
				"agenda-acara-" + id + ".ics");
	}

	@GetMapping("/petugas/acara/{id}/agenda.pdf")
	ResponseEntity<byte[]> allAgendas(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, Locale locale)
			throws IOException {
		List<Agenda> all = this.agendas.allAgendas(id, user);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.pdf.agendas(all, locale, out);
		return file(out.toByteArray(), PDF, "semua-agenda-acara-" + id + ".pdf");
	}

	@GetMapping("/petugas/acara/{id}/denah.pdf")
	ResponseEntity<byte[]> tablePlan(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, Locale locale)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.pdf.tablePlan(this.agendas.details(id), this.agendas.tablePlan(id, user), locale, out);
		return file(out.toByteArray(), PDF, "denah-meja-acara-" + id + ".pdf");
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
