package org.parindex.survey.web;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes of the public form's address, drawn by ZXing as inline SVG: one path of the
 * dark modules (runs of a row joined), with a quiet zone of {@value #MARGIN} modules and
 * error correction level M (15 % of the symbol may be damaged on a printed sheet). The
 * SVG has no style attribute, so it passes the Content Security Policy, and is hidden
 * from screen readers: the code is printed beside it.
 */
final class InvitationQrCodes {

	static final int MARGIN = 2;

	private InvitationQrCodes() {
	}

	/**
	 * The SVG of a QR code of {@code text}.
	 * @throws IllegalArgumentException when the text does not fit a QR code
	 */
	static String svg(String text) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, MARGIN,
					EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("no QR code for " + text.length() + " characters", ex);
		}
		int width = matrix.getWidth();
		int height = matrix.getHeight();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < height; y++) {
			int x = 0;
			while (x < width) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < width && matrix.get(x, y)) {
					x++;
				}
				path.append('M')
					.append(start)
					.append(',')
					.append(y)
					.append('h')
					.append(x - start)
					.append("v1h-")
					.append(x - start)
					.append('z');
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"invitation-qr\" viewBox=\"0 0 " + width + " " + height
				+ "\" shape-rendering=\"crispEdges\" aria-hidden=\"true\" focusable=\"false\">"
				+ "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

}
