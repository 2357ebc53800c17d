package id.simitra.platform;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV (CSVFormat.EXCEL: commas, CRLF, quotes where needed), UTF-8 with a
 * byte-order mark so Excel reads Indonesian names correctly instead of guessing a Windows
 * code page. Each row goes out as it is printed: the writer's buffer and Tomcat's
 * response buffer are the only things held.
 */
public final class CsvRowSink implements RowSink {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final Writer writer;

	/** Date-times are written in this zone (the report's, or the venue's). */
	private final ZoneId zone;

	/** Made by {@link #start}, which every writer calls first. */
	private @Nullable CSVPrinter printer;

	public CsvRowSink(OutputStream out, ZoneId zone) {
		this.zone = zone;
		this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
	}

	@Override
	public void start(List<String> header, List<Integer> widths) throws IOException {
		// Before the printer exists: it writes the header row as soon as it is created.
		writer.write('\uFEFF');
		printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(header.toArray(String[]::new)).get());
	}

	@Override
	public void row(Object[] values) throws IOException {
		CSVPrinter p = started();
		for (Object value : values) {
			p.print(format(value));
		}
		p.println();
	}

	@Override
	public void finish() throws IOException {
		started().flush();
	}

	private CSVPrinter started() {
		if (printer == null) {
			throw new IllegalStateException("start() first");
		}
		return printer;
	}

	@Override
	public void close() throws IOException {
		writer.flush();
	}

	private String format(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof String s) {
			return cell(s);
		}
		if (value instanceof OffsetDateTime t) {
			return DATE_TIME.format(t.atZoneSameInstant(zone).toOffsetDateTime().withNano(0));
		}
		return value.toString();
	}

	/**
	 * Text typed by people (business names, partnership objects) made inert: Excel runs a
	 * cell starting with = + - @ (or a tab or carriage return) as a formula ("CSV
	 * injection"), so such a cell gets a leading apostrophe, as Excel itself does for
	 * text.
	 */
	public static String cell(String text) {
		if (text.isEmpty()) {
			return text;
		}
		return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
