package org.parindex.reporting.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Liberation Serif fonts (SIL Open Font License 1.1, {@code fonts/} on the
 * class path), metric-compatible with Times New Roman: embedded in PDFs, drawn in charts,
 * and used to measure how wide a line of heading text prints, so that the rule under the
 * motto and the agency's name spans the text as Decree 30/2020 asks.
 */
public final class TextWidths {

	/** The fonts' family name, as PDFs and charts name it. */
	public static final String FAMILY = "Liberation Serif";

	private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

	private static final Font REGULAR = load("LiberationSerif-Regular.ttf");

	private static final Font BOLD = load("LiberationSerif-Bold.ttf");

	private TextWidths() {
	}

	/**
	 * The printed width of a line of text.
	 * @param text the text, on one line
	 * @param sizePt the font size in points
	 * @param bold whether it is bold
	 * @return the width in twentieths of a point (twips), rounded up
	 */
	public static int twips(String text, float sizePt, boolean bold) {
		Font font = (bold ? BOLD : REGULAR).deriveFont(sizePt);
		return (int) Math.ceil(font.getStringBounds(text, CONTEXT).getWidth() * 20);
	}

	/**
	 * A bundled font file, to read once.
	 * @param file the file name under {@code fonts/} ({@code LiberationSerif-Bold.ttf})
	 */
	public static InputStream open(String file) {
		InputStream in = TextWidths.class.getResourceAsStream("/fonts/" + file);
		if (in == null) {
			throw new IllegalStateException("The font " + file + " is not on the class path");
		}
		return in;
	}

	/** The regular or bold face at a size, for drawing. */
	static Font font(boolean bold, float sizePt) {
		return (bold ? BOLD : REGULAR).deriveFont(sizePt);
	}

	private static Font load(String file) {
		try (InputStream in = open(file)) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("The font " + file + " cannot be read", ex);
		}
	}

}
