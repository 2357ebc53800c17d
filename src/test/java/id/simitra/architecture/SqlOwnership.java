package id.simitra.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.simitra.architecture.SqlText.Kind;
import id.simitra.architecture.SqlText.Token;

/**
 * Who owns each table, view and function, and who reads or writes them (issue 11,
 * docs/modules.md).
 * <p>
 * Ownership comes from the migrations themselves: a table belongs to the module whose
 * folder ({@code db/migration/<module>/}) holds the migration that creates it, unless a
 * migration of another module's folder says otherwise with
 * {@code comment on table t is 'module: m'} (that comment must then sit in m's folder).
 * Views and functions belong to the module whose folder defines them; those defined in a
 * repeatable migration ({@code R__...}) are <em>published</em>: other modules may read
 * them.
 * <p>
 * Checked: the live views, functions and triggers (the last definition of each, in
 * Flyway's order), every statement of migrations after {@link #LAST_LANDED_VERSION} and
 * of repeatable migrations, the string literals of Java code (JdbcClient SQL,
 * {@code @Query} JPQL and native queries) and the tables of JPA entities. Statements of
 * migrations up to {@link #LAST_LANDED_VERSION} ran once, long ago, and may not be
 * edited: only the objects they left behind are checked.
 * <p>
 * Rules: a module writes only its own tables; it reads another module's data only through
 * that module's published views and functions (reference data may be read by all; a
 * foreign key to another module's table is fine); a trigger on a module's table is
 * defined by that module and runs that module's function; the modules, joined by what
 * they read, form no cycle, and no module reads one of a higher floor.
 */
final class SqlOwnership {

	/**
	 * The last migration version that existed when the rules were introduced (issue 11).
	 */
	static final int LAST_LANDED_VERSION = 43;

	/** Reference data (regions, KBLI, distances) every module may read. */
	static final String REFERENCE = "reference";

	/** Floors: a module may read modules of its own floor or lower ones (issue 11). */
	static final Map<String, Integer> FLOORS = Map.ofEntries(Map.entry("platform", 0), Map.entry(REFERENCE, 0),
			Map.entry("account", 1), Map.entry("umkm", 1), Map.entry("company", 1), Map.entry("product", 1),
			Map.entry("need", 1), Map.entry("matching", 2), Map.entry("directory", 2), Map.entry("offer", 2),
			Map.entry("partnership", 2), Map.entry("shortlist", 3), Map.entry("notification", 3),
			Map.entry("reporting", 3), Map.entry("event", 3), Map.entry("demo", 3));

	/** Today's package names and where they go in the module layout of issue 11. */
	private static final Map<String, String> PACKAGE_MODULES = Map.of("shared", "platform", "web", "platform", "region",
			REFERENCE, "kbli", REFERENCE, "review", "partnership");

	private static final Pattern OWNER_COMMENT = Pattern.compile(
			"comment\\s+on\\s+table\\s+([a-z_][a-z0-9_.]*)\\s+is\\s+'module:\\s*([a-z]+)'", Pattern.CASE_INSENSITIVE);

	private static final Pattern MIGRATION_NAME = Pattern.compile("(?:V([0-9]+)|R)__([A-Za-z0-9_]+)\\.(?:sql|java)");

	private static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\s*\\(\\s*name\\s*=\\s*\"([a-z_0-9]+)\"");

	private static final Pattern COLLECTION_TABLE = Pattern
		.compile("@(?:CollectionTable|JoinTable)\\s*\\(\\s*name\\s*=\\s*\"([a-z_0-9]+)\"");

	private static final Pattern ENTITY_CLASS = Pattern.compile("@Entity\\b[\\s\\S]*?\\bclass\\s+([A-Z][A-Za-z0-9]*)");

	private static final Set<String> NOT_AN_ALIAS = Set.of("where", "join", "left", "right", "inner", "outer", "cross",
			"full", "on", "group", "order", "limit", "offset", "union", "set", "returning", "natural", "lateral",
			"using", "for", "having", "window", "except", "intersect", "values", "select", "and", "or", "then", "when",
			"else", "end", "into", "fetch", "loop", "with", "default", "from", "as", "do");

	enum Access {

		READ, WRITE, FOREIGN_KEY

	}

	record Ref(String name, Access access) {
	}

	/** A piece of SQL and the module it runs for. */
	record Unit(String module, String where, String sql, boolean wholeStatements) {
	}

	record Migration(String module, String relativePath, Integer version, String description, String sql) {

