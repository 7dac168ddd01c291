package org.parindex.platform;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The one place where a file name that came from a user's computer is made safe to store,
 * show and send back ({@code Content-Disposition}). A name is never trusted: it is only a
 * label, and the label must show what it is. {@link #clean} therefore
 * <ol>
 * <li>writes it in Unicode NFC;</li>
 * <li>keeps only the last segment after {@code /} or {@code \};</li>
 * <li>removes control characters (Unicode Cc), line and paragraph separators, and every
 * format character (Cf): the bidirectional controls U+061C, U+200E, U+200F, U+202A–U+202E
 * and U+2066–U+2069 that make {@code bao-cao\u202Efdp.exe} show as "bao-caoexe.pdf", the
 * zero-width characters U+200B–U+200D and U+2060, the byte order mark U+FEFF and the soft
 * hyphen U+00AD; unpaired surrogates go too;</li>
 * <li>writes every other space as an ordinary space, one at a time;</li>
 * <li>replaces the characters Windows reserves ({@code < > : " | ? *}) by {@code _};</li>
 * <li>drops leading dots and spaces (hidden files) and trailing ones (Windows drops them
 * and the extension would change);</li>
 * <li>prefixes a name that Windows reserves for a device ({@code CON}, {@code PRN},
 * {@code AUX}, {@code NUL}, {@code COM1}–{@code COM9}, {@code LPT1}–{@code LPT9}, with or
 * without extension) with {@code _};</li>
 * <li>shortens it to at most {@value #MAX_BYTES} bytes of UTF-8, keeping the extension,
 * cutting between user-perceived characters only.</li>
 * </ol>
 * A name with nothing left is {@value #FALLBACK}. Rules from Microsoft's "Naming Files,
 * Paths, and Namespaces" and Unicode Technical Report #36 (Unicode security
 * considerations).
 */
public final class FileNames {

	/**
	 * The longest name kept, in bytes of UTF-8: under the 255 bytes that common file
	 * systems allow, with room for a download's {@code (1)}.
	 */
	public static final int MAX_BYTES = 200;

	/** The name of a file whose name had nothing left after cleaning. */
	public static final String FALLBACK = "tep-dinh-kem";

	/**
	 * What counts as an extension: up to ten ASCII letters or digits after the last dot.
	 */
	private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");

	private static final Pattern RESERVED_DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])");

	private static final Set<Integer> RESERVED_CHARACTERS = Set.of((int) '<', (int) '>', (int) ':', (int) '"',
			(int) '|', (int) '?', (int) '*');

	private FileNames() {
	}

	/**
	 * The name made safe to store and show (see the class description).
	 * @param original what the browser sent, or {@code null}
	 * @return a non-blank name of at most {@value #MAX_BYTES} bytes of UTF-8
	 */
	public static String clean(@Nullable String original) {
		if (original == null) {
			return FALLBACK;
		}
		String name = Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder(name.length());
		name.codePoints().forEach((codePoint) -> {
			int type = Character.getType(codePoint);
			if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
					|| type == Character.UNASSIGNED) {
				return;
			}
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				if (kept.length() > 0 && kept.charAt(kept.length() - 1) != ' ') {
					kept.append(' ');
				}
				return;
			}
			kept.appendCodePoint(RESERVED_CHARACTERS.contains(codePoint) ? '_' : codePoint);
		});
		name = trimDotsAndSpaces(kept.toString());
		if (name.isEmpty()) {
			return FALLBACK;
		}
		int dot = name.indexOf('.');
		if (RESERVED_DEVICE.matcher((dot < 0) ? name : name.substring(0, dot).stripTrailing()).matches()) {
			name = "_" + name;
		}
		return bound(name);
	}

	/**
	 * The extension of a name, if it has one: up to ten ASCII letters or digits after the
	 * last dot ({@code "v1. ban cuoi"} has none).
	 * @param name a cleaned name
	 * @return the extension in lower case, without the dot
	 */
	public static Optional<String> extension(String name) {
		int dot = name.lastIndexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		String extension = name.substring(dot + 1);
		return EXTENSION.matcher(extension).matches() ? Optional.of(extension.toLowerCase(Locale.ROOT))
				: Optional.empty();
	}

	/**
	 * The name under which a file of a detected kind may be stored: the name itself when
	 * its extension is one of the kind's ({@link FileType#extensions()}), the name with
	 * the kind's usual extension when it has none, and nothing when the name claims
	 * another kind ({@code poly.html} holding a PDF, {@code archive.zip} holding a Word
	 * document).
	 * @param name a cleaned name ({@link #clean})
	 * @param type the kind found from the content
	 * @return the name to store, or empty when name and content disagree
	 */
	public static Optional<String> agreeing(String name, FileType type) {
		Optional<String> extension = extension(name);
		if (extension.isEmpty()) {
			return Optional.of(bound(name + "." + type.extension()));
		}
		return type.hasExtension(extension.get()) ? Optional.of(name) : Optional.empty();
	}

	/**
	 * The name to send a file under: cleaned, and ending in an extension of its kind,
	 * whatever was stored (names stored before these rules may disagree with their
	 * content). A wrong extension is replaced by the kind's usual one.
	 * @param name the stored name
	 * @param type the kind found from the content when it was uploaded
	 * @return e.g. {@code poly.pdf} for a PDF stored as {@code poly.html}
	 */
	public static String forDownload(String name, FileType type) {
		String clean = clean(name);
		return agreeing(clean, type).orElseGet(() -> {
			String base = clean.substring(0, clean.lastIndexOf('.'));
			return bound(trimDotsAndSpaces(base).isEmpty() ? FALLBACK + "." + type.extension()
					: base + "." + type.extension());
		});
	}

	/** At most {@link #MAX_BYTES} bytes of UTF-8, keeping the extension. */
	private static String bound(String name) {
		if (utf8Length(name) <= MAX_BYTES) {
			return name;
		}
		String suffix = extension(name).map((extension) -> name.substring(name.lastIndexOf('.'))).orElse("");
		String base = name.substring(0, name.length() - suffix.length());
		int budget = MAX_BYTES - utf8Length(suffix);
		// Cut between user-perceived characters, never inside one (a letter and its
		// marks).
		BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
		characters.setText(base);
		int cut = 0;
		int used = 0;
		for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
			used += utf8Length(base.substring(cut, next));
			if (used > budget) {
				break;
			}
			cut = next;
		}
		String kept = base.substring(0, cut);
		String shortened = trimDotsAndSpaces(kept);
		return (shortened.isEmpty() ? FALLBACK : shortened) + suffix;
	}

	private static String trimDotsAndSpaces(String name) {
		int start = 0;
		int end = name.length();
		while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
			start++;
		}
		while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
			end--;
		}
		return name.substring(start, end);
	}

	private static int utf8Length(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}
