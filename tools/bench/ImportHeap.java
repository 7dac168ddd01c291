import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parindex.platform.ImportLimits;
import org.parindex.platform.TabularFileException;
import org.parindex.platform.XlsxFiles;

/**
 * Peak heap of reading a large criteria sheet: the streaming reader (what imports use now)
 * against POI's whole-workbook XSSFWorkbook (what they used before). Run by import-heap.sh;
 * each measurement in its own JVM: java ImportHeap.java streaming|workbook ROWS.
 */
public class ImportHeap {

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		int rows = Integer.parseInt(args[1]);
		byte[] xlsx = sheet(rows);
		System.gc();
		resetPeaks();
		long start = System.nanoTime();
		String outcome;
		if (mode.equals("streaming")) {
			ImportLimits limits = new ImportLimits(10L << 20, 50L << 20, 0.01, 2_000, "methodology.file.too-many-nodes");
			try {
				outcome = "read " + XlsxFiles.read(new ByteArrayInputStream(xlsx), limits, List.of("Tieu chi"))
					.get("Tieu chi")
					.size() + " rows";
			}
			catch (TabularFileException ex) {
				outcome = "refused: " + ex.messageKey() + " at row " + ex.row();
			}
		}
		else {
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				outcome = "loaded " + (workbook.getSheet("Tieu chi").getLastRowNum() + 1) + " rows";
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("%-9s %7d rows, file %5.1f MB: %-55s %6.2f s, peak heap %6.0f MB%n", mode, rows,
				xlsx.length / 1048576.0, outcome, seconds, peakHeap() / 1048576.0);
	}

	/** A criteria sheet of the template with {@code rows} nodes, as a spreadsheet program writes it. */
	static byte[] sheet(int rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			workbook.setCompressTempFiles(true);
			Sheet sheet = workbook.createSheet("Tieu chi");
			sheet.createRow(0).createCell(0).setCellValue("Mã (code)");
			for (int i = 1; i <= rows; i++) {
				Row row = sheet.createRow(i);
				row.createCell(0).setCellValue("N" + i);
				row.createCell(1).setCellValue("Lĩnh vực");
				row.createCell(3).setCellValue("Lĩnh vực số " + i + " của bộ chỉ số thử");
				row.createCell(5).setCellValue(1);
				row.createCell(9).setCellValue("Hướng dẫn chấm điểm của mục " + i);
			}
			workbook.write(out);
		}
		return out.toByteArray();
	}

	static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
