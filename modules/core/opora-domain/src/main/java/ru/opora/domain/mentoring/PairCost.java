package ru.opora.domain.mentoring;

import java.util.List;

/**
 * The cost of one supported school - mentor pair with its explanation; a pair
 * that breaks a hard rule of the model is not allowed (its total is then
 * meaningless).
 */
public final class PairCost {

	public PairCost(boolean allowed, double total, List<CostComponent> components) {
		_allowed = allowed;
		_total = total;
		_components = List.copyOf(components);
	}

	public List<CostComponent> getComponents() {
		return _components;
	}

	public double getTotal() {
		return _total;
	}

	public boolean isAllowed() {
		return _allowed;
	}

	@Override
	public String toString() {
		return (_allowed ? "" : "not allowed ") + _total + " " + _components;
	}

	private final boolean _allowed;
	private final List<CostComponent> _components;
	private final double _total;

}
