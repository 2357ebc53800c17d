package id.simitra.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * An Excel workbook written with POI's streaming SXSSF: only the last {@value #WINDOW}
 * rows are kept in memory, older ones go to a compressed temporary file, so a province of
 * UMKM takes the same heap as a hundred rows. A workbook is a zip that can only be
 * assembled at the end, so the download starts after the last row is read (unlike CSV);
 * the temporary files are deleted in {@link #close()}.
 *
 * <p>
 * Codes (regency, KBLI, NIB) are text cells: Excel would read "12.10" as the number 12.1.
 * Values are never formulas, so text starting with "=" stays text.
 */
public final class XlsxRowSink implements RowSink {

	static final int WINDOW = 100;

	/**
	 * Excel's limit is 1,048,576 rows a sheet, one of them the header; more rows continue
	 * on a new sheet.
	 */
	static final int ROWS_PER_SHEET = 1_048_575;

	private final OutputStream out;

	private final String sheetName;

	/** Date-times are shown in this zone (the report's, or the venue's). */
	private final ZoneId zone;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final CellStyle headerStyle;

	private final CellStyle dateStyle;

	private final CellStyle dateTimeStyle;

	private final CellStyle numberStyle;

	/** Set by {@link #start}, which every writer calls first. */
	private List<String> header = List.of();

	private List<Integer> widths = List.of();

	private @Nullable SXSSFSheet sheet;

	private int sheets;

	private int nextRow;

	public XlsxRowSink(OutputStream out, String sheetName, ZoneId zone) {
		this.zone = zone;
		this.out = out;
		this.sheetName = sheetName;
		workbook.setCompressTempFiles(true);
		Font bold = workbook.createFont();
		bold.setBold(true);
		headerStyle = workbook.createCellStyle();
		headerStyle.setFont(bold);
		short date = workbook.createDataFormat().getFormat("yyyy-mm-dd");
		short dateTime = workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm");
		short number = workbook.createDataFormat().getFormat("#,##0");
		dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(date);
		dateTimeStyle = workbook.createCellStyle();
		dateTimeStyle.setDataFormat(dateTime);
		numberStyle = workbook.createCellStyle();
		numberStyle.setDataFormat(number);
	}

	@Override
	public void start(List<String> header, List<Integer> widths) {
		this.header = List.copyOf(header);
		this.widths = List.copyOf(widths);
		newSheet();
	}

	@Override
	public void row(Object[] values) {
		if (nextRow > ROWS_PER_SHEET) {
			newSheet();
		}
		SXSSFSheet current = sheet;
		if (current == null) {
			throw new IllegalStateException("start() first");
		}
		Row row = current.createRow(nextRow++);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof Long n) {
				cell.setCellValue(n.doubleValue());
				cell.setCellStyle(numberStyle);
			}
			else if (value instanceof LocalDate d) {
				cell.setCellValue(d);
				cell.setCellStyle(dateStyle);
			}
			else if (value instanceof OffsetDateTime t) {
				cell.setCellValue(t.atZoneSameInstant(zone).toLocalDateTime());
				cell.setCellStyle(dateTimeStyle);
			}
			else {
				cell.setCellValue(value.toString());
			}
		}
	}

	@Override
	public void finish() throws IOException {
		workbook.write(out);
		out.flush();
	}

	@Override
	public void close() throws IOException {
		// Also deletes the temporary sheet files (POI 5.4's close disposes them), when
		// the export failed half-way too.
		workbook.close();
	}

	private void newSheet() {
		sheets++;
		SXSSFSheet created = workbook.createSheet(sheets == 1 ? sheetName : sheetName + " (" + sheets + ")");
		sheet = created;
		for (int i = 0; i < widths.size(); i++) {
			created.setColumnWidth(i, widths.get(i) * 256);
		}
		Row row = created.createRow(0);
		for (int i = 0; i < header.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(header.get(i));
			cell.setCellStyle(headerStyle);
		}
		created.createFreezePane(0, 1);
		nextRow = 1;
	}

}
