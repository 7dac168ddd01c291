package org.parindex.platform;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether data is still being loaded at start-up (the demo loader, which runs after the
 * web server already answers and takes a minute or more): until then the demo accounts
 * may not exist yet, so a sign-in refused in that time says so instead of calling the
 * password wrong. A loader calls {@link #begin()} when it is created; the loading ends
 * when the application is ready (every start-up runner has finished).
 */
@Component
public class StartupLoading {

	private final AtomicBoolean loading = new AtomicBoolean();

	/** Marks start-up data as loading, until the application is ready. */
	public void begin() {
		this.loading.set(true);
	}

	/** Whether start-up data is being loaded now. */
	public boolean loading() {
		return this.loading.get();
	}

	/** Ends the loading: called when the application is ready. */
	@EventListener(ApplicationReadyEvent.class)
	public void ready() {
		this.loading.set(false);
	}

}
