package id.simitra.platform;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart drawn on the server as SVG (templates/fragments/charts.html): no
 * script, so it passes the Content-Security-Policy, prints, and reads the same on a 360
 * px phone. Shared by the officers' dashboard (reporting) and the event report. Each bar
 * has its label on the line above it and its number after it, so the chart is readable
 * without colour or a legend. Coordinates are in a 360-unit-wide view box.
 */
public record BarChart(List<Bar> bars) {

	static final int ROW = 44;

	static final int MAX_BAR = 250;

	public BarChart {
		bars = List.copyOf(bars);
	}

	/**
	 * Scales the bars so the largest is {@link #MAX_BAR} wide; a non-zero value is never
	 * thinner than 2.
	 */
	public static BarChart of(List<Bar> values) {
		long max = values.stream().mapToLong(Bar::value).max().orElse(0);
		return new BarChart(values.stream()
			.map(b -> new Bar(b.key(), b.label(), b.value(),
					max == 0 || b.value() == 0 ? 0 : (int) Math.max(2, Math.round(b.value() * (double) MAX_BAR / max))))
			.toList());
	}

	public boolean isEmpty() {
		return bars.stream().allMatch(b -> b.value() == 0);
	}

	public long total() {
		return bars.stream().mapToLong(Bar::value).sum();
	}

	public int height() {
		return bars.size() * ROW;
	}

	public String viewBox() {
		return "0 0 360 " + height();
	}

	public int labelY(int index) {
		return index * ROW + 14;
	}

	public int barY(int index) {
		return index * ROW + 20;
	}

	public int valueY(int index) {
		return index * ROW + 33;
	}

	public int valueX(Bar bar) {
		return bar.width() + 6;
	}

	/**
	 * One bar of a chart.
	 *
	 * @param key a message key for the label (size classes, patterns, funnel stages), or
	 * null
	 * @param label the label itself when there is no key (regency names, KBLI sections)
	 * @param width in view-box units, set by {@link BarChart#of}
	 */
	public record Bar(@Nullable String key, @Nullable String label, long value, int width) {

		public static Bar keyed(String key, long value) {
			return new Bar(key, null, value, 0);
		}

		public static Bar labelled(String label, long value) {
			return new Bar(null, label, value, 0);
		}

	}

}
