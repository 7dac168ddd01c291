package org.parindex.reporting.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of the official reports, drawn with JFreeChart into PNG pictures at 200 dpi,
 * in black and greys so that they read on a black-and-white office printer, with the
 * bundled Liberation Serif for every letter (Vietnamese included, whatever fonts the
 * server has).
 */
public final class Charts {

	private static final double SCALE = 200 / 72.0;

	private Charts() {
	}

	/**
	 * Bars of a unit's points by area against the mean of the units, each as a % of the
	 * area's applicable maximum.
	 * @param areas the areas' labels (codes), in order
	 * @param unit the unit's % per area (empty where nothing applies)
	 * @param mean the units' mean % per area
	 * @param unitName the legend of the unit's bars
	 * @param meanName the legend of the mean's bars
	 * @param axis the value axis's label
	 * @param widthMm the printed width
	 * @param heightMm the printed height
	 * @return the PNG
	 */
	public static byte[] areas(List<String> areas, List<Optional<BigDecimal>> unit, List<BigDecimal> mean,
			String unitName, String meanName, String axis, int widthMm, int heightMm) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int i = 0; i < areas.size(); i++) {
			data.addValue(unit.get(i).orElse(null), unitName, areas.get(i));
			data.addValue(mean.get(i), meanName, areas.get(i));
		}
		JFreeChart chart = ChartFactory.createBarChart(null, null, axis, data, PlotOrientation.VERTICAL, true, false,
				false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.getRangeAxis().setRange(0, 100);
		BarRenderer bars = (BarRenderer) plot.getRenderer();
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setSeriesPaint(0, new Color(0x33, 0x33, 0x33));
		bars.setSeriesPaint(1, new Color(0xb0, 0xb0, 0xb0));
		bars.setItemMargin(0.05);
		return png(chart, widthMm, heightMm);
	}

	/**
	 * A unit's total over the years.
	 * @param years the years' labels, oldest first
	 * @param totals the totals (empty where the unit did not take part)
	 * @param series the legend of the line
	 * @param axis the value axis's label
	 * @param widthMm the printed width
	 * @param heightMm the printed height
	 * @return the PNG
	 */
	public static byte[] trend(List<String> years, List<Optional<BigDecimal>> totals, String series, String axis,
			int widthMm, int heightMm) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int i = 0; i < years.size(); i++) {
			data.addValue(totals.get(i).orElse(null), series, years.get(i));
		}
		JFreeChart chart = ChartFactory.createLineChart(null, null, axis, data, PlotOrientation.VERTICAL, false, false,
				false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.getRangeAxis().setRange(0, 100);
		plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		LineAndShapeRenderer line = (LineAndShapeRenderer) plot.getRenderer();
		line.setSeriesPaint(0, Color.BLACK);
		line.setSeriesStroke(0, new BasicStroke(2f));
		line.setSeriesShapesVisible(0, true);
		line.setDefaultItemLabelsVisible(false);
		return png(chart, widthMm, heightMm);
	}

	private static StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("parindex");
		theme.setExtraLargeFont(TextWidths.font(true, 14));
		theme.setLargeFont(TextWidths.font(true, 12));
		theme.setRegularFont(TextWidths.font(false, 11));
		theme.setSmallFont(TextWidths.font(false, 10));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setLegendBackgroundPaint(Color.WHITE);
		theme.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
		theme.setDomainGridlinePaint(Color.WHITE);
		theme.setAxisLabelPaint(Color.BLACK);
		theme.setTickLabelPaint(Color.BLACK);
		theme.setLegendItemPaint(Color.BLACK);
		return theme;
	}

	private static byte[] png(JFreeChart chart, int widthMm, int heightMm) {
		double width = widthMm * 72 / 25.4;
		double height = heightMm * 72 / 25.4;
		BufferedImage image = new BufferedImage((int) Math.round(width * SCALE), (int) Math.round(height * SCALE),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.scale(SCALE, SCALE);
			chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
