package db.migration;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Types;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the Kemendagri regions and the KBLI 2020 classification from the CSV copies in
 * {@code db/reference} (sources in SOURCES.md there). A Java migration because the CSV
 * files are on the classpath, where SQL {@code COPY} cannot reach them.
 */
public class V3__reference_data_load extends BaseJavaMigration {

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

	@Override
	public void migrate(Context context) throws Exception {
		var connection = context.getConnection();
		try (Reader in = open("regions.csv");
				PreparedStatement insert = connection.prepareStatement(
						"insert into region (code, parent_code, level, name, latitude, longitude) values (?, ?, ?, ?, ?, ?)")) {
			for (CSVRecord row : CSV.parse(in)) {
				insert.setString(1, row.get("code"));
				setNullable(insert, 2, row.get("parent_code"));
				insert.setString(3, row.get("level"));
				insert.setString(4, row.get("name"));
				setDouble(insert, 5, row.get("latitude"));
				setDouble(insert, 6, row.get("longitude"));
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (Reader in = open("kbli2020.csv");
				PreparedStatement insert = connection.prepareStatement(
						"insert into kbli (version, code, level, section, parent_code, title) values ('2020', ?, ?, ?, ?, ?)")) {
			for (CSVRecord row : CSV.parse(in)) {
				insert.setString(1, row.get("code"));
				insert.setString(2, row.get("level"));
				insert.setString(3, row.get("section"));
				setNullable(insert, 4, row.get("parent_code"));
				insert.setString(5, row.get("title").strip().replaceAll("\\s+", " "));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static Reader open(String file) {
		var stream = V3__reference_data_load.class.getResourceAsStream("/db/reference/" + file);
		if (stream == null) {
			throw new IllegalStateException("Reference file missing from the classpath: " + file);
		}
		return new InputStreamReader(stream, StandardCharsets.UTF_8);
	}

	private static void setNullable(PreparedStatement ps, int index, String value) throws Exception {
		if (value == null || value.isBlank()) {
			ps.setNull(index, Types.VARCHAR);
		}
		else {
			ps.setString(index, value);
		}
	}

	private static void setDouble(PreparedStatement ps, int index, String value) throws Exception {
		if (value == null || value.isBlank()) {
			ps.setNull(index, Types.DOUBLE);
		}
		else {
			ps.setDouble(index, Double.parseDouble(value));
		}
	}

}
