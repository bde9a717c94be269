package ru.opora.schools.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;

import ru.opora.domain.school.AssessmentType;
import ru.opora.domain.school.ResultFigures;

class FiguresAndChartTest {

	@Test
	void keyFiguresAverageTheLatestYear() {
		List<ResultFigures> results = List.of(
			new ResultFigures(AssessmentType.VPR, 2023, 5, "Математика", 10, 5, 5, 0, 0, null, null),
			new ResultFigures(AssessmentType.VPR, 2024, 5, "Математика", 20, 4, 8, 6, 2, null, null),
			new ResultFigures(AssessmentType.VPR, 2024, 6, "Русский язык", 10, 0, 5, 5, 0, null, null),
			new ResultFigures(AssessmentType.EGE, 2024, 11, "Химия", 5, null, null, null, null, 48.0, 20.0));

		KeyFigures latest = KeyFigures.latest(results);

		assertEquals(2024, latest.getYear());
		assertEquals(3, latest.getResultsCount());

		// Pass rates 80, 100 and 80 (ЕГЭ: 100 - 20); quality 40 and 50 (ЕГЭ has no marks)

		assertEquals(260.0 / 3, latest.getPassRate(), 1e-9);
		assertEquals(45.0, latest.getQualityRate(), 1e-9);

		SortedMap<Integer, KeyFigures> byYear = KeyFigures.byYear(results);

		assertEquals(List.of(2023, 2024), List.copyOf(byYear.keySet()));
		assertEquals(50.0, byYear.get(2023).getPassRate(), 1e-9);
		assertEquals(0.0, byYear.get(2023).getQualityRate(), 1e-9);
		assertNull(KeyFigures.latest(List.of()));
	}

	@Test
	void keyFiguresWithoutUsableFiguresAreUnknown() {
		KeyFigures keyFigures = KeyFigures.of(
			2024, List.of(new ResultFigures(AssessmentType.OTHER, 2024, 3, "Чтение", 0, null, null, null, null, 3.5, null)));

		assertNull(keyFigures.getPassRate());
		assertNull(keyFigures.getQualityRate());
	}

	@Test
	void chartHasTwoBarsPerYearScaledToThePlot() {
		SortedMap<Integer, KeyFigures> byYear = new java.util.TreeMap<>();

		byYear.put(2022, new KeyFigures(2022, 3, 100.0, 50.0));
		byYear.put(2023, new KeyFigures(2023, 2, 75.0, null));

		ResultChart resultChart = new ResultChart(byYear);
		List<ResultChart.Bar> bars = resultChart.getBars();

		assertEquals(3, bars.size());

		ResultChart.Bar pass2022 = bars.get(0);

		assertEquals(ResultChart.Bar.KIND_PASS_RATE, pass2022.getKind());
		assertEquals(ResultChart.PLOT_HEIGHT, pass2022.getHeight());
		assertEquals(ResultChart.MARGIN_TOP, pass2022.getY());
		assertEquals(ResultChart.PLOT_HEIGHT / 2, bars.get(1).getHeight());
		assertEquals(ResultChart.Bar.KIND_QUALITY_RATE, bars.get(1).getKind());
		assertEquals(150, bars.get(2).getHeight());
		assertEquals(2023, bars.get(2).getYear());
		assertTrue(bars.get(2).getX() > bars.get(1).getX() + ResultChart.BAR_WIDTH);
		assertEquals(List.of("2022", "2023"), List.of(
			resultChart.getYearLabels().get(0).getText(), resultChart.getYearLabels().get(1).getText()));
		assertEquals(5, resultChart.getGridLabels().size());
		assertEquals("100%", resultChart.getGridLabels().get(4).getText());
		assertEquals(ResultChart.MARGIN_TOP, resultChart.getGridLabels().get(4).getY());
		assertTrue(resultChart.getWidth() > bars.get(2).getX() + ResultChart.BAR_WIDTH);
		assertTrue(new ResultChart(new java.util.TreeMap<>()).isEmpty());
	}

	@Test
	void figuresUseTheLocaleAndADashForUnknown() {
		Figures russian = new Figures(new Locale("ru"));

		assertEquals("86,7", russian.format(260.0 / 3));
		assertEquals("45%", russian.formatPercent(45.0));
		assertEquals(Figures.UNKNOWN, russian.format(null));
		assertEquals(Figures.UNKNOWN, russian.formatPercent(Double.NaN));
		assertEquals("1234,5", russian.format(1234.5));
		assertEquals("86.7", new Figures(Locale.ENGLISH).format(260.0 / 3));
	}

}
