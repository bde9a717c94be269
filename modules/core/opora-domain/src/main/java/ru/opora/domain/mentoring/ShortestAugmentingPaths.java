package ru.opora.domain.mentoring;

/**
 * Exact min-cost transportation on a bipartite graph by successive shortest
 * augmenting paths (the Hungarian / Jonker-Volgenant scheme generalised to
 * capacities).
 *
 * <p>
 * Rows send {@code supply[r]} units, columns take at most
 * {@code capacity[c]}, each arc carries at most one unit. A dummy column of
 * unlimited capacity makes every instance feasible: its arcs cost (1, 0) in
 * the lexicographic cost (units left on the dummy, cost in ticks), so the
 * result first ships as many real units as possible and then has the least
 * cost. Costs are integer ticks, so every comparison is exact.
 * </p>
 *
 * <p>
 * Units are added one at a time; each runs Dijkstra from its row on reduced
 * costs (node potentials keep them non-negative), with an indexed binary heap
 * over arrays, and stops at the first column with free room. Only the nodes it finalised
 * get their potentials updated, so a search costs what it explores.
 * </p>
 */
final class ShortestAugmentingPaths {

	ShortestAugmentingPaths(
		int rowCount, int columnCount, int[] supply, int[] capacity, int[] start, int[] column, long[] ticks) {

		_rowCount = rowCount;
		_columnCount = columnCount;
		_supply = supply;
		_start = start;
		_column = column;
		_ticks = ticks;

		int arcCount = column.length;

		_arcRow = new int[arcCount];

		for (int row = 0; row < rowCount; row++) {
			for (int arc = start[row]; arc < start[row + 1]; arc++) {
				_arcRow[arc] = row;
			}
		}

		// Room of a column: its capacity, at most its number of arcs

		int[] degree = new int[columnCount];

		for (int arc = 0; arc < arcCount; arc++) {
			degree[column[arc]]++;
		}

		_room = new int[columnCount];
		_slotStart = new int[columnCount + 1];

		for (int c = 0; c < columnCount; c++) {
			_room[c] = Math.min(capacity[c], degree[c]);
			_slotStart[c + 1] = _slotStart[c] + _room[c];
		}

		_slots = new int[_slotStart[columnCount]];
		_load = new int[columnCount];
		_flow = new boolean[arcCount];

		int nodeCount = rowCount + columnCount + 1;

		_dummy = rowCount + columnCount;
		_potential1 = new int[nodeCount];
		_potential2 = new long[nodeCount];
		_distance1 = new int[nodeCount];
		_distance2 = new long[nodeCount];
		_predecessor = new int[nodeCount];
		_seen = new int[nodeCount];
		_done = new int[nodeCount];
		_open = new int[nodeCount];
		_position = new int[nodeCount];
		_finalised = new int[nodeCount];
	}

	/** Ships every unit; returns which arcs carry one. */
	boolean[] run() {
		for (int row = 0; row < _rowCount; row++) {
			for (int unit = 0; unit < _supply[row]; unit++) {
				_augment(row);
			}
		}

		return _flow;
	}

	/** Number of search steps, for the benchmark. */
	long getSteps() {
		return _steps;
	}

	private void _addSlot(int c, int arc) {
		_slots[_slotStart[c] + _load[c]] = arc;
		_load[c]++;
	}

	private void _augment(int source) {
		int stamp = ++_stamp;

		_openCount = 0;
		_finalisedCount = 0;

		_reach(source, 0, 0, -1, stamp);

		int end = -1;

		while (_openCount > 0) {

			int bestNode = _pop();
			int best1 = _distance1[bestNode];
			long best2 = _distance2[bestNode];

			_done[bestNode] = stamp;
			_finalised[_finalisedCount++] = bestNode;
			_steps++;

			if (bestNode == _dummy) {
				end = bestNode;

				break;
			}

			if (bestNode >= _rowCount) {
				int c = bestNode - _rowCount;

				if (_load[c] < _room[c]) {
					end = bestNode;

					break;
				}

				// Full column: give back one of its units to the row holding it

				int p1 = best1 + _potential1[bestNode];
				long p2 = best2 + _potential2[bestNode];

				for (int slot = _slotStart[c], last = slot + _load[c]; slot < last; slot++) {
					int arc = _slots[slot];
					int row = _arcRow[arc];

					if (_done[row] != stamp) {
						_reach(row, p1 - _potential1[row], p2 - _ticks[arc] - _potential2[row], arc, stamp);
					}
				}
			}
			else {
				int p1 = best1 + _potential1[bestNode];
				long p2 = best2 + _potential2[bestNode];

				for (int arc = _start[bestNode], last = _start[bestNode + 1]; arc < last; arc++) {
					if (_flow[arc]) {
						continue;
					}

					int node = _rowCount + _column[arc];

					if (_done[node] != stamp) {
						_reach(node, p1 - _potential1[node], p2 + _ticks[arc] - _potential2[node], arc, stamp);
					}
				}

				_reach(_dummy, p1 + 1 - _potential1[_dummy], p2 - _potential2[_dummy], bestNode, stamp);
			}
		}

		// Potentials of the finalised nodes move by their distance less the
		// distance of the end, which keeps every reduced cost non-negative

		int end1 = _distance1[end];
		long end2 = _distance2[end];

		for (int i = 0; i < _finalisedCount; i++) {
			int node = _finalised[i];

			_potential1[node] += _distance1[node] - end1;
			_potential2[node] += _distance2[node] - end2;
		}

		// Walk the path back

		int row;

		if (end == _dummy) {
			row = _predecessor[_dummy];
		}
		else {
			int arc = _predecessor[end];

			_flow[arc] = true;
			_addSlot(end - _rowCount, arc);
			row = _arcRow[arc];
		}

		while (row != source) {
			int back = _predecessor[row];
			int c = _column[back];

			_flow[back] = false;
			_removeSlot(c, back);

			int arc = _predecessor[_rowCount + c];

			_flow[arc] = true;
			_addSlot(c, arc);
			row = _arcRow[arc];
		}
	}

