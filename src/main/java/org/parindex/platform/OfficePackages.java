package org.parindex.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks inside a zip that claims to be an office document (Office Open XML, ECMA-376 Part
 * 2; OpenDocument, OASIS ODF 1.3 Part 2) before it is accepted: the parts expected of
 * such a document and nothing else, nothing that runs, and bounded work to open it. The
 * central directory is read by the JDK ({@link ZipFile}); every entry is then actually
 * inflated, with the running total capped, so declared sizes are never trusted. The
 * limits are {@link FileTypes#MAX_ENTRIES}, {@link FileTypes#MAX_INFLATED_BYTES} and
 * {@link FileTypes#MAX_RATIO}.
 */
final class OfficePackages {

	private static final Map<String, FileType> OOXML_MAIN = Map.of("word/", FileType.DOCX, "xl/", FileType.XLSX, "ppt/",
			FileType.PPTX);

	/**
	 * Parts every Office Open XML package may have besides its main folder:
	 * relationships, document properties, custom XML, sensitivity labels and digital
	 * signatures.
	 */
	private static final List<String> OOXML_SHARED = List.of("_rels/", "docProps/", "customXml/", "docMetadata/",
			"_xmlsignatures/");

	private static final Map<String, FileType> ODF_MIMETYPES = Map.of("application/vnd.oasis.opendocument.text",
			FileType.ODT, "application/vnd.oasis.opendocument.spreadsheet", FileType.ODS,
			"application/vnd.oasis.opendocument.presentation", FileType.ODP);

	/** Files at the top of an OpenDocument package. */
	private static final Set<String> ODF_FILES = Set.of("mimetype", "content.xml", "styles.xml", "meta.xml",
			"settings.xml", "manifest.rdf", "layout-cache", "VersionList.xml");

	/** Folders of an OpenDocument package, and embedded objects ({@code Object 1/}). */
	private static final Pattern ODF_FOLDERS = Pattern
		.compile("(META-INF|Thumbnails|Pictures|Configurations2|ObjectReplacements|Versions|media|Object \\d+)/.*");

	/** Where OpenDocument keeps macros (Basic, scripts) and their dialogs. */
	private static final Pattern ODF_MACROS = Pattern.compile("(Basic|Scripts|Dialogs)/.*");

	/**
	 * Extensions of files that run or render as a page: Windows and Unix executables and
	 * libraries, scripts, Java, web pages, shortcuts, installers and disk images.
	 */
	private static final Set<String> ACTIVE_EXTENSIONS = Set.of("exe", "dll", "com", "scr", "pif", "msi", "msp", "msix",
			"appx", "cpl", "sys", "ocx", "drv", "so", "dylib", "app", "dmg", "pkg", "deb", "rpm", "apk", "iso", "vhd",
			"js", "jse", "mjs", "vbs", "vbe", "wsf", "wsh", "wsc", "hta", "bat", "cmd", "ps1", "psm1", "psd1", "sh",
			"bash", "zsh", "csh", "ksh", "py", "pl", "rb", "php", "jar", "class", "html", "htm", "xhtml", "shtml",
			"mht", "mhtml", "svgz", "lnk", "reg", "inf", "scf", "url");

	private OfficePackages() {
	}

	/**
	 * The kind of office document in the zip.
	 * @throws UnacceptableFileException when it is no office document (or a damaged one),
	 * or carries what one must not
	 */
	static FileType check(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > FileTypes.MAX_ENTRIES) {
				throw new UnacceptableFileException("file.refused.entries", FileTypes.MAX_ENTRIES);
			}
			List<ZipEntry> entries = new ArrayList<>(zip.size());
			zip.stream().forEach(entries::add);
			if (entries.isEmpty()) {
				throw notAccepted();
			}
			Set<String> names = new HashSet<>();
			for (ZipEntry entry : entries) {
				if (!names.add(entry.getName())) {
					throw new UnacceptableFileException("file.refused.part", shown(entry));
				}
			}
			FileType type = entries.get(0).getName().equals("mimetype") ? openDocument(zip, entries)
					: officeOpenXml(entries, names);
			inflateAll(zip, entries, Files.size(file));
			return type;
		}
		catch (IOException | IllegalArgumentException ex) {
			// A damaged zip (the JDK says so with ZipException, EOFException or, for a
			// malformed name, IllegalArgumentException) is no office document.
			throw notAccepted();
		}
	}

	private static FileType officeOpenXml(List<ZipEntry> entries, Set<String> names) {
		if (!names.contains("[Content_Types].xml")) {
			throw notAccepted();
		}
		Set<FileType> found = EnumSet.noneOf(FileType.class);
		OOXML_MAIN.forEach((folder, type) -> {
			if (names.stream().anyMatch((name) -> name.startsWith(folder))) {
				found.add(type);
			}
		});
		if (found.size() != 1) {
			throw notAccepted();
		}
		FileType type = found.iterator().next();
		String main = OOXML_MAIN.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == type)
			.findFirst()
			.orElseThrow()
			.getKey();
		for (ZipEntry entry : entries) {
			String name = entry.getName();
			activeByName(entry);
			String last = lastSegment(name).toLowerCase(Locale.ROOT);
			if (last.equals("vbaproject.bin") || last.equals("vbadata.xml") || name.contains("/activeX/")) {
				throw new UnacceptableFileException("file.refused.macros", shown(entry));
			}
			boolean expected = name.equals("[Content_Types].xml") || name.startsWith(main)
					|| OOXML_SHARED.stream().anyMatch(name::startsWith);
			if (!expected) {
				throw new UnacceptableFileException("file.refused.part", shown(entry));
			}
		}
		return type;
	}

	private static FileType openDocument(ZipFile zip, List<ZipEntry> entries) throws IOException {
		ZipEntry mimetype = entries.get(0);
		if (mimetype.getMethod() != ZipEntry.STORED) {
			throw notAccepted();
		}
		FileType type;
		try (InputStream in = zip.getInputStream(mimetype)) {
			type = ODF_MIMETYPES.get(new String(in.readNBytes(128), StandardCharsets.US_ASCII));
		}
		if (type == null || zip.getEntry("META-INF/manifest.xml") == null) {
			throw notAccepted();
		}
		for (ZipEntry entry : entries) {
			String name = entry.getName();
			activeByName(entry);
			if (ODF_MACROS.matcher(name).matches()) {
				throw new UnacceptableFileException("file.refused.macros", shown(entry));
			}
			if (!ODF_FILES.contains(name) && !ODF_FOLDERS.matcher(name).matches()) {
				throw new UnacceptableFileException("file.refused.part", shown(entry));
			}
		}
		return type;
	}

	/**
	 * Inflates every entry, looking at the first bytes of each for something that runs,
	 * and stops as soon as the total is over the limit or the ratio to the file's size
	 * is.
	 */
	private static void inflateAll(ZipFile zip, List<ZipEntry> entries, long fileSize) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long inflated = 0;
		for (ZipEntry entry : entries) {
			if (entry.isDirectory()) {
				continue;
			}
			try (InputStream in = zip.getInputStream(entry)) {
				boolean first = true;
				for (int read = in.readNBytes(buffer, 0, buffer.length); read > 0; read = in.read(buffer)) {
					if (first && FileTypes.startsActive(buffer, read)) {
						throw new UnacceptableFileException("file.refused.active", shown(entry));
					}
					first = false;
					inflated += read;
					if (inflated > FileTypes.MAX_INFLATED_BYTES) {
						throw new UnacceptableFileException("file.refused.inflated",
								FileTypes.MAX_INFLATED_BYTES / (1024 * 1024) + " MB");
					}
					if (inflated > FileTypes.RATIO_GRACE_BYTES && inflated > fileSize * FileTypes.MAX_RATIO) {
						throw new UnacceptableFileException("file.refused.ratio", FileTypes.MAX_RATIO);
					}
				}
			}
		}
	}

	private static void activeByName(ZipEntry entry) {
		String last = lastSegment(entry.getName());
		int dot = last.lastIndexOf('.');
		if (dot >= 0 && ACTIVE_EXTENSIONS.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT))) {
			throw new UnacceptableFileException("file.refused.active", shown(entry));
		}
	}

	private static String lastSegment(String name) {
		String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
		return trimmed.substring(trimmed.lastIndexOf('/') + 1);
	}

	/** An entry's name as it may be shown: cleaned like any file name. */
	private static String shown(ZipEntry entry) {
		return FileNames.clean(lastSegment(entry.getName()));
	}

	private static UnacceptableFileException notAccepted() {
		return new UnacceptableFileException(UnacceptableFileException.NOT_ACCEPTED);
	}

}
