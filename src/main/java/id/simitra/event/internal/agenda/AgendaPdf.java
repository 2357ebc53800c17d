package id.simitra.event.internal.agenda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import id.simitra.platform.Formats;

/**
 * Writes agendas and the table plan as A4 PDF with Apache PDFBox, to be read on paper at
 * the venue when a phone is flat or the network is down. The DejaVu Sans font is embedded
 * (src/main/resources/fonts, licence beside it): it covers Indonesian names and the
 * dashes of the times; a character it lacks is printed as "?" rather than failing the
 * whole file. One page per participant (more only when its meetings do not fit), one per
 * table on the plan.
 */
@Component
public class AgendaPdf {

	private static final float MARGIN = 50;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	/** Columns of the agenda table: time, table, partner, need. */
	private static final float[] AGENDA_COLUMNS = { 0, 95, 140, 320 };

	/** Columns of the table plan: time, company, UMKM, need. */
	private static final float[] PLAN_COLUMNS = { 0, 95, 225, 355 };

	private final MessageSource messages;

	private final Formats formats;

	private final String baseUrl;

	AgendaPdf(MessageSource messages, Formats formats, @Value("${simitra.base-url}") String baseUrl) {
		this.messages = messages;
		this.formats = formats;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** One page (or more) per agenda, into {@code out}. */
	public void agendas(List<Agenda> agendas, Locale locale, OutputStream out) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			Fonts fonts = new Fonts(doc);
			for (Agenda agenda : agendas) {
				Writer w = new Writer(doc, fonts);
				EventDetails e = agenda.event();
				w.line(fonts.bold, 16, e.name());
				w.line(fonts.regular, 10, text(locale, "agenda.pdf.where", this.formats.date(e.date()), e.venue()));
				w.gap(8);
				w.line(fonts.regular, 10,
						text(locale, agenda.company() ? "agenda.pdf.forCompany" : "agenda.pdf.forUmkm"));
				w.line(fonts.bold, 14, agenda.participantName());
				w.gap(8);
				String[] header = { text(locale, "agenda.pdf.time", e.zoneName()), text(locale, "agenda.pdf.table"),
						text(locale, agenda.company() ? "agenda.pdf.partnerUmkm" : "agenda.pdf.partnerCompany"),
						text(locale, "agenda.pdf.need") };
				w.row(fonts.bold, header, AGENDA_COLUMNS);
				if (agenda.items().isEmpty()) {
					w.line(fonts.regular, 10, text(locale, "agenda.pdf.none"));
				}
				for (AgendaItem item : agenda.items()) {
					w.rowOrNewPage(
							fonts.regular, new String[] { item.startsAt() + "–" + item.endsAt(),
									String.valueOf(item.table()), item.partnerName(), item.needTitle() },
							AGENDA_COLUMNS, header);
				}
				if (agenda.checkInPath() != null) {
					w.gap(16);
					w.line(fonts.regular, 10, text(locale, "agenda.pdf.checkIn"));
					w.line(fonts.bold, 9, this.baseUrl + agenda.checkInPath());
				}
				w.close();
			}
			if (agendas.isEmpty()) {
				Writer w = new Writer(doc, fonts);
				w.line(fonts.regular, 12, text(locale, "agenda.pdf.nobody"));
				w.close();
			}
			doc.save(out);
		}
	}

	/** One page per table, its meetings in time order. */
	public void tablePlan(EventDetails event, List<TablePlan> tables, Locale locale, OutputStream out)
			throws IOException {
		try (PDDocument doc = new PDDocument()) {
			Fonts fonts = new Fonts(doc);
			for (TablePlan table : tables) {
				Writer w = new Writer(doc, fonts);
				w.line(fonts.bold, 28, text(locale, "agenda.pdf.tableHeading", table.table()));
				w.line(fonts.regular, 10, event.name() + " · " + this.formats.date(event.date()));
				w.gap(8);
				String[] header = { text(locale, "agenda.pdf.time", event.zoneName()),
						text(locale, "agenda.pdf.partnerCompany"), text(locale, "agenda.pdf.partnerUmkm"),
						text(locale, "agenda.pdf.need") };
				w.row(fonts.bold, header, PLAN_COLUMNS);
				for (AgendaItem item : table.items()) {
					w.rowOrNewPage(fonts.regular, new String[] { item.startsAt() + "–" + item.endsAt(),
							item.partnerName(), item.otherName(), item.needTitle() }, PLAN_COLUMNS, header);
				}
				w.close();
			}
			if (tables.isEmpty()) {
				Writer w = new Writer(doc, fonts);
				w.line(fonts.regular, 12, text(locale, "agenda.pdf.noTables"));
				w.close();
			}
			doc.save(out);
		}
	}

	private String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** The two embedded faces, and which characters they can print. */
	private static final class Fonts {

		final PDType0Font regular;

		final PDType0Font bold;

		private final Map<Integer, Boolean> printable = new HashMap<>();

		Fonts(PDDocument doc) throws IOException {
			this.regular = load(doc, "fonts/DejaVuSans.ttf");
			this.bold = load(doc, "fonts/DejaVuSans-Bold.ttf");
		}

		private static PDType0Font load(PDDocument doc, String path) throws IOException {
			try (InputStream in = new ClassPathResource(path).getInputStream()) {
				return PDType0Font.load(doc, in);
			}
		}

		/** The text with line breaks and characters the font lacks replaced. */
		String clean(String text) {
			StringBuilder out = new StringBuilder();
			text.codePoints().forEach(cp -> {
				if (Character.isWhitespace(cp)) {
					out.append(' ');
				}
				else if (this.printable.computeIfAbsent(cp, this::has)) {
					out.appendCodePoint(cp);
				}
				else {
					out.append('?');
				}
			});
			return out.toString();
		}

		/**
		 * Whether both faces can print the character: encoding it is the test (hasGlyph
		 * takes a glyph code, not a Unicode character).
		 */
		private boolean has(int codePoint) {
			String character = new String(Character.toChars(codePoint));
			try {
				this.regular.encode(character);
				this.bold.encode(character);
				return true;
			}
			catch (IllegalArgumentException | IOException ex) {
				return false;
			}
		}

	}

	/** Writes lines down a page, wrapping cells, starting a new page when full. */
	private static final class Writer {

		private final PDDocument doc;

		private final Fonts fonts;

		private PDPageContentStream stream;

		private float y;

		Writer(PDDocument doc, Fonts fonts) throws IOException {
			this.doc = doc;
			this.fonts = fonts;
			this.stream = newPage();
		}

		private PDPageContentStream newPage() throws IOException {
			PDPage page = new PDPage(PDRectangle.A4);
			this.doc.addPage(page);
			this.y = PDRectangle.A4.getHeight() - MARGIN;
			return new PDPageContentStream(this.doc, page);
		}

		void gap(float points) {
			this.y -= points;
		}

		void line(PDType0Font font, float size, String text) throws IOException {
			for (String part : wrap(font, size, this.fonts.clean(text), WIDTH)) {
				this.y -= size * 1.3f;
				show(font, size, MARGIN, part);
			}
		}

		void row(PDType0Font font, String[] cells, float[] columns) throws IOException {
			float size = 10;
			List<List<String>> wrapped = new ArrayList<>();
			int lines = 1;
			for (int i = 0; i < cells.length; i++) {
				float width = (i + 1 < columns.length ? columns[i + 1] : WIDTH) - columns[i] - 6;
				List<String> parts = wrap(font, size, this.fonts.clean(cells[i]), width);
				wrapped.add(parts);
				lines = Math.max(lines, parts.size());
			}
			this.y -= 4;
			for (int line = 0; line < lines; line++) {
				this.y -= size * 1.3f;
				for (int i = 0; i < cells.length; i++) {
					if (line < wrapped.get(i).size()) {
						show(font, size, MARGIN + columns[i], wrapped.get(i).get(line));
					}
				}
			}
			this.stream.moveTo(MARGIN, this.y - 4);
			this.stream.lineTo(MARGIN + WIDTH, this.y - 4);
			this.stream.setLineWidth(0.3f);
			this.stream.stroke();
		}

		/** A row, on a new page (header repeated) when fewer than 120 points are left. */
		void rowOrNewPage(PDType0Font font, String[] cells, float[] columns, String[] header) throws IOException {
			if (this.y < MARGIN + 120) {
				this.stream.close();
				this.stream = newPage();
				row(this.fonts.bold, header, columns);
			}
			row(font, cells, columns);
		}

		private void show(PDType0Font font, float size, float x, String text) throws IOException {
			this.stream.beginText();
			this.stream.setFont(font, size);
			this.stream.newLineAtOffset(x, this.y);
			this.stream.showText(text);
			this.stream.endText();
		}

		void close() throws IOException {
			this.stream.close();
		}

		/** Greedy word wrap; a word longer than the width is cut. */
		private static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			for (String word : text.split(" ", -1)) {
				String candidate = current.isEmpty() ? word : current + " " + word;
				if (font.getStringWidth(candidate) / 1000 * size <= width) {
					current.setLength(0);
					current.append(candidate);
					continue;
				}
				if (!current.isEmpty()) {
					lines.add(current.toString());
					current.setLength(0);
				}
				String rest = word;
				while (font.getStringWidth(rest) / 1000 * size > width && rest.length() > 1) {
					int cut = rest.length() - 1;
					while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
						cut--;
					}
					lines.add(rest.substring(0, cut));
					rest = rest.substring(cut);
				}
				current.append(rest);
			}
			if (!current.isEmpty() || lines.isEmpty()) {
				lines.add(current.toString());
			}
			return lines;
		}

	}

}
