package ru.opora.schools.importer;

/**
 * A set of row keys with the row where each was first seen, compact enough
 * for millions of rows: each key is kept as a 128-bit fingerprint (two
 * independent 64-bit hashes) in open-addressing arrays, about 20 bytes per
 * key, instead of the key objects themselves.
 */
final class KeyIndex {

	/** Adds the key; returns the row it was first seen at, or -1 if new. */
	int putIfAbsent(CharSequence key, int row) {
		long h1 = _hash(key, 0x9E3779B97F4A7C15L);
		long h2 = _hash(key, 0xC2B2AE3D27D4EB4FL);

		if ((h1 == 0) && (h2 == 0)) {
			h2 = 1;
		}

		if ((_size + 1) * 4L > _rows.length * 3L) {
			_grow();
		}

		int mask = _rows.length - 1;

		for (int i = (int)(h1 ^ (h1 >>> 32)) & mask;; i = (i + 1) & mask) {
			if ((_h1[i] == 0) && (_h2[i] == 0)) {
				_h1[i] = h1;
				_h2[i] = h2;
				_rows[i] = row;
				_size++;

				return -1;
			}

			if ((_h1[i] == h1) && (_h2[i] == h2)) {
				return _rows[i];
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
		long[] h1 = _h1;
		long[] h2 = _h2;
		int[] rows = _rows;

		_h1 = new long[rows.length * 2];
		_h2 = new long[rows.length * 2];
		_rows = new int[rows.length * 2];

		int mask = _rows.length - 1;

		for (int j = 0; j < rows.length; j++) {
			if ((h1[j] == 0) && (h2[j] == 0)) {
				continue;
			}

			int i = (int)(h1[j] ^ (h1[j] >>> 32)) & mask;

			while ((_h1[i] != 0) || (_h2[i] != 0)) {
				i = (i + 1) & mask;
			}

			_h1[i] = h1[j];
			_h2[i] = h2[j];
			_rows[i] = rows[j];
		}
	}

	private long[] _h1 = new long[1024];
	private long[] _h2 = new long[1024];
	private int[] _rows = new int[1024];
	private int _size;

}
