package ru.opora.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.xml.sax.InputSource;

/**
 * Checks the exploded theme that the war plugin packs: the theme builder and
 * the CSS builder ran before this test, so a missing or empty file here means a
 * broken war.
 */
public class OporaThemeBuildTest {

	@BeforeAll
	public static void setUpClass() {
		String themeDir = System.getProperty("opora.theme.dir");

		Assertions.assertNotNull(
			themeDir, "System property opora.theme.dir is not set");

		_themeDir = Paths.get(themeDir);

		Assertions.assertTrue(
			Files.isDirectory(_themeDir),
			"Theme builder output is missing: " + _themeDir);

		_primaryColor = System.getProperty(
			"opora.theme.primary.color", "#1F4E79");
	}

	@Test
	public void testClayCssUsesPrimaryColor() throws IOException {
		String css = _read("css/clay.css");

		Assertions.assertTrue(
			_containsColor(css, _primaryColor),
			"css/clay.css does not use the primary colour " + _primaryColor);
	}

	@Test
	public void testLogoAndThumbnail() throws IOException {
		String svg = _read("images/opora-logo.svg");

		Assertions.assertTrue(svg.contains("<svg"), "Logo is not an SVG");
		Assertions.assertTrue(svg.contains("Опора"), "Logo lacks «Опора»");

		byte[] thumbnail = Files.readAllBytes(
			_file("images/thumbnail.png"));

		Assertions.assertTrue(
			(thumbnail.length > 8) && ((thumbnail[0] & 0xFF) == 0x89) &&
			(thumbnail[1] == 'P') && (thumbnail[2] == 'N') &&
			(thumbnail[3] == 'G'),
			"images/thumbnail.png is not a PNG image");
	}

	@Test
	public void testLookAndFeel() throws Exception {
		DocumentBuilderFactory documentBuilderFactory =
			DocumentBuilderFactory.newInstance();

		documentBuilderFactory.setFeature(
			"http://apache.org/xml/features/nonvalidating/load-external-dtd",
			false);

		DocumentBuilder documentBuilder =
			documentBuilderFactory.newDocumentBuilder();

		Document document;

		try (InputStream inputStream = Files.newInputStream(
				_file("WEB-INF/liferay-look-and-feel.xml"))) {

			document = documentBuilder.parse(new InputSource(inputStream));
		}

		Element theme = (Element)document.getElementsByTagName(
			"theme"
		).item(
			0
		);

		Assertions.assertNotNull(theme, "No <theme> in look-and-feel");
		Assertions.assertEquals("opora", theme.getAttribute("id"));
		Assertions.assertEquals(
			"ftl",
			theme.getElementsByTagName(
				"template-extension"
			).item(
				0
			).getTextContent());
	}

	@Test
	public void testMainCssUsesPrimaryColor() throws IOException {
		String css = _read("css/main.css");

		Assertions.assertTrue(
			css.contains(".opora-header"),
			"css/main.css lacks the Opora styles of _custom.scss");
		Assertions.assertTrue(
			_containsColor(css, _primaryColor),
			"css/main.css does not use the primary colour " + _primaryColor);
		Assertions.assertFalse(
			css.contains("@import \"custom\"") ||
			css.contains("@import 'custom'"),
			"css/main.css is not compiled");
	}

	@Test
	public void testPaletteContrast() throws IOException {
		Map<String, String> palette = _readPalette();

		_assertContrast(palette, "opora-text", "opora-background", 4.5);
		_assertContrast(palette, "opora-text-muted", "opora-background", 4.5);
		_assertContrast(palette, "opora-primary", "opora-background", 4.5);
		_assertContrast(palette, "opora-primary", "opora-surface", 4.5);
		_assertContrast(
			palette, "opora-primary-dark", "opora-background", 4.5);
		_assertContrast(palette, "opora-on-primary", "opora-primary", 4.5);

		// Focus rings are non-text contrast: 3:1.

		_assertContrast(palette, "opora-primary", "opora-background", 3);
		_assertContrast(palette, "opora-focus-ring", "opora-primary", 3);
	}

