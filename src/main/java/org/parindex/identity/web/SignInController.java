package org.parindex.identity.web;

import java.util.Optional;

import org.parindex.platform.web.LocalPaths;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security handles the form it posts. {@code ?return=/path} (the
 * link of the "session expired" page) is carried in the form, so that signing in leads
 * back to that page when it is a path of this site.
 */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn(@RequestParam(name = "return", required = false) Optional<String> returnTo, Model model) {
		returnTo.flatMap(LocalPaths::returnable).ifPresent((path) -> model.addAttribute("returnPath", path));
		return "identity/login";
	}

}
