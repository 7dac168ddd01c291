package org.parindex.assessment.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.LeafInputs;
import org.parindex.engine.ScoreOverride;

/**
 * One appraisal leaf of a dossier, round by round: the unit's inputs and explanation,
 * round 1's score, comment and question, the unit's answer, round 2's (or the council's,
 * or a correction's) final score, the appraisers' internal comment, the public reason
 * (what the unit reads and, once the PAR office has reviewed it, what the publication
 * prints), and the score in force when it differs from the rule's (the override, with its
 * public reason). Changed only through {@link Dossier}; each change raises the version by
 * one (1 after the first).
 */
public final class LeafEntry {

	private final long id;

	private final String leafCode;

	private final int storedVersion;

	private Map<String, BigDecimal> inputs;

	private String selfExplanation;

	private Optional<BigDecimal> round1Points;

	private String round1Comment;

	private Optional<String> question;

	private Optional<String> answer;

	private Optional<BigDecimal> finalPoints;

	private String appraisalComment;

	private Optional<ScoreOverride> override;

	private String publicReason;

	private Optional<Review> review;

	private String updatedBy;

	private Instant updatedAt;

	private boolean changed;

	private boolean inputsChanged;

	/** An entry as stored; {@code id} 0 and {@code version} 0 for a new one. */
	public LeafEntry(long id, String leafCode, int version, Map<String, BigDecimal> inputs, String selfExplanation,
			Optional<BigDecimal> round1Points, String round1Comment, Optional<String> question, Optional<String> answer,
			Optional<BigDecimal> finalPoints, String appraisalComment, Optional<ScoreOverride> override,
			String publicReason, Optional<Review> review, String updatedBy, Instant updatedAt) {
		this.id = id;
		this.leafCode = leafCode;
		this.storedVersion = version;
		this.inputs = Map.copyOf(inputs);
		this.selfExplanation = selfExplanation;
		this.round1Points = round1Points;
		this.round1Comment = round1Comment;
		this.question = question;
		this.answer = answer;
		this.finalPoints = finalPoints;
		this.appraisalComment = appraisalComment;
		this.override = override;
		this.publicReason = publicReason;
		this.review = review;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
	}

	static LeafEntry empty(String leafCode) {
		return new LeafEntry(0, leafCode, 0, Map.of(), "", Optional.empty(), "", Optional.empty(), Optional.empty(),
				Optional.empty(), "", Optional.empty(), "", Optional.empty(), "", Instant.EPOCH);
	}

	public long id() {
		return this.id;
	}

	public boolean isNew() {
		return this.id == 0;
	}

	public String leafCode() {
		return this.leafCode;
	}

	/** The version when loaded (0 for a new entry). */
	public int storedVersion() {
		return this.storedVersion;
	}

	/** The version after saving: one more than when loaded if it changed. */
	public int version() {
		return this.changed ? this.storedVersion + 1 : this.storedVersion;
	}

	public Map<String, BigDecimal> inputs() {
		return this.inputs;
	}

	public String selfExplanation() {
		return this.selfExplanation;
	}

	public Optional<BigDecimal> round1Points() {
		return this.round1Points;
	}

	public String round1Comment() {
		return this.round1Comment;
	}

	public Optional<String> question() {
		return this.question;
	}

	public Optional<String> answer() {
		return this.answer;
	}

	public Optional<BigDecimal> finalPoints() {
		return this.finalPoints;
	}

	/** The appraisers' internal comment: never shown to the unit nor published. */
	public String appraisalComment() {
		return this.appraisalComment;
	}

	/**
	 * The public reason for the score as the appraisers wrote it (empty for none): the
	 * unit reads it; published only once reviewed.
	 */
	public String publicReason() {
		return this.publicReason;
	}

	/**
	 * The PAR office's review of the public reason, if it has reviewed the current one.
	 */
	public Optional<Review> review() {
		return this.review;
	}

	public Optional<ScoreOverride> override() {
		return this.override;
	}

	public String updatedBy() {
		return this.updatedBy;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/** Changed since loading: to be saved. */
	public boolean changed() {
		return this.changed;
	}

	/** The inputs changed since loading: to be replaced when saved. */
	public boolean inputsChanged() {
		return this.inputsChanged;
	}

	/** The entry as the engine scores it. */
	public LeafInputs toLeafInputs() {
		return new LeafInputs(this.inputs, this.override);
	}

	// Changes, made by the dossier only

	void selfAssessed(Map<String, BigDecimal> newInputs, String explanation) {
		this.inputsChanged |= !this.inputs.equals(newInputs);
		this.inputs = Map.copyOf(new LinkedHashMap<>(newInputs));
		this.selfExplanation = explanation;
	}

	void round1(Optional<BigDecimal> points, String comment, Optional<String> asked) {
		this.round1Points = points;
		this.round1Comment = comment;
		this.question = asked;
	}

	void answered(String text) {
		this.answer = Optional.of(text);
	}

	void finalized(BigDecimal points) {
		this.finalPoints = Optional.of(points);
	}

	void appraised(String comment, String reason, Optional<ScoreOverride> scoreInForce) {
		this.appraisalComment = comment;
		if (!reason.equals(this.publicReason)) {
			// a reason written anew must be reviewed anew
			this.review = Optional.empty();
		}
		this.publicReason = reason;
		this.override = scoreInForce;
	}

	void reviewed(Review reviewed) {
		this.review = Optional.of(reviewed);
	}

	void overridden(Optional<ScoreOverride> scoreInForce) {
		this.override = scoreInForce;
	}

	void explained(String reason, Review reviewed) {
		this.publicReason = reason;
		this.review = Optional.of(reviewed);
	}

	/** No public reason any more: the leaf loses no points. */
	void explainedNone() {
		this.publicReason = "";
		this.review = Optional.empty();
	}

	void imported(Map<String, BigDecimal> newInputs, Optional<ScoreOverride> scoreInForce, String comment) {
		this.inputsChanged |= !this.inputs.equals(newInputs);
		this.inputs = Map.copyOf(newInputs);
		this.override = scoreInForce;
		this.appraisalComment = comment;
	}

	void touched(String by, Instant at) {
		this.changed = true;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/**
	 * The PAR office's review of a public reason: the text to publish (the appraisers'
	 * reason as written or edited), who reviewed it and when.
	 */
	public record Review(String text, String by, Instant at) {

	}

}
