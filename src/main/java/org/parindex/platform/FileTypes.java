package org.parindex.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides whether a file is an accepted {@link FileType}, by its content only, never by
 * its name or by the type a browser claims. A renamed executable, script or HTML page
 * must never be accepted as evidence, whatever its name says; and since accepted files
 * are only ever offered for download, never shown inline, nothing active can reach a
 * reader's browser through them.
 * <ul>
 * <li>PDF, PNG, JPEG and GIF by their magic bytes (Apache Tika, given no file name); a
 * PDF must moreover begin with {@code %PDF-}. None of them may carry HTML or script
 * markup ({@code <html}, {@code <script}, {@code <body}, {@code <iframe},
 * {@code <!doctype html}, in any case, anywhere in the file): that is the mark of a
 * polyglot meant to run as a page when some browser or server takes it for HTML. Real
 * PDFs and images do not contain these bytes (their streams are compressed; the chance of
 * compressed bytes spelling one is below 10<sup>-7</sup> for a 20 MB file).</li>
 * <li>Zip files only as an Office Open XML package ({@code [Content_Types].xml} with
 * {@code word/}, {@code xl/} or {@code ppt/} parts) or an OpenDocument package (first
 * entry {@code mimetype}, stored, naming text, spreadsheet or presentation, and a
 * manifest), holding only the parts such a document has, no executable, script or page
 * (by name or by its first bytes), no macros, at most {@value #MAX_ENTRIES} entries,
 * inflating to at most {@link #MAX_INFLATED_BYTES} bytes and at most {@value #MAX_RATIO}
 * times the file's size ({@link OfficePackages}).</li>
 * <li>OLE2 compound files only with a {@code WordDocument}, {@code Workbook} (or
 * {@code Book}) or {@code PowerPoint Document} stream at the root, and without the
 * storages that hold macros ({@code Macros}, {@code _VBA_PROJECT_CUR}, {@code VBA}).</li>
 * </ul>
 * Anything else is refused: HTML, SVG, XML, text, scripts, executables, other zips and
 * compound files, and files that do not parse as the container they start like.
 */
public final class FileTypes {

	/**
	 * Most entries an office package may have: 5,000. Real documents have tens to a few
	 * hundred (one per image, sheet or slide); the limit bounds the work of reading the
	 * central directory.
	 */
	public static final int MAX_ENTRIES = 5_000;

	/**
	 * Most bytes an office package may inflate to, all entries together, counted while
	 * actually inflating: 200 MiB. That is ten times the largest evidence file
	 * ({@code parindex.evidence.max-file-size}, 20 MB) and far beyond any real document's
	 * XML, and bounds what the server (and any reader's office program) has to unpack.
	 */
	public static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;

	/**
	 * Highest ratio of inflated bytes to the file's size: 100 to 1, the limit Apache POI
	 * applies ({@code ZipSecureFile}). A zip bomb of 1 MB that inflates to 1 GiB has
	 * about 1,000 to 1 and is refused after inflating about 100 MB.
	 */
	public static final int MAX_RATIO = 100;

	/**
	 * Inflated bytes below which the ratio is not checked: 1 MiB, so that small documents
	 * of highly compressible XML are never refused for their ratio.
	 */
	public static final long RATIO_GRACE_BYTES = 1024 * 1024;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	/** First bytes of executables: Windows (MZ), ELF, Java classes, Mach-O, scripts. */
	private static final List<byte[]> EXECUTABLE_MAGIC = List.of(new byte[] { 'M', 'Z' },
			new byte[] { 0x7F, 'E', 'L', 'F' }, new byte[] { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE },
			new byte[] { (byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE },
			new byte[] { (byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE },
			new byte[] { (byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF }, new byte[] { '#', '!' });

	/** How a page or script begins (lower case; compared ignoring ASCII case). */
	private static final List<byte[]> PAGE_START = ascii("<!doctype html", "<html", "<head", "<body", "<script",
			"<iframe", "<?php");

	/** HTML or script markup that a PDF or image must not contain anywhere. */
	private static final List<byte[]> MARKUP = ascii("<script", "<html", "<body", "<iframe", "<!doctype html");

	private static final Map<String, FileType> BY_MAGIC = Map.of("application/pdf", FileType.PDF, "image/png",
			FileType.PNG, "image/jpeg", FileType.JPEG, "image/gif", FileType.GIF);

	private static final Map<String, FileType> OLE2_STREAMS = Map.of("WordDocument", FileType.DOC, "Workbook",
			FileType.XLS, "Book", FileType.XLS, "PowerPoint Document", FileType.PPT);

	/** Storages that hold VBA macros: Word's, Excel's, and the project itself. */
	private static final Set<String> OLE2_MACROS = Set.of("Macros", "_VBA_PROJECT_CUR", "VBA");

	private FileTypes() {
	}

	/**
	 * The type of the file, judged by its content.
	 * @param file the file to look at; its name plays no part
	 * @return the accepted type, or empty when the content is not one of them or carries
	 * what it must not (see {@link #check} for why)
	 * @throws IOException when the file cannot be read
	 */
	public static Optional<FileType> detect(Path file) throws IOException {
		try {
			return Optional.of(check(file));
		}
		catch (UnacceptableFileException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The type of the file, judged by its content, or why it is refused.
	 * @param file the file to look at; its name plays no part
	 * @return the accepted type
	 * @throws UnacceptableFileException when the content is none of the accepted types
	 * ({@link UnacceptableFileException#NOT_ACCEPTED}) or carries what it must not: parts
	 * an office document does not have ({@code file.refused.part}), an executable, script
	 * or page ({@code file.refused.active}), macros ({@code file.refused.macros}), too
	 * many entries ({@code file.refused.entries}), too much to inflate
	 * ({@code file.refused.inflated}), too high a compression ratio
	 * ({@code file.refused.ratio}), HTML or script markup ({@code file.refused.markup})
	 * @throws IOException when the file cannot be read
	 */
	public static FileType check(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(OLE2.length);
		}
		if (startsWith(head, ZIP)) {
			return OfficePackages.check(file);
		}
		if (startsWith(head, OLE2)) {
			return compoundDocument(file);
		}
		FileType type = byMagic(file).filter((found) -> found != FileType.PDF || startsWith(head, PDF))
			.orElseThrow(() -> new UnacceptableFileException(UnacceptableFileException.NOT_ACCEPTED));
		if (containsMarkup(file)) {
			throw new UnacceptableFileException("file.refused.markup");
		}
		return type;
	}

	/**
	 * Whether bytes begin like an executable, a script or a web page: {@code MZ}, ELF,
	 * Java class, Mach-O, {@code #!}, or (after a byte order mark and white space)
	 * {@code <html}, {@code <!doctype html}, {@code <script}, … in any case.
	 */
	static boolean startsActive(byte[] bytes, int length) {
		for (byte[] magic : EXECUTABLE_MAGIC) {
			if (length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
				return true;
			}
		}
		int start = (length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) ? 3
				: 0;
		while (start < length && (bytes[start] == ' ' || bytes[start] == '\t' || bytes[start] == '\r'
				|| bytes[start] == '\n' || bytes[start] == '\f')) {
			start++;
		}
		for (byte[] page : PAGE_START) {
			if (regionMatchesIgnoringCase(bytes, start, length, page)) {
				return true;
			}
		}
		return false;
	}

	private static Optional<FileType> byMagic(Path file) throws IOException {
		// No resource name in the metadata: Tika must not consult the file's name.
		try (TikaInputStream in = TikaInputStream.get(Files.newInputStream(file))) {
			MediaType type = MimeTypes.getDefaultMimeTypes().detect(in, new Metadata());
			return Optional.ofNullable(BY_MAGIC.get(type.getBaseType().toString()));
		}
	}

	/** Whether HTML or script markup occurs anywhere in the file, in any case. */
	private static boolean containsMarkup(Path file) throws IOException {
		int overlap = MARKUP.stream().mapToInt((pattern) -> pattern.length).max().orElse(1) - 1;
		byte[] buffer = new byte[64 * 1024 + overlap];
		int kept = 0;
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer, kept, buffer.length - kept); read > 0; read = in.read(buffer, kept,
					buffer.length - kept)) {
				int length = kept + read;
				for (int i = 0; i < length; i++) {
					if (buffer[i] == '<') {
						for (byte[] pattern : MARKUP) {
							if (regionMatchesIgnoringCase(buffer, i, length, pattern)) {
								return true;
							}
						}
					}
				}
				kept = Math.min(overlap, length);
				System.arraycopy(buffer, length - kept, buffer, 0, kept);
			}
		}
		return false;
	}

	private static FileType compoundDocument(Path file) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			Set<FileType> found = EnumSet.noneOf(FileType.class);
			OLE2_STREAMS.forEach((name, type) -> {
				if (root.hasEntry(name)) {
					found.add(type);
				}
			});
			if (found.size() != 1) {
				throw new UnacceptableFileException(UnacceptableFileException.NOT_ACCEPTED);
			}
			for (String macros : OLE2_MACROS) {
				if (root.hasEntry(macros)) {
					throw new UnacceptableFileException("file.refused.macros", macros);
				}
			}
			return found.iterator().next();
		}
		catch (RuntimeException ex) {
			if (ex instanceof UnacceptableFileException unacceptable) {
				throw unacceptable;
			}
			// POI reports a damaged compound file with runtime exceptions.
			throw new UnacceptableFileException(UnacceptableFileException.NOT_ACCEPTED);
		}
		catch (IOException ex) {
			throw new UnacceptableFileException(UnacceptableFileException.NOT_ACCEPTED);
		}
	}

	private static boolean regionMatchesIgnoringCase(byte[] bytes, int offset, int length, byte[] lowerCase) {
		if (length - offset < lowerCase.length) {
			return false;
		}
		for (int i = 0; i < lowerCase.length; i++) {
			byte b = bytes[offset + i];
			if (b >= 'A' && b <= 'Z') {
				b = (byte) (b + ('a' - 'A'));
			}
			if (b != lowerCase[i]) {
				return false;
			}
		}
		return true;
	}

	private static List<byte[]> ascii(String... texts) {
		return Arrays.stream(texts).map((text) -> text.getBytes(StandardCharsets.US_ASCII)).toList();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
