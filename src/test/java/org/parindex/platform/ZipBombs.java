package org.parindex.platform;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Zip bombs for tests: office packages whose one part inflates to a long run of zeros. A
 * deflater streams one mebibyte of zeros and flushes fully, so that its output starts
 * afresh; that output, repeated, is the deflated form of as many mebibytes (about 1 KB
 * each, so 1 MB inflates to 1 GiB), and the zip around it is written here by hand (PKWARE
 * APPNOTE 6.3, without ZIP64). Building a 1 GiB bomb this way takes milliseconds instead
 * of deflating a gibibyte.
 */
public final class ZipBombs {

	private static final int MIB = 1 << 20;

	private ZipBombs() {
	}

	/**
	 * An Office Open XML package ({@code [Content_Types].xml}, {@code _rels/.rels}, a
	 * document part) with {@code <main>media/zeros.xml} of {@code mebibytes} MiB of
	 * zeros.
	 * @param main {@code word/}, {@code xl/} or {@code ppt/}
	 * @param mebibytes 1 to 4095
	 */
	public static byte[] officePackage(String main, int mebibytes) {
		return officePackage(main, mebibytes, new byte[MIB]);
	}

	/**
	 * An Office Open XML package like {@link #officePackage(String, int)} whose big part
	 * is {@code block} repeated {@code mebibytes} times.
	 * @param block one mebibyte
	 */
	public static byte[] officePackage(String main, int mebibytes, byte[] block) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\"?><Types/>"));
		parts.put("_rels/.rels", utf8("<?xml version=\"1.0\"?><Relationships/>"));
		parts.put(main + "document.xml", utf8("<?xml version=\"1.0\"?><document/>"));
		List<Entry> entries = new ArrayList<>();
		parts.forEach((name, content) -> entries.add(stored(name, content)));
		entries.add(repeated(main + "media/zeros.xml", mebibytes, block));
		return zip(entries);
	}

	private static Entry stored(String name, byte[] content) {
		CRC32 crc = new CRC32();
		crc.update(content);
		return new Entry(name, 0, crc.getValue(), content.length, content);
	}

	private static Entry repeated(String name, int mebibytes, byte[] block) {
		if (block.length != MIB) {
			throw new IllegalArgumentException("A block is one mebibyte");
		}
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		deflater.setInput(block);
		byte[] oneMebibyte = flush(deflater);
		byte[] end = finish(deflater);
		ByteArrayOutputStream data = new ByteArrayOutputStream(oneMebibyte.length * mebibytes + end.length);
		CRC32 crc = new CRC32();
		for (int i = 0; i < mebibytes; i++) {
			data.writeBytes(oneMebibyte);
			crc.update(block);
		}
		data.writeBytes(end);
		return new Entry(name, 8, crc.getValue(), (long) mebibytes * MIB, data.toByteArray());
	}

	/**
	 * What the deflater gives for its input, flushed so that what follows starts afresh.
	 */
	private static byte[] flush(Deflater deflater) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int written;
		do {
			written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
			out.write(buffer, 0, written);
		}
		while (written == buffer.length);
		return out.toByteArray();
	}

	/** The final (empty) block. */
	private static byte[] finish(Deflater deflater) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[1024];
		deflater.finish();
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	private static byte[] zip(List<Entry> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Integer> offsets = new ArrayList<>();
		for (Entry entry : entries) {
			offsets.add(out.size());
			byte[] name = utf8(entry.name());
			ByteBuffer header = little(30 + name.length);
			header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) entry.method());
			header.putShort((short) 0).putShort((short) 0x21).putInt((int) entry.crc());
			header.putInt(entry.data().length).putInt((int) entry.size()).putShort((short) name.length);
			header.putShort((short) 0).put(name);
			out.writeBytes(header.array());
			out.writeBytes(entry.data());
		}
		int directory = out.size();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			byte[] name = utf8(entry.name());
			ByteBuffer header = little(46 + name.length);
			header.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0);
			header.putShort((short) entry.method()).putShort((short) 0).putShort((short) 0x21);
			header.putInt((int) entry.crc()).putInt(entry.data().length).putInt((int) entry.size());
			header.putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0);
			header.putShort((short) 0).putInt(0).putInt(offsets.get(i)).put(name);
			out.writeBytes(header.array());
		}
		int size = out.size() - directory;
		ByteBuffer end = little(22);
		end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size());
		end.putShort((short) entries.size()).putInt(size).putInt(directory).putShort((short) 0);
		out.writeBytes(end.array());
		return out.toByteArray();
	}

	private static ByteBuffer little(int size) {
		return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private record Entry(String name, int method, long crc, long size, byte[] data) {

	}

}
