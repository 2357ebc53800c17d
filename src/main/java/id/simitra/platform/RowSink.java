package id.simitra.platform;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Where exported rows go (reporting's lists, the event report; CSV or XLSX), one at a
 * time as they come from the database cursor. Values are String, Long, LocalDate or
 * OffsetDateTime (null for empty cells).
 */
public interface RowSink extends Closeable {

	void start(List<String> header, List<Integer> widths) throws IOException;

	void row(Object[] values) throws IOException;

	/** Writes whatever is still buffered; the sink is closed afterwards. */
	void finish() throws IOException;

}
