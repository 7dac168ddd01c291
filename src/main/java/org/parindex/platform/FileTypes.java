package org.parindex.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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
 * PDF must moreover begin with {@code %PDF-}.</li>
 * <li>Zip files only as an Office Open XML package ({@code [Content_Types].xml} with
 * {@code word/}, {@code xl/} or {@code ppt/} parts) or an OpenDocument package (first
 * entry {@code mimetype} naming text, spreadsheet or presentation).</li>
 * <li>OLE2 compound files only with a {@code WordDocument}, {@code Workbook} (or
 * {@code Book}) or {@code PowerPoint Document} stream at the root.</li>
 * </ul>
 * Anything else is refused: HTML, SVG, XML, text, scripts, executables, other zips and
 * compound files, and files that do not parse as the container they start like.
 */
public final class FileTypes {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final Map<String, FileType> BY_MAGIC = Map.of("application/pdf", FileType.PDF, "image/png",
			FileType.PNG, "image/jpeg", FileType.JPEG, "image/gif", FileType.GIF);

	private static final Map<String, FileType> OOXML_PARTS = Map.of("word/", FileType.DOCX, "xl/", FileType.XLSX,
			"ppt/", FileType.PPTX);

	private static final Map<String, FileType> ODF_MIMETYPES = Map.of("application/vnd.oasis.opendocument.text",
			FileType.ODT, "application/vnd.oasis.opendocument.spreadsheet", FileType.ODS,
			"application/vnd.oasis.opendocument.presentation", FileType.ODP);

	private static final Map<String, FileType> OLE2_STREAMS = Map.of("WordDocument", FileType.DOC, "Workbook",
			FileType.XLS, "Book", FileType.XLS, "PowerPoint Document", FileType.PPT);

	private FileTypes() {
	}

	/**
	 * The type of the file, judged by its content.
	 * @param file the file to look at; its name plays no part
	 * @return the accepted type, or empty when the content is not one of them
	 * @throws IOException when the file cannot be read
	 */
	public static Optional<FileType> detect(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(OLE2.length);
		}
		if (startsWith(head, ZIP)) {
			return zipPackage(file);
		}
		if (startsWith(head, OLE2)) {
			return compoundDocument(file);
		}
		return byMagic(file).filter((type) -> type != FileType.PDF || startsWith(head, PDF));
	}

	private static Optional<FileType> byMagic(Path file) throws IOException {
		// No resource name in the metadata: Tika must not consult the file's name.
		try (TikaInputStream in = TikaInputStream.get(Files.newInputStream(file))) {
			MediaType type = MimeTypes.getDefaultMimeTypes().detect(in, new Metadata());
			return Optional.ofNullable(BY_MAGIC.get(type.getBaseType().toString()));
		}
	}

	private static Optional<FileType> zipPackage(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			if (!entries.hasMoreElements()) {
				return Optional.empty();
			}
			ZipEntry first = entries.nextElement();
			if (first.getName().equals("mimetype")) {
				return openDocument(zip, first);
			}
			if (zip.getEntry("[Content_Types].xml") == null) {
				return Optional.empty();
			}
			Set<FileType> found = EnumSet.noneOf(FileType.class);
			zip.stream().map(ZipEntry::getName).forEach((name) -> OOXML_PARTS.forEach((prefix, type) -> {
				if (name.startsWith(prefix)) {
					found.add(type);
				}
			}));
			return single(found);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<FileType> openDocument(ZipFile zip, ZipEntry mimetype) throws IOException {
		try (InputStream in = zip.getInputStream(mimetype)) {
			String declared = new String(in.readNBytes(64), StandardCharsets.US_ASCII);
			return Optional.ofNullable(ODF_MIMETYPES.get(declared));
		}
	}

	private static Optional<FileType> compoundDocument(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			Set<FileType> found = EnumSet.noneOf(FileType.class);
			OLE2_STREAMS.forEach((name, type) -> {
				if (root.hasEntry(name)) {
					found.add(type);
				}
			});
			return single(found);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** One type, or none when the content is ambiguous. */
	private static Optional<FileType> single(Set<FileType> found) {
		return (found.size() == 1) ? Optional.of(found.iterator().next()) : Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
