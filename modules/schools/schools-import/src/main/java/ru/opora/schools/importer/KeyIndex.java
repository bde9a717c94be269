package ru.opora.schools.importer;

/**
 * A set of row keys with the row where each was first seen, compact enough
 * for millions of rows: each key is kept as a 96-bit fingerprint (a 64-bit
 * hash and 32 bits of an independent second one) next to its row number, in
 * one open-addressing array of two longs a slot (16 bytes; about 21-43 bytes
 * a key with the table's head room), so a look-up touches one cache line.
 */
final class KeyIndex {

	/** Adds the key; returns the row it was first seen at, or -1 if new. */
	int putIfAbsent(CharSequence key, int row) {
		long h1 = _hash(key, 0x9E3779B97F4A7C15L);
		long h2 = _hash(key, 0xC2B2AE3D27D4EB4FL) & _HIGH;

		if ((h1 == 0) && (h2 == 0)) {
			h2 = 1L << 32;
		}

		if ((_size + 1) * 4L > _capacity * 3L) {
			_grow();
		}

		long[] table = _table;
		int mask = _capacity - 1;

		for (int i = (int)(h1 ^ (h1 >>> 32)) & mask;; i = (i + 1) & mask) {
			long slotH1 = table[2 * i];
			long slotRest = table[(2 * i) + 1];

			if ((slotH1 == 0) && ((slotRest & _HIGH) == 0)) {
				table[2 * i] = h1;
				table[(2 * i) + 1] = h2 | (row & 0xFFFFFFFFL);
				_size++;

				return -1;
			}

			if ((slotH1 == h1) && ((slotRest & _HIGH) == h2)) {
				return (int)slotRest;
			}
		}
	}

	int size() {
		return _size;
	}

	private static long _hash(CharSequence key, long seed) {
		long h = seed;

		for (int i = 0; i < key.length(); i++) {
			h ^= key.charAt(i);
			h *= 0x100000001B3L;
			h = Long.rotateLeft(h, 29) + seed;
		}

		// splitmix64 finaliser

		h ^= h >>> 30;
		h *= 0xBF58476D1CE4E5B9L;
		h ^= h >>> 27;
		h *= 0x94D049BB133111EBL;
		h ^= h >>> 31;

		return h ^ key.length();
	}

	private void _grow() {
		long[] old = _table;
		int oldCapacity = _capacity;

		_capacity = oldCapacity * 2;
		_table = new long[_capacity * 2];

		int mask = _capacity - 1;

		for (int j = 0; j < oldCapacity; j++) {
			long h1 = old[2 * j];
			long rest = old[(2 * j) + 1];

			if ((h1 == 0) && ((rest & _HIGH) == 0)) {
				continue;
			}

			int i = (int)(h1 ^ (h1 >>> 32)) & mask;

			while ((_table[2 * i] != 0) || ((_table[(2 * i) + 1] & _HIGH) != 0)) {
				i = (i + 1) & mask;
			}

			_table[2 * i] = h1;
			_table[(2 * i) + 1] = rest;
		}
	}

	private static final long _HIGH = 0xFFFFFFFF00000000L;

	private int _capacity = 1024;
	private int _size;

	/** Slot i: [2i] the first hash, [2i + 1] the second hash's high half | the row. */
	private long[] _table = new long[2048];

}
