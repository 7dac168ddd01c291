package org.parindex.platform;

import org.springframework.jdbc.support.KeyHolder;

/** The id the database generated for an inserted row. */
public final class GeneratedKeys {

	private GeneratedKeys() {
	}

	public static long id(KeyHolder key) {
		Number id = key.getKeyAs(Number.class);
		if (id == null) {
			throw new IllegalStateException("The database returned no generated key");
		}
		return id.longValue();
	}

}
