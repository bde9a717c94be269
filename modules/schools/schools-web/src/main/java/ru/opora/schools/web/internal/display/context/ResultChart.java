package ru.opora.schools.web.internal.display.context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Geometry of the school card's bar chart: for every year two bars, the pass
 * rate and the quality rate in percent, drawn as inline SVG by the JSP.
 *
 * @author Opora
 */
public class ResultChart {

	public static final int BAR_GAP = 4;

	public static final int BAR_WIDTH = 22;

	public static final int MARGIN_BOTTOM = 28;

	public static final int MARGIN_LEFT = 40;

	public static final int MARGIN_RIGHT = 12;

	public static final int MARGIN_TOP = 12;

	public static final int PLOT_HEIGHT = 200;

	public static final int YEAR_GAP = 28;

	public ResultChart(SortedMap<Integer, KeyFigures> keyFiguresByYear) {
		List<Bar> bars = new ArrayList<>();
		List<Label> yearLabels = new ArrayList<>();

		int x = MARGIN_LEFT + (YEAR_GAP / 2);

		for (Map.Entry<Integer, KeyFigures> entry :
				keyFiguresByYear.entrySet()) {

			KeyFigures keyFigures = entry.getValue();

			bars.add(
				_bar(x, entry.getKey(), Bar.KIND_PASS_RATE,
					keyFigures.getPassRate()));
			bars.add(
				_bar(x + BAR_WIDTH + BAR_GAP, entry.getKey(),
					Bar.KIND_QUALITY_RATE, keyFigures.getQualityRate()));

			yearLabels.add(
				new Label(
					x + BAR_WIDTH + (BAR_GAP / 2),
					MARGIN_TOP + PLOT_HEIGHT + 18,
					String.valueOf(entry.getKey())));

			x += (2 * BAR_WIDTH) + BAR_GAP + YEAR_GAP;
		}

		_bars = Collections.unmodifiableList(bars);
		_yearLabels = Collections.unmodifiableList(yearLabels);
		_width = x - (YEAR_GAP / 2) + MARGIN_RIGHT;

		List<Label> gridLabels = new ArrayList<>();

		for (int percent = 0; percent <= 100; percent += 25) {
			gridLabels.add(
				new Label(MARGIN_LEFT - 6, _y(percent), percent + "%"));
		}

		_gridLabels = Collections.unmodifiableList(gridLabels);
	}

	/** Bars with a value; a year without a figure has no bar of that kind. */
	public List<Bar> getBars() {
		List<Bar> bars = new ArrayList<>();

		for (Bar bar : _bars) {
			if (bar.getValue() != null) {
				bars.add(bar);
			}
		}

		return bars;
	}

	/** Horizontal grid lines at 0, 25, 50, 75 and 100 percent. */
	public List<Label> getGridLabels() {
		return _gridLabels;
	}

	public int getHeight() {
		return MARGIN_TOP + PLOT_HEIGHT + MARGIN_BOTTOM;
	}

	public int getPlotRight() {
		return _width - MARGIN_RIGHT;
	}

	public int getWidth() {
		return _width;
	}

	public List<Label> getYearLabels() {
		return _yearLabels;
	}

	public boolean isEmpty() {
		return getBars().isEmpty();
	}

	public static class Bar {

		public static final String KIND_PASS_RATE = "pass-rate";

		public static final String KIND_QUALITY_RATE = "quality-rate";

		public Bar(
			int x, int y, int width, int height, int year, String kind,
			Double value) {

			_x = x;
			_y = y;
			_width = width;
			_height = height;
			_year = year;
			_kind = kind;
			_value = value;
		}

		public int getHeight() {
			return _height;
		}

		public String getKind() {
			return _kind;
		}

		public Double getValue() {
			return _value;
		}

		public int getWidth() {
			return _width;
		}

		public int getX() {
			return _x;
		}

		public int getY() {
			return _y;
		}

		public int getYear() {
			return _year;
		}

		private final int _height;
		private final String _kind;
		private final Double _value;
		private final int _width;
		private final int _x;
		private final int _y;
		private final int _year;

	}

	public static class Label {

		public Label(int x, int y, String text) {
			_x = x;
			_y = y;
			_text = text;
		}

		public String getText() {
			return _text;
		}

		public int getX() {
			return _x;
		}

		public int getY() {
			return _y;
		}

		private final String _text;
		private final int _x;
		private final int _y;

	}

	private static Bar _bar(int x, int year, String kind, Double value) {
		if (value == null) {
			return new Bar(x, _y(0), BAR_WIDTH, 0, year, kind, null);
		}

		double clamped = Math.max(0, Math.min(100, value));
		int height = (int)Math.round(PLOT_HEIGHT * clamped / 100.0);

		return new Bar(
			x, MARGIN_TOP + PLOT_HEIGHT - height, BAR_WIDTH, height, year, kind,
			value);
	}

	private static int _y(double percent) {
		return MARGIN_TOP + PLOT_HEIGHT -
			(int)Math.round(PLOT_HEIGHT * percent / 100.0);
	}

	private final List<Bar> _bars;
	private final List<Label> _gridLabels;
	private final int _width;
	private final List<Label> _yearLabels;

}