	private void _reach(int node, int d1, long d2, int predecessor, int stamp) {
		if (_seen[node] != stamp) {
			_seen[node] = stamp;
			_distance1[node] = d1;
			_distance2[node] = d2;
			_predecessor[node] = predecessor;
			_position[node] = _openCount;
			_open[_openCount++] = node;
			_siftUp(_openCount - 1);
		}
		else if ((d1 < _distance1[node]) || ((d1 == _distance1[node]) && (d2 < _distance2[node]))) {
			_distance1[node] = d1;
			_distance2[node] = d2;
			_predecessor[node] = predecessor;
			_siftUp(_position[node]);
		}
	}

	/** Removes the open node with the least (distance1, distance2). */
	private int _pop() {
		int node = _open[0];
		int last = _open[--_openCount];

		if (_openCount > 0) {
			_open[0] = last;
			_position[last] = 0;
			_siftDown(0);
		}

		return node;
	}

	private void _siftDown(int index) {
		int node = _open[index];
		int d1 = _distance1[node];
		long d2 = _distance2[node];

		while (true) {
			int child = (2 * index) + 1;

			if (child >= _openCount) {
				break;
			}

			int childNode = _open[child];
			int c1 = _distance1[childNode];
			long c2 = _distance2[childNode];

			if ((child + 1) < _openCount) {
				int rightNode = _open[child + 1];
				int r1 = _distance1[rightNode];
				long r2 = _distance2[rightNode];

				if ((r1 < c1) || ((r1 == c1) && (r2 < c2))) {
					child++;
					childNode = rightNode;
					c1 = r1;
					c2 = r2;
				}
			}

			if ((d1 < c1) || ((d1 == c1) && (d2 <= c2))) {
				break;
			}

			_open[index] = childNode;
			_position[childNode] = index;
			index = child;
		}

		_open[index] = node;
		_position[node] = index;
	}

	private void _siftUp(int index) {
		int node = _open[index];
		int d1 = _distance1[node];
		long d2 = _distance2[node];

		while (index > 0) {
			int parent = (index - 1) >>> 1;
			int parentNode = _open[parent];
			int p1 = _distance1[parentNode];

			if ((p1 < d1) || ((p1 == d1) && (_distance2[parentNode] <= d2))) {
				break;
			}

			_open[index] = parentNode;
			_position[parentNode] = index;
			index = parent;
		}

		_open[index] = node;
		_position[node] = index;
	}

	private void _removeSlot(int c, int arc) {
		int first = _slotStart[c];
		int last = first + _load[c] - 1;

		for (int slot = first; slot <= last; slot++) {
			if (_slots[slot] == arc) {
				_slots[slot] = _slots[last];
				_load[c]--;

				return;
			}
		}

		throw new IllegalStateException("Arc " + arc + " not in column " + c);
	}

	private final int[] _arcRow;
	private final int[] _column;
	private final int _columnCount;
	private final int[] _distance1;
	private final long[] _distance2;
	private final int[] _done;
	private final int _dummy;
	private final int[] _finalised;
	private int _finalisedCount;
	private final boolean[] _flow;
	private final int[] _load;
	private final int[] _open;
	private int _openCount;
	private final int[] _position;
	private final int[] _potential1;
	private final long[] _potential2;
	private final int[] _predecessor;
	private final int[] _room;
	private final int _rowCount;
	private final int[] _seen;
	private final int[] _slots;
	private final int[] _slotStart;
	private int _stamp;
	private final int[] _start;
	private long _steps;
	private final int[] _supply;
	private final long[] _ticks;

}
