package ru.opora.schools.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.Test;

class SharedStringCacheTest {

	@Test
	void sameTextAsThePoiTable() throws Exception {
		String xml =
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>" +
				"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"6\" uniqueCount=\"5\">" +
					"<si><t>sch001</t></si>" +
					"<si><t xml:space=\"preserve\">  Русский  язык </t></si>" +
					"<si><r><t>Мате</t></r><r><rPr><b/></rPr><t>матика</t></r></si>" +
					"<si><t>line_x000D_break_x005F_x000D_</t></si>" +
					"<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>" +
						"</sst>";
		ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(
			new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), false);
		SharedStringCache cache = new SharedStringCache(table);

		assertEquals(table.getUniqueCount(), cache.getUniqueCount());
		assertEquals(table.getCount(), cache.getCount());

		for (int i = 0; i < table.getUniqueCount(); i++) {
			assertEquals(table.getItemAt(i).toString(), cache.getItemAt(i).toString(), "item " + i);
			assertEquals(table.getItemAt(i).getString(), cache.getItemAt(i).getString(), "item " + i);
			assertSame(cache.getItemAt(i), cache.getItemAt(i));
		}

		assertEquals("line\rbreak_x000D_", cache.getItemAt(3).toString());

		// without uniqueCount (optional): the cache grows as indexes come

		ReadOnlySharedStringsTable noCount = new ReadOnlySharedStringsTable(
			new ByteArrayInputStream(
				xml.replace(" count=\"6\" uniqueCount=\"5\"", "").getBytes(StandardCharsets.UTF_8)),
			false);
		SharedStringCache grown = new SharedStringCache(noCount);

		for (int i = table.getUniqueCount() - 1; i >= 0; i--) {
			assertEquals(table.getItemAt(i).toString(), grown.getItemAt(i).toString(), "item " + i);
		}

		for (int index : new int[] {-1, 5, 99, SharedStringCache.MAX_CACHED + 1}) {
			assertEquals(
				assertThrows(Exception.class, () -> table.getItemAt(index)).getClass(),
				assertThrows(Exception.class, () -> cache.getItemAt(index)).getClass());
		}
	}

}
