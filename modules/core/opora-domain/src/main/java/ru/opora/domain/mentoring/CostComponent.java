package ru.opora.domain.mentoring;

import java.util.List;
import java.util.Objects;

/**
 * One line of "why this mentor": what it adds to the pair's cost (0 for a
 * strength that matched) and a message key (Language.properties) with its
 * arguments.
 */
public final class CostComponent {

	public CostComponent(String messageKey, double value, List<Object> arguments) {
		_messageKey = Objects.requireNonNull(messageKey);
		_value = value;
		_arguments = List.copyOf(arguments);
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof CostComponent)) {
			return false;
		}

		CostComponent other = (CostComponent)object;

		return _messageKey.equals(other._messageKey) && (Double.compare(_value, other._value) == 0) &&
			_arguments.equals(other._arguments);
	}

	public List<Object> getArguments() {
		return _arguments;
	}

	public String getMessageKey() {
		return _messageKey;
	}

	public double getValue() {
		return _value;
	}

	@Override
	public int hashCode() {
		return Objects.hash(_messageKey, _value, _arguments);
	}

	@Override
	public String toString() {
		return _messageKey + _arguments + "=" + _value;
	}

	private final List<Object> _arguments;
	private final String _messageKey;
	private final double _value;

}
