package id.simitra.shortlist.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;

/**
 * A shortlist as a spreadsheet. UTF-8 with a byte-order mark, which is what makes Excel
 * read names with accents or curly quotes correctly instead of guessing a Windows code
 * page; comma-separated, CRLF, quoted where needed (RFC 4180, CSVFormat.EXCEL). Column
 * titles and values in the reader's language.
 */
public final class ShortlistCsv {

	private static final String[] COLUMNS = { "name", "regency", "province", "sizeClass", "kbli", "hasNib", "products",
			"link" };

	private ShortlistCsv() {
	}

	/**
	 * KBLI codes go out with their titles ("01270 — Pertanian ..."): a bare "01270" would
	 * lose its leading zero in Excel, which reads it as a number.
	 */
	public static byte[] write(List<ShortlistEntryView> entries, MessageSource messages, Locale locale,
			UnaryOperator<String> kbliLabel, LongFunction<String> storefrontUrl) {
		String[] header = new String[COLUMNS.length];
		for (int i = 0; i < COLUMNS.length; i++) {
			header[i] = messages.getMessage("shortlist.csv." + COLUMNS[i], null, locale);
		}
		String yes = messages.getMessage("shortlist.csv.yes", null, locale);
		String no = messages.getMessage("shortlist.csv.no", null, locale);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			// Before the printer exists: it writes the header row as soon as it is
			// created.
			out.write('\uFEFF');
			CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(header).get());
			for (ShortlistEntryView e : entries) {
				String kbli = String.join("; ", e.kbliCodes().stream().map(kbliLabel).toList());
				csv.printRecord(cell(e.businessName()), cell(e.regencyName()), cell(e.provinceName()),
						messages.getMessage(e.sizeClass().messageKey(), null, locale), kbli, e.hasNib() ? yes : no,
						e.productCount(), storefrontUrl.apply(e.umkmId()));
			}
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Text typed by UMKM owners, made inert: Excel runs a cell starting with = + - @ as a
	 * formula ("CSV injection"), so such a cell gets a leading apostrophe, as Excel
	 * itself does for text.
	 */
	public static String cell(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
