package id.simitra.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source file, as SQL would see them: text blocks and
 * ordinary literals with their escapes undone, and literals joined by {@code +} read as
 * one string (a constant in between is read as a placeholder word), so a query split over
 * several lines is checked whole.
 */
final class JavaSources {

	private JavaSources() {
	}

	static List<String> stringLiterals(String java) {
		List<String> out = new ArrayList<>();
		StringBuilder joined = null;
		int n = java.length();
		int i = 0;
		boolean plusPending = false;
		while (i < n) {
			char c = java.charAt(i);
			if (java.startsWith("//", i)) {
				while (i < n && java.charAt(i) != '\n') {
					i++;
				}
				continue;
			}
			if (java.startsWith("/*", i)) {
				int end = java.indexOf("*/", i + 2);
				i = end < 0 ? n : end + 2;
				continue;
			}
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (c == '\'') {
				// a char literal such as '"' or '\''
				int end = i + 1;
				if (end < n && java.charAt(end) == '\\') {
					end++;
				}
				end = java.indexOf('\'', end + 1);
				i = end < 0 ? n : end + 1;
				plusPending = false;
				joined = flush(out, joined);
				continue;
			}
			if (c == '"') {
				String literal;
				if (java.startsWith("\"\"\"", i)) {
					int end = i + 3;
					while (end < n && !(java.startsWith("\"\"\"", end) && java.charAt(end - 1) != '\\')) {
						end++;
					}
					literal = unescape(java.substring(i + 3, Math.min(end, n)));
					i = Math.min(n, end + 3);
				}
				else {
					int end = i + 1;
					while (end < n && java.charAt(end) != '"') {
						end += java.charAt(end) == '\\' ? 2 : 1;
					}
					literal = unescape(java.substring(i + 1, Math.min(end, n)));
					i = Math.min(n, end + 1);
				}
				if (joined != null && plusPending) {
					joined.append(literal);
				}
				else {
					joined = flush(out, joined);
					joined = new StringBuilder(literal);
				}
				plusPending = false;
				continue;
			}
			if (c == '+' && joined != null) {
				plusPending = true;
				i++;
				continue;
			}
			if (plusPending && (Character.isJavaIdentifierStart(c))) {
				// "... where " + ReportSql.APPROVED + " and ...": the constant stands for
				// some SQL
				int end = i;
				while (end < n && (Character.isJavaIdentifierPart(java.charAt(end)) || java.charAt(end) == '.')) {
					end++;
				}
				if (end < n && java.charAt(end) == '(') {
					plusPending = false;
					joined = flush(out, joined);
				}
				else {
					joined.append(" _constant_ ");
					plusPending = false;
					// a following + keeps the chain going
				}
				i = end;
				continue;
			}
			plusPending = false;
			joined = flush(out, joined);
			i++;
		}
		flush(out, joined);
		return out;
	}

	private static StringBuilder flush(List<String> out, StringBuilder joined) {
		if (joined != null) {
			out.add(joined.toString());
		}
		return null;
	}

	private static String unescape(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < s.length()) {
				char e = s.charAt(++i);
				b.append(switch (e) {
					case 'n' -> '\n';
					case 't' -> '\t';
					default -> e;
				});
			}
			else {
				b.append(c);
			}
		}
		return b.toString();
	}

}
