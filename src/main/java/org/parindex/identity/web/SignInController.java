package org.parindex.identity.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.parindex.identity.TypedUsername;
import org.parindex.platform.web.LocalPaths;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security handles the form it posts. {@code ?return=/path} (the
 * link of the "session expired" page) is carried in the form, so that signing in leads
 * back to that page when it is a path of this site. After a refused sign-in the name
 * typed is filled in again and the password field has the focus ({@link TypedUsername}).
 */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn(@RequestParam(name = "return", required = false) Optional<String> returnTo, Model model,
			HttpServletRequest request) {
		returnTo.flatMap(LocalPaths::returnable).ifPresent((path) -> model.addAttribute("returnPath", path));
		// after a refused sign-in, the name typed comes back (walk #16)
		TypedUsername.recall(request.getSession(false)).ifPresent((name) -> model.addAttribute("typedUsername", name));
		return "identity/login";
	}

}
