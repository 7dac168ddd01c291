package org.parindex.platform;

/**
 * A module that keeps stored files tells the {@link FileStore}'s sweeper which contents
 * it still refers to (the assessment module's evidence rows do). A content that no module
 * refers to is deleted once untouched for the grace period.
 */
public interface FileReferences {

	/**
	 * Whether this module still refers to the stored content.
	 * @param sha256 64 lower-case hex characters
	 */
	boolean references(String sha256);

}
