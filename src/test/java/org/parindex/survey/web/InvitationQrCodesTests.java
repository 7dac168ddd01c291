package org.parindex.survey.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed QR code reads back as the public form's address: the SVG's path is drawn
 * into pixels and decoded by ZXing's reader, as a phone's camera would.
 */
class InvitationQrCodesTests {

	private static final Pattern RUN = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-\\d+z");

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private static final int SCALE = 4;

	@Test
	void theSvgDecodesToTheFormsAddress() throws Exception {
		String url = "https://sonoivu.gialai.gov.vn/khao-sat/K7PX2-MQ9RD";
		String svg = InvitationQrCodes.svg(url);
		assertThat(svg).startsWith("<svg").doesNotContain("style=").contains("aria-hidden=\"true\"");
		assertThat(decode(svg)).isEqualTo(url);
		assertThat(decode(InvitationQrCodes.svg(url.replace("K7PX2", "K7PX3")))).isNotEqualTo(url);
	}

	private static String decode(String svg) throws Exception {
		Matcher box = VIEW_BOX.matcher(svg);
		assertThat(box.find()).isTrue();
		int width = Integer.parseInt(box.group(1)) * SCALE;
		int height = Integer.parseInt(box.group(2)) * SCALE;
		int[] pixels = new int[width * height];
		java.util.Arrays.fill(pixels, 0xFFFFFF);
		Matcher run = RUN.matcher(svg);
		while (run.find()) {
			int x0 = Integer.parseInt(run.group(1));
			int y0 = Integer.parseInt(run.group(2));
			int length = Integer.parseInt(run.group(3));
			for (int y = y0 * SCALE; y < (y0 + 1) * SCALE; y++) {
				for (int x = x0 * SCALE; x < (x0 + length) * SCALE; x++) {
					pixels[y * width + x] = 0;
				}
			}
		}
		return new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))))
			.getText();
	}

}
