package org.parindex.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The hard bounds of one form post, as the servlet container enforces them while it reads
 * the request ({@code spring.servlet.multipart.max-file-size}, 200 MB by default, and
 * {@code spring.servlet.multipart.max-request-size}, 200 MB): for the pages, whose script
 * checks the files chosen before anything is sent, and for the message of a post refused
 * over them. Limits of a kind of file (an evidence file's 20 MB) sit below these and are
 * checked by the module that accepts the file, with the form kept. Pages reach this bean
 * as the model attribute {@code uploadLimits}.
 */
@Component
public class UploadLimits {

	private final DataSize file;

	private final DataSize request;

	public UploadLimits(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize file,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize request) {
		this.file = file;
		this.request = request;
	}

	/**
	 * The largest file of a post.
	 * @return the limit in bytes and as people say it
	 */
	public Limit file() {
		return Limit.of(this.file);
	}

	/**
	 * The largest post, all fields and files together.
	 * @return the limit in bytes and as people say it
	 */
	public Limit request() {
		return Limit.of(this.request);
	}

	/**
	 * A size as people say it: whole megabytes from 1 MB ({@code 20 MB}), kilobytes below
	 * ({@code 64 KB}); binary units, as the limits are given.
	 * @param size a size of at least one byte
	 * @return e.g. {@code 200 MB}
	 */
	public static String shown(DataSize size) {
		return (size.toMegabytes() >= 1) ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
	}

	/**
	 * A size limit.
	 *
	 * @param bytes the most allowed, in bytes
	 * @param shown the same as people say it ({@link UploadLimits#shown})
	 */
	public record Limit(long bytes, String shown) {

		/**
		 * The limit of a size.
		 * @param size the most allowed
		 * @return its bytes and how it is said
		 */
		public static Limit of(DataSize size) {
			return new Limit(size.toBytes(), UploadLimits.shown(size));
		}

	}

}
