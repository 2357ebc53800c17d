package id.simitra.need;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The certificates a need asks for (issue 15). {@code required} is a list of groups that
 * must all be met; each group lists alternatives, any one of which meets it when it
 * counts (verified by an officer, not expired). "Halal and (P-IRT or BPOM)" is
 * {@code [[HALAL], [BPOM, PIRT]]}; a plain list of required kinds is one group per kind.
 * {@code preferred} kinds only earn points. A kind is listed once: the first group that
 * names it keeps it, and a required kind is not also preferred. Kinds within a group are
 * sorted; groups keep their order (the group numbers the company chose).
 */
public record CertificateRequirements(List<List<String>> required, List<String> preferred) {

	public static final CertificateRequirements NONE = new CertificateRequirements(List.of(), List.of());

	public CertificateRequirements {
		Set<String> seen = new HashSet<>();
		List<List<String>> groups = new ArrayList<>();
		for (List<String> group : required == null ? List.<List<String>>of() : required) {
			List<String> kinds = group.stream().filter(seen::add).sorted().toList();
			if (!kinds.isEmpty()) {
				groups.add(kinds);
			}
		}
		required = List.copyOf(groups);
		preferred = (preferred == null ? List.<String>of() : preferred).stream().filter(seen::add).sorted().toList();
	}

	/**
	 * Each kind marked true required on its own (one group per kind, in code order), each
	 * marked false preferred: the rule before issue 15, still what tests and demo data
	 * write.
	 */
	public static CertificateRequirements of(Map<String, Boolean> certificates) {
		Map<String, Boolean> sorted = new TreeMap<>(certificates);
		List<List<String>> groups = new ArrayList<>();
		List<String> preferred = new ArrayList<>();
		sorted.forEach((kind, required) -> {
			if (required) {
				groups.add(List.of(kind));
			}
			else {
				preferred.add(kind);
			}
		});
		return new CertificateRequirements(groups, preferred);
	}

	public boolean isEmpty() {
		return required.isEmpty() && preferred.isEmpty();
	}

	/**
	 * The group (1, 2, ...) that lists this kind as required, 0 when it is not required.
	 */
	public int groupOf(String kind) {
		for (int i = 0; i < required.size(); i++) {
			if (required.get(i).contains(kind)) {
				return i + 1;
			}
		}
		return 0;
	}

	public boolean prefers(String kind) {
		return preferred.contains(kind);
	}

	/**
	 * The required groups in words, as pages show them: "HALAL dan (BPOM atau PIRT)" with
	 * {@code and} and {@code or} in the reader's language.
	 */
	public String requiredText(String and, String or) {
		return String.join(" " + and + " ",
				required.stream()
					.map(g -> g.size() == 1 ? g.get(0) : "(" + String.join(" " + or + " ", g) + ")")
					.toList());
	}

}
