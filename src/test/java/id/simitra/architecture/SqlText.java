package id.simitra.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small SQL (and JPQL) tokenizer for the ownership check: it drops comments and string
 * literals, keeps identifiers (lower-cased, quotes removed), punctuation and
 * dollar-quoted bodies (whose text the checker tokenizes again, so a function body is
 * read like any other SQL), and splits a script into statements.
 */
final class SqlText {

	enum Kind {

		WORD, PUNCT, DOLLAR, OTHER

	}

	record Token(Kind kind, String text) {

		boolean is(String word) {
			return this.kind == Kind.WORD && this.text.equals(word);
		}

		boolean isPunct(String p) {
			return this.kind == Kind.PUNCT && this.text.equals(p);
		}

	}

	private SqlText() {
	}

	static List<Token> tokens(String sql) {
		List<Token> out = new ArrayList<>();
		int n = sql.length();
		int i = 0;
		while (i < n) {
			char c = sql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
				while (i < n && sql.charAt(i) != '\n') {
					i++;
				}
			}
			else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
				int depth = 0;
				do {
					if (sql.startsWith("/*", i)) {
						depth++;
						i += 2;
					}
					else if (sql.startsWith("*/", i)) {
						depth--;
						i += 2;
					}
					else {
						i++;
					}
				}
				while (depth > 0 && i < n);
			}
			else if (c == '\'') {
				// a string literal ('' inside it is a quote); E'...' escapes are rare
				// enough to read alike
				boolean escapes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e');
				i++;
				while (i < n) {
					char s = sql.charAt(i);
					if (escapes && s == '\\') {
						i += 2;
						continue;
					}
					if (s == '\'') {
						if (i + 1 < n && sql.charAt(i + 1) == '\'') {
							i += 2;
							continue;
						}
						break;
					}
					i++;
				}
				i++;
				out.add(new Token(Kind.OTHER, "'"));
			}
			else if (c == '$' && dollarTag(sql, i) != null) {
				String tag = dollarTag(sql, i);
				int start = i + tag.length();
				int end = sql.indexOf(tag, start);
				if (end < 0) {
					end = n;
				}
				out.add(new Token(Kind.DOLLAR, sql.substring(start, end)));
				i = Math.min(n, end + tag.length());
			}
			else if (c == '"') {
				int end = sql.indexOf('"', i + 1);
				if (end < 0) {
					end = n;
				}
				out.add(new Token(Kind.WORD, sql.substring(i + 1, end).toLowerCase(Locale.ROOT)));
				i = end + 1;
			}
			else if (Character.isLetter(c) || c == '_') {
				int start = i;
				while (i < n
						&& (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
					i++;
				}
				String word = sql.substring(start, i).toLowerCase(Locale.ROOT);
				// a named parameter (:name) or a cast (::type) is not a name in the
				// schema
				boolean param = start > 0 && sql.charAt(start - 1) == ':';
				out.add(new Token(param ? Kind.OTHER : Kind.WORD, word));
			}
			else if (Character.isDigit(c)) {
				while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
					i++;
				}
				out.add(new Token(Kind.OTHER, "0"));
			}
			else if (c == '(' || c == ')' || c == ',' || c == ';' || c == '.') {
				out.add(new Token(Kind.PUNCT, String.valueOf(c)));
				i++;
			}
			else {
				out.add(new Token(Kind.OTHER, String.valueOf(c)));
				i++;
			}
		}
		return out;
	}

	/**
	 * {@code $$} or {@code $tag$} starting at i, or null ($1 parameters are not quotes).
	 */
	private static String dollarTag(String sql, int i) {
		int j = i + 1;
		while (j < sql.length() && (Character.isLetter(sql.charAt(j)) || sql.charAt(j) == '_')) {
			j++;
		}
		if (j < sql.length() && sql.charAt(j) == '$') {
			return sql.substring(i, j + 1);
		}
		return null;
	}

	/** The statements of a token list, split at top-level semicolons. */
	static List<List<Token>> statements(List<Token> tokens) {
		List<List<Token>> out = new ArrayList<>();
		List<Token> current = new ArrayList<>();
		for (Token t : tokens) {
			if (t.isPunct(";")) {
				if (!current.isEmpty()) {
					out.add(current);
				}
				current = new ArrayList<>();
			}
			else {
				current.add(t);
			}
		}
		if (!current.isEmpty()) {
			out.add(current);
		}
		return out;
	}

}