	@Test
	public void testPluginPackageProperties() throws IOException {
		Properties properties = new Properties();

		try (Reader reader = Files.newBufferedReader(
				_file("WEB-INF/liferay-plugin-package.properties"),
				StandardCharsets.ISO_8859_1)) {

			properties.load(reader);
		}

		Assertions.assertEquals("Opora", properties.getProperty("author"));
		Assertions.assertEquals(
			"7.4.3.112+", properties.getProperty("liferay-versions"));
		Assertions.assertNotNull(properties.getProperty("name"));
		Assertions.assertEquals(
			"opora-theme", properties.getProperty("servlet-context-name"));
	}

	@Test
	public void testPortalNormalTemplate() throws IOException {
		String portalNormal = _read("templates/portal_normal.ftl");

		Assertions.assertTrue(portalNormal.contains("opora-header"));
		Assertions.assertTrue(portalNormal.contains("${opora_footer_text}"));
		Assertions.assertTrue(portalNormal.contains("content_include"));

		String initCustom = _read("templates/init_custom.ftl");

		Assertions.assertTrue(
			initCustom.contains("Опора — поддержка школ ШНОР/ШНСУ"),
			"Footer text is missing from init_custom.ftl");
	}

	private static void _assertContrast(
		Map<String, String> palette, String foreground, String background,
		double minimum) {

		double ratio = _contrast(
			_color(palette, foreground), _color(palette, background));

		Assertions.assertTrue(
			ratio >= minimum,
			String.format(
				Locale.ROOT, "$%s on $%s has contrast %.2f:1, below %.1f:1",
				foreground, background, ratio, minimum));
	}

	private static String _color(Map<String, String> palette, String name) {
		String color = palette.get(name);

		Assertions.assertNotNull(color, "Palette lacks $" + name);

		return color;
	}

	private static boolean _containsColor(String css, String color) {
		String lowerCaseCss = css.toLowerCase(Locale.ROOT);

		return lowerCaseCss.contains(color.toLowerCase(Locale.ROOT));
	}

	private static double _contrast(String color1, String color2) {
		double luminance1 = _luminance(color1);
		double luminance2 = _luminance(color2);

		return (Math.max(luminance1, luminance2) + 0.05) /
			(Math.min(luminance1, luminance2) + 0.05);
	}

	private static Path _file(String name) {
		Path path = _themeDir.resolve(name);

		Assertions.assertTrue(
			Files.isRegularFile(path), "The theme lacks " + name);

		return path;
	}

	private static double _linear(int channel) {
		double value = channel / 255.0;

		if (value <= 0.03928) {
			return value / 12.92;
		}

		return Math.pow((value + 0.055) / 1.055, 2.4);
	}

	private static double _luminance(String color) {
		int rgb = Integer.parseInt(color.substring(1), 16);

		return (0.2126 * _linear((rgb >> 16) & 0xFF)) +
			(0.7152 * _linear((rgb >> 8) & 0xFF)) +
				(0.0722 * _linear(rgb & 0xFF));
	}

	private static String _read(String name) throws IOException {
		String content = new String(
			Files.readAllBytes(_file(name)), StandardCharsets.UTF_8);

		Assertions.assertFalse(content.isBlank(), name + " is empty");

		return content;
	}

	private static Map<String, String> _readPalette() throws IOException {
		Map<String, String> palette = new HashMap<>();

		Matcher matcher = _paletteEntryPattern.matcher(
			_read("css/_opora_variables.scss"));

		while (matcher.find()) {
			palette.put(matcher.group(1), matcher.group(2));
		}

		return palette;
	}

	private static final Pattern _paletteEntryPattern = Pattern.compile(
		"\\$([a-z-]+):\\s*(#[0-9A-Fa-f]{6})\\s*;");

	private static String _primaryColor;
	private static Path _themeDir;

}
