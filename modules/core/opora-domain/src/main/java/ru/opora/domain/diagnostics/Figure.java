package ru.opora.domain.diagnostics;

/**
 * A share in an aggregate: count of a group. Suppressed (not shown) when the
 * group has fewer than {@link Aggregates#MIN_GROUP} teachers, so that no
 * teacher can be singled out.
 */
public final class Figure {

	public Figure(int count, int group) {
		_count = count;
		_group = group;
	}

	public boolean suppressed() {
		return _group < Aggregates.MIN_GROUP;
	}

	/** The count; -1 if suppressed. */
	public int count() {
		return suppressed() ? -1 : _count;
	}

	/** The group size; -1 if suppressed. */
	public int group() {
		return suppressed() ? -1 : _group;
	}

	/** The percent, one decimal; -1 if suppressed. */
	public double percent() {
		if (suppressed()) {
			return -1;
		}

		return Math.round(_count * 1000.0 / _group) / 10.0;
	}

	@Override
	public String toString() {
		return suppressed() ? "suppressed" : (_count + "/" + _group);
	}

	private final int _count;
	private final int _group;

}
