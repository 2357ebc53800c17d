package id.simitra.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Kemendagri provinces and regencies/cities. Reference data changes only through a
 * migration, so it is read once and kept in memory (552 rows).
 */
@Service
public class RegionService {

	/**
	 * North Sumatra comes first in pickers: the first deployment is the Sumut provincial
	 * office.
	 */
	static final String HOME_PROVINCE = "12";

	private final JdbcClient jdbc;

	private volatile @Nullable Map<String, Regency> regencies;

	private volatile @Nullable List<Province> provinces;

	RegionService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Regency> regency(@Nullable String code) {
		return Optional.ofNullable(code).map(c -> load().get(c));
	}

	public boolean isRegency(String code) {
		return regency(code).isPresent();
	}

	public String regencyName(String code) {
		return regency(code).map(Regency::name).orElse(code);
	}

	/** The province with this code (two digits), with its regencies. */
	public Optional<Province> province(@Nullable String code) {
		return code == null ? Optional.empty() : provinces().stream().filter(p -> p.code().equals(code)).findFirst();
	}

	/** Provinces with their regencies, home province first, for grouped pickers. */
	public List<Province> provinces() {
		load();
		return Objects.requireNonNull(provinces, "set by load()");
	}

	private Map<String, Regency> load() {
		Map<String, Regency> loaded = regencies;
		if (loaded != null) {
			return loaded;
		}
		synchronized (this) {
			if (regencies == null) {
				Map<String, String> provinceNames = new LinkedHashMap<>();
				jdbc.sql("select code, name from region where level = 'province' order by code")
					.query((rs, n) -> provinceNames.put(rs.getString(1), rs.getString(2)))
					.list();
				Map<String, Regency> byCode = new LinkedHashMap<>();
				jdbc.sql(
						"select code, parent_code, name, latitude, longitude from region where level <> 'province' order by code")
					.query((rs, n) -> new Regency(rs.getString(1), rs.getString(2), rs.getString(3),
							provinceNames.get(rs.getString(2)), rs.getDouble(4), rs.getDouble(5)))
					.list()
					.forEach(r -> byCode.put(r.code(), r));
				List<Province> grouped = new ArrayList<>();
				provinceNames.forEach((code, name) -> grouped.add(new Province(code, name,
						byCode.values().stream().filter(r -> r.provinceCode().equals(code)).toList())));
				grouped
					.sort((a, b) -> Boolean.compare(!a.code().equals(HOME_PROVINCE), !b.code().equals(HOME_PROVINCE)));
				provinces = List.copyOf(grouped);
				regencies = byCode;
			}
			return regencies;
		}
	}

	public record Regency(String code, String provinceCode, String name, @Nullable String provinceName, double latitude,
			double longitude) {
	}

	public record Province(String code, String name, List<Regency> regencies) {
	}

}
