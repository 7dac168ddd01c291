package org.parindex.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before any account was looked at, because the client address has used
 * up its allowance of password checks ({@link AddressAttempts}).
 */
class SignInThrottledException extends AuthenticationException {

	SignInThrottledException() {
		super("Too many password checks from this address");
	}

}