		boolean repeatable() {
			return this.version == null;
		}

	}

	record Definition(String module, String where, boolean published, List<Token> body) {
	}

	record Trigger(String name, String module, String where, String table, String function) {
	}

	record Violation(String where, String module, String object, String owner, String what) {

		@Override
		public String toString() {
			return this.where + " (" + this.module + ") " + this.what + " " + this.object + " of " + this.owner;
		}

	}

	/** Tables, views and functions with their owners, built from the migrations. */
	final Map<String, String> tableOwners = new TreeMap<>();

	final Map<String, Definition> views = new TreeMap<>();

	final Map<String, Definition> functions = new TreeMap<>();

	final Map<String, Trigger> triggers = new TreeMap<>();

	final List<Violation> violations = new ArrayList<>();

	/** Module -> modules whose views, functions or tables it reads. */
	final Map<String, Set<String>> reads = new TreeMap<>();

	private final Map<String, String> entityTables = new LinkedHashMap<>();

	private final List<Unit> units = new ArrayList<>();

	/** The project as it is: src/main/resources/db/migration and src/main/java. */
	static SqlOwnership ofProject(Path projectRoot) {
		SqlOwnership o = new SqlOwnership();
		List<Migration> migrations = new ArrayList<>(
				migrationsIn(projectRoot.resolve("src/main/resources/db/migration")));
		List<Path> java = javaFiles(projectRoot.resolve("src/main/java"));
		for (Path file : java) {
			String relative = projectRoot.resolve("src/main/java").relativize(file).toString().replace('\\', '/');
			if (relative.startsWith("db/migration/")) {
				Matcher m = MIGRATION_NAME.matcher(file.getFileName().toString());
				if (m.matches()) {
					String module = m.group(2).split("_")[0];
					String sql = String.join(";\n", JavaSources.stringLiterals(read(file)));
					migrations.add(new Migration(module, relative,
							m.group(1) == null ? null : Integer.valueOf(m.group(1)), m.group(2), sql));
				}
			}
		}
		o.addMigrations(migrations);
		for (Path file : java) {
			String relative = projectRoot.resolve("src/main/java").relativize(file).toString().replace('\\', '/');
			if (!relative.startsWith("db/migration/")) {
				o.addJava(moduleOfJava(relative), "src/main/java/" + relative, read(file));
			}
		}
		return o;
	}

	/**
	 * The module of a Java file: the package segment after id.simitra, old names mapped
	 * to the new ones.
	 */
	static String moduleOfJava(String relativePath) {
		String[] parts = relativePath.split("/");
		if (parts.length < 4 || !parts[0].equals("id") || !parts[1].equals("simitra")) {
			return "platform";
		}
		String segment = parts[2];
		return PACKAGE_MODULES.getOrDefault(segment, segment);
	}

