package org.parindex.crash;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One signed-in session saving one criterion of the self-assessment in a loop, as an
 * officer pressing "save" again and again: each save posts the criterion's inputs as the
 * page showed them, the version the last acknowledged save left (re-read from the page
 * after a refusal) and an explanation unique to the save
 * ({@code crash r<run> s<session> n<counter>}), optionally with a small PDF named after
 * it. It records every acknowledged save (answered with the success redirect to the
 * unit's page) with its latency, and counts refusals (the form again) and server errors
 * (5xx), until {@link #stop()}.
 */
final class CriterionSaver implements Runnable {

	/** A minimal but valid PDF; a comment line makes each file unique. */
	private static final String PDF = "%%PDF-1.4\n%% %s\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
			+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n";

	private static final Pattern ALERT = Pattern.compile("class=\"alert alert-danger\"[^>]*>(.*?)</div>",
			Pattern.DOTALL);

	private final OfficerSession session;

	private final String unitPage;

	private final String area;

	private final OfficerSession.Criterion criterion;

	private final int run;

	private final int index;

	private final boolean withFile;

	private final Semaphore acknowledgements;

	private final AtomicBoolean stopped = new AtomicBoolean();

	private final List<Save> acknowledged = new ArrayList<>();

	private int refused;

	private String refusal = "";

	private int failed;

	/**
	 * @param session a signed-in session that has read the area's page (its CSRF token)
	 * @param unitPage the self-assessment's path, e.g. {@code /assessment/cycles/3/unit}
	 * @param area the area of the criterion
	 * @param criterion the criterion as the page showed it
	 * @param run the run's number, for the explanation
	 * @param index the session's number, for the explanation
	 * @param withFile whether each save attaches a PDF
	 * @param acknowledgements released once per acknowledged save
	 */
	CriterionSaver(OfficerSession session, String unitPage, String area, OfficerSession.Criterion criterion, int run,
			int index, boolean withFile, Semaphore acknowledgements) {
		this.session = session;
		this.unitPage = unitPage;
		this.area = area;
		this.criterion = criterion;
		this.run = run;
		this.index = index;
		this.withFile = withFile;
		this.acknowledgements = acknowledgements;
	}

	String unitPage() {
		return this.unitPage;
	}

	OfficerSession.Criterion criterion() {
		return this.criterion;
	}

	/**
	 * @return the explanation of save number {@code counter}
	 */
	String token(int counter) {
		return String.format("crash r%d s%d n%06d", this.run, this.index, counter);
	}

	/**
	 * @return the counter of this session's explanation, or -1 when it holds another
	 */
	int counterIn(String explanation) {
		Matcher matcher = Pattern.compile("crash r" + this.run + " s" + this.index + " n(\\d+)")
			.matcher(explanation.strip());
		return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
	}

	/**
	 * @return the acknowledged saves so far, in order
	 */
	synchronized List<Save> acknowledged() {
		return List.copyOf(this.acknowledged);
	}

	/**
	 * @return how many saves were answered with the form again
	 */
	synchronized int refused() {
		return this.refused;
	}

	/**
	 * @return how many saves were answered with a server error (5xx)
	 */
	synchronized int failed() {
		return this.failed;
	}

	/**
	 * @return the last refusal's or failure's status and message, empty if none
	 */
	synchronized String refusal() {
		return this.refusal;
	}

	/** Forgets what was recorded so far (after a warm-up). */
	synchronized void reset() {
		this.acknowledged.clear();
		this.refused = 0;
		this.refusal = "";
		this.failed = 0;
	}

	/** Ends the loop after the save in progress. */
	void stop() {
		this.stopped.set(true);
	}

	@Override
	public void run() {
		String code = this.criterion.code();
		int version = this.criterion.version();
		for (int counter = 1; !this.stopped.get(); counter++) {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("area", this.area);
			fields.put("leaf", code);
			fields.put("version." + code, Integer.toString(version));
			this.criterion.inputs().forEach((name, value) -> fields.put("input." + code + "." + name, value));
			fields.put("explanation." + code, token(counter));
			Optional<OfficerSession.FilePart> file = this.withFile
					? Optional.of(new OfficerSession.FilePart("file." + code, token(counter).replace(' ', '-') + ".pdf",
							String.format(PDF, token(counter)).getBytes(StandardCharsets.US_ASCII)))
					: Optional.empty();
			try {
				long started = System.nanoTime();
				HttpResponse<String> response = this.session.postForm(this.unitPage, fields, file);
				long nanos = System.nanoTime() - started;
				String location = response.headers().firstValue("Location").orElse("");
				if (response.statusCode() == 302 && location.contains(this.unitPage) && !location.contains("error")) {
					synchronized (this) {
						this.acknowledged.add(new Save(counter, Instant.now(), nanos, file));
					}
					this.acknowledgements.release();
					version++;
				}
				else {
					synchronized (this) {
						if (response.statusCode() >= 500) {
							this.failed++;
						}
						else {
							this.refused++;
						}
						this.refusal = refusal(response);
					}
					version = OfficerSession.Criterion.read(this.session.page(this.unitPage + "?area=" + this.area))
						.get(code)
						.version();
				}
			}
			catch (IOException ex) {
				// no answer (e.g. the application is being killed): not acknowledged
				pause();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static String refusal(HttpResponse<String> response) {
		Matcher alert = ALERT.matcher(response.body());
		String text = alert.find() ? alert.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip() : "";
		return response.statusCode() + " " + text;
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * An acknowledged save.
	 *
	 * @param counter its number in the session, from 1
	 * @param at when its answer came
	 * @param nanos how long the answer took, in nanoseconds
	 * @param file the PDF it attached, if any
	 */
	record Save(int counter, Instant at, long nanos, Optional<OfficerSession.FilePart> file) {

	}

}
