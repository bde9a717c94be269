package ru.opora.schools.importer;

import java.util.ArrayList;
import java.util.List;

/** Remembers every call, in order, as text. */
final class RecordingSink implements ImportSink {

	@Override
	public void context(int row, ContextRow context) {
		calls.add("context " + row + " " + context);
	}

	@Override
	public void result(int row, ResultRow result) {
		calls.add("result " + row + " " + result);
	}

	@Override
	public void school(int row, SchoolRow school) {
		calls.add("school " + row + " " + school);
	}

	final List<String> calls = new ArrayList<>();

}
