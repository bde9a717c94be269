package ru.opora.schools.importer;

/**
 * Receives the accepted rows, schools first, then results, then context;
 * {@code row} is the 1-based row number as Excel shows it. Implementations
 * should upsert by key so that importing the same file twice is harmless.
 */
public interface ImportSink {

	public default void context(int row, ContextRow context) {
	}

	public default void result(int row, ResultRow result) {
	}

	public default void school(int row, SchoolRow school) {
	}

}