	static List<Migration> migrationsIn(Path root) {
		List<Migration> out = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return out;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
				String relative = root.relativize(file).toString().replace('\\', '/');
				Matcher m = MIGRATION_NAME.matcher(file.getFileName().toString());
				String module = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : null;
				if (!m.matches()) {
					continue;
				}
				out.add(new Migration(module, relative, m.group(1) == null ? null : Integer.valueOf(m.group(1)),
						m.group(2), read(file)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	private static List<Path> javaFiles(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Builds the owner map in Flyway's order (versioned by version, then repeatable by
	 * description).
	 */
	void addMigrations(List<Migration> migrations) {
		List<Migration> ordered = new ArrayList<>(migrations);
		ordered.sort(Comparator.comparing((Migration m) -> m.repeatable() ? 1 : 0)
			.thenComparing(m -> m.repeatable() ? 0 : m.version())
			.thenComparing(m -> m.description().toLowerCase(Locale.ROOT)));
		Map<String, String> declared = new TreeMap<>();
		for (Migration m : ordered) {
			String where = "db/migration/" + m.relativePath();
			if (m.module() == null || !FLOORS.containsKey(m.module())) {
				this.violations.add(new Violation(where, String.valueOf(m.module()), m.relativePath(), "-",
						"is not in the folder of a module:"));
				continue;
			}
			Matcher comment = OWNER_COMMENT.matcher(m.sql());
			while (comment.find()) {
				String table = lastPart(comment.group(1).toLowerCase(Locale.ROOT));
				String module = comment.group(2).toLowerCase(Locale.ROOT);
				if (!module.equals(m.module())) {
					this.violations.add(new Violation(where, m.module(), table, module,
							"declares an owner outside its own folder for"));
				}
				String before = declared.put(table, module);
				if (before != null && !before.equals(module)) {
					this.violations.add(new Violation(where, m.module(), table, before, "declares a second owner for"));
				}
			}
			for (List<Token> statement : SqlText.statements(SqlText.tokens(m.sql()))) {
				define(m, where, statement);
			}
			boolean checkedWhole = m.repeatable() || m.version() > LAST_LANDED_VERSION;
			if (checkedWhole) {
				this.units.add(new Unit(m.module(), where, m.sql(), true));
			}
		}
		for (Map.Entry<String, String> e : declared.entrySet()) {
			if (this.tableOwners.containsKey(e.getKey())) {
				this.tableOwners.put(e.getKey(), e.getValue());
			}
		}
	}

	private void define(Migration m, String where, List<Token> s) {
		int i = 0;
		if (word(s, i, "create")) {
			i++;
			if (word(s, i, "or") && word(s, i + 1, "replace")) {
				i += 2;
			}
			while (word(s, i, "unlogged") || word(s, i, "temporary") || word(s, i, "temp") || word(s, i, "materialized")
					|| word(s, i, "recursive") || word(s, i, "constraint")) {
				i++;
			}
			String what = wordAt(s, i);
			i++;
			if (word(s, i, "if") && word(s, i + 1, "not") && word(s, i + 2, "exists")) {
				i += 3;
			}
			String name = qualifiedName(s, i);
			if (name == null) {
				return;
			}
			switch (what) {
				case "table" -> this.tableOwners.putIfAbsent(name, m.module());
				case "view" -> this.views.put(name, new Definition(m.module(), where, m.repeatable(), s));
				case "function", "procedure" -> {
					List<Token> body = new ArrayList<>();
					for (Token t : s) {
						if (t.kind() == Kind.DOLLAR) {
							body.addAll(SqlText.tokens(t.text()));
						}
					}
					this.functions.put(name, new Definition(m.module(), where, m.repeatable(), body));
				}
				case "trigger" -> {
					String table = null;
					String function = null;
					for (int j = i; j < s.size(); j++) {
						if (table == null && s.get(j).is("on")) {
							table = qualifiedName(s, j + 1);
						}
						if (s.get(j).is("execute") && (word(s, j + 1, "function") || word(s, j + 1, "procedure"))) {
							function = qualifiedName(s, j + 2);
						}
					}
					this.triggers.put(name + " on " + table, new Trigger(name, m.module(), where, table, function));
				}
				default -> {
				}
			}
		}
		else if (word(s, i, "drop")) {
			String what = wordAt(s, i + 1);
			i += 2;
			if (word(s, i, "if") && word(s, i + 1, "exists")) {
				i += 2;
			}
			String name = qualifiedName(s, i);
			if (name == null) {
				return;
			}
			switch (what) {
				case "view" -> this.views.remove(name);
				case "function" -> this.functions.remove(name);
				case "trigger" -> {
					int on = i + 1;
					while (on < s.size() && !s.get(on).is("on")) {
						on++;
					}
					this.triggers.remove(name + " on " + qualifiedName(s, on + 1));
				}
				default -> {
				}
			}
		}
	}

	void addJava(String module, String where, String source) {
		Matcher entity = ENTITY_CLASS.matcher(source);
		if (entity.find()) {
			Matcher table = TABLE_ANNOTATION.matcher(source);
			String name = table.find() ? table.group(1) : snake(entity.group(1));
			this.entityTables.put(entity.group(1).toLowerCase(Locale.ROOT), name);
			this.units.add(new Unit(module, where + " @Entity", "update " + name, false));
		}
		Matcher collection = COLLECTION_TABLE.matcher(source);
		while (collection.find()) {
			this.units.add(new Unit(module, where + " @CollectionTable", "update " + collection.group(1), false));
		}
		for (String literal : JavaSources.stringLiterals(source)) {
			this.units.add(new Unit(module, where, literal, false));
		}
	}

	/**
	 * Runs every check; the violations and the read graph are then in {@link #violations}
	 * and {@link #reads}.
	 */
	SqlOwnership check() {
		for (Map.Entry<String, Definition> f : this.functions.entrySet()) {
			Definition d = f.getValue();
			checkRefs(d.module(), d.where() + " function " + f.getKey(), refs(d.body()));
		}
		for (Map.Entry<String, Definition> v : this.views.entrySet()) {
			Definition d = v.getValue();
			checkRefs(d.module(), d.where() + " view " + v.getKey(), refs(d.body()));
		}
		for (Trigger t : this.triggers.values()) {
			String owner = ownerOf(t.table());
			if (owner != null && !owner.equals(t.module())) {
				this.violations.add(new Violation(t.where() + " trigger " + t.name(), t.module(), t.table(), owner,
						"defines a trigger on"));
			}
			Definition f = this.functions.get(t.function());
			if (f != null && !f.module().equals(t.module())) {
				this.violations.add(new Violation(t.where() + " trigger " + t.name(), t.module(), t.function(),
						f.module(), "runs the trigger function"));
			}
		}
		for (Unit u : this.units) {
			List<Ref> refs = new ArrayList<>();
			for (List<Token> statement : SqlText.statements(SqlText.tokens(u.sql()))) {
				if (u.wholeStatements() && isDefinition(statement)) {
					continue; // the live definitions are checked above, with their owner
				}
				refs.addAll(refs(statement));
			}
			checkRefs(u.module(), u.where(), refs);
		}
		return this;
	}

	private static boolean isDefinition(List<Token> s) {
		int i = 1;
		if (word(s, i, "or") && word(s, i + 1, "replace")) {
			i += 2;
		}
		return word(s, 0, "create") && (word(s, i, "function") || word(s, i, "view") || word(s, i, "procedure"));
	}

	private void checkRefs(String module, String where, List<Ref> refs) {
		Set<String> seen = new HashSet<>();
		for (Ref ref : refs) {
			String name = resolve(ref.name());
			String owner = ownerOf(name);
			if (owner == null || owner.equals(module) || !seen.add(ref.access() + name)) {
				continue;
			}
			boolean published = isPublished(name);
			switch (ref.access()) {
				case FOREIGN_KEY -> {
				}
				case WRITE -> this.violations.add(new Violation(where, module, name, owner, "writes"));
				case READ -> {
					if (!owner.equals(REFERENCE)) {
						this.reads.computeIfAbsent(module, k -> new TreeSet<>()).add(owner);
					}
					if (!published && !owner.equals(REFERENCE)) {
						this.violations.add(new Violation(where, module, name, owner,
								this.tableOwners.containsKey(name) ? "reads the table" : "reads the unpublished"));
					}
				}
			}
		}
	}

	private String resolve(String name) {
		if (ownerOf(name) == null && this.entityTables.containsKey(name)) {
			return this.entityTables.get(name);
		}
		return name;
	}

	String ownerOf(String name) {
		if (this.tableOwners.containsKey(name)) {
			return this.tableOwners.get(name);
		}
		if (this.views.containsKey(name)) {
			return this.views.get(name).module();
		}
		if (this.functions.containsKey(name)) {
			return this.functions.get(name).module();
		}
		return null;
	}

	private boolean isPublished(String name) {
		Definition d = this.views.containsKey(name) ? this.views.get(name) : this.functions.get(name);
		return d != null && d.published();
	}

	/** Tables, views and functions a statement (or a function body) names, and how. */
	List<Ref> refs(List<Token> s) {
		List<Ref> out = new ArrayList<>();
		Set<String> cteNames = new HashSet<>();
		for (int i = 0; i + 2 < s.size(); i++) {
			if (s.get(i).kind() == Kind.WORD && s.get(i + 1).is("as")
					&& (s.get(i + 2).isPunct("(") || word(s, i + 2, "materialized") || word(s, i + 2, "not"))) {
				cteNames.add(s.get(i).text());
			}
		}
		boolean createIndex = word(s, 0, "create")
				&& (word(s, 1, "index") || (word(s, 1, "unique") && word(s, 2, "index")));
		boolean indexOnSeen = false;
		for (int i = 0; i < s.size(); i++) {
			Token t = s.get(i);
			if (t.kind() == Kind.DOLLAR) {
				// a DO block or a function body written in a Java string: SQL too
				out.addAll(refs(SqlText.tokens(t.text())));
				continue;
			}
			if (t.kind() != Kind.WORD) {
				continue;
			}
			String prev = i > 0 ? wordAt(s, i - 1) : "";
			Access access = null;
			switch (t.text()) {
				case "from" -> access = prev.equals("delete") ? Access.WRITE : Access.READ;
				case "join", "using" -> access = Access.READ;
				case "update" -> access = prev.equals("for") || prev.equals("key") ? null : Access.WRITE;
				case "into" -> access = prev.equals("insert") || prev.equals("merge") ? Access.WRITE : null;
				case "table" ->
					access = Set.of("alter", "truncate", "lock", "drop", "on").contains(prev) ? Access.WRITE : null;
				case "truncate" -> access = Access.WRITE;
				case "references" -> access = Access.FOREIGN_KEY;
				case "on" -> {
					if (createIndex && !indexOnSeen) {
						indexOnSeen = true;
						access = Access.WRITE;
					}
				}
				default -> {
				}
			}
			if (i + 1 < s.size() && s.get(i + 1).isPunct("(") && !prev.equals("function") && ownerOf(t.text()) != null
					&& !this.tableOwners.containsKey(t.text()) && !cteNames.contains(t.text())) {
				out.add(new Ref(t.text(), Access.READ)); // a function call
			}
			if (access == null) {
				continue;
			}
			int j = i + 1;
			while (word(s, j, "only") || word(s, j, "if") || word(s, j, "exists") || word(s, j, "table")) {
				j++;
			}
			while (true) {
				String name = qualifiedName(s, j);
				if (name == null) {
					break;
				}
				int after = skipName(s, j);
				boolean call = access == Access.READ && after < s.size() && s.get(after).isPunct("(");
				if (!cteNames.contains(name) && !call) {
					out.add(new Ref(name, access));
				}
				if (access != Access.READ) {
					break;
				}
				// a FROM list: "from a x, b y"
				j = skipName(s, j);
				if (word(s, j, "as")) {
					j++;
				}
				if (j < s.size() && s.get(j).kind() == Kind.WORD && !NOT_AN_ALIAS.contains(s.get(j).text())) {
					j++;
				}
				if (j < s.size() && s.get(j).isPunct(",") && j + 1 < s.size() && s.get(j + 1).kind() == Kind.WORD
						&& !word(s, j + 1, "lateral")) {
					j++;
					continue;
				}
				break;
			}
		}
		return out;
	}

	private static int skipName(List<Token> s, int i) {
		int j = i + 1;
		while (j + 1 < s.size() && s.get(j).isPunct(".") && s.get(j + 1).kind() == Kind.WORD) {
			j += 2;
		}
		return j;
	}

	/** The (last part of the) name at i, or null when no name is there. */
	private static String qualifiedName(List<Token> s, int i) {
		if (i >= s.size() || s.get(i).kind() != Kind.WORD) {
			return null;
		}
		int j = i;
		String name = s.get(j).text();
		while (j + 2 < s.size() && s.get(j + 1).isPunct(".") && s.get(j + 2).kind() == Kind.WORD) {
			j += 2;
			name = s.get(j).text();
		}
		return name;
	}

	private static String lastPart(String name) {
		return name.substring(name.lastIndexOf('.') + 1);
	}

	private static boolean word(List<Token> s, int i, String word) {
		return i >= 0 && i < s.size() && s.get(i).is(word);
	}

	private static String wordAt(List<Token> s, int i) {
		return i >= 0 && i < s.size() && s.get(i).kind() == Kind.WORD ? s.get(i).text() : "";
	}

	private static String snake(String className) {
		return className.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	/** A cycle in the read graph, as "a -> b -> a", or null. */
	String cycle() {
		Map<String, Integer> state = new TreeMap<>();
		for (String start : this.reads.keySet()) {
			List<String> path = new ArrayList<>();
			String found = visit(start, state, path);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private String visit(String module, Map<String, Integer> state, List<String> path) {
		Integer st = state.get(module);
		if (st != null && st == 2) {
			return null;
		}
		if (st != null && st == 1) {
			List<String> loop = new ArrayList<>(path.subList(path.indexOf(module), path.size()));
			loop.add(module);
			return String.join(" -> ", loop);
		}
		state.put(module, 1);
		path.add(module);
		for (String next : this.reads.getOrDefault(module, Set.of())) {
			String found = visit(next, state, path);
			if (found != null) {
				return found;
			}
		}
		path.remove(path.size() - 1);
		state.put(module, 2);
		return null;
	}

	/** Reads of a module on a higher floor, as "a -> b". */
	List<String> upwardReads() {
		List<String> out = new ArrayList<>();
		this.reads.forEach((from, targets) -> targets.forEach(to -> {
			if (FLOORS.getOrDefault(from, 99) < FLOORS.getOrDefault(to, 99)) {
				out.add(from + " -> " + to);
			}
		}));
		return out;
	}

}
