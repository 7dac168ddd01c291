package org.parindex.platform.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPathsTests {

	private static MockHttpServletRequest from(String referer) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/identity/accounts");
		request.setServerName("parindex.example");
		request.setServerPort(8080);
		if (referer != null) {
			request.addHeader("Referer", referer);
		}
		return request;
	}

	@Test
	void theRefererOfThisSiteGivesItsPathAndQueryWithoutTheLanguage() {
		assertThat(LocalPaths.referer(from("http://parindex.example:8080/assessment/cycles/3?area=1&lang=vi")))
			.contains("/assessment/cycles/3?area=1");
		assertThat(LocalPaths.referer(from("http://parindex.example:8080"))).contains("/");
	}

	@Test
	void anotherSiteOrNoRefererGivesNothing() {
		assertThat(LocalPaths.referer(from(null))).isEmpty();
		assertThat(LocalPaths.referer(from("https://evil.example/admin"))).isEmpty();
		assertThat(LocalPaths.referer(from("http://parindex.example:9090/admin"))).isEmpty();
		assertThat(LocalPaths.referer(from("https://parindex.example:8080/admin"))).isEmpty();
		assertThat(LocalPaths.referer(from("not a url at all"))).isEmpty();
	}

	/**
	 * A page shown in answer to a form names the page the form was on, for the address
	 * bar (issue 9, walk #6); a page opened by a GET names none.
	 */
	@Test
	void anAnswerToAFormNamesThePageTheFormWasOn() {
		assertThat(LayoutAttributes.formPage(from("http://parindex.example:8080/admin/survey/forms/7/invitations")))
			.contains("/admin/survey/forms/7/invitations");
		assertThat(LayoutAttributes.formPage(from(null))).isEmpty();
		assertThat(LayoutAttributes.formPage(from("https://evil.example/admin"))).isEmpty();
		MockHttpServletRequest opened = from("http://parindex.example:8080/admin/survey");
		opened.setMethod("GET");
		assertThat(LayoutAttributes.formPage(opened)).isEmpty();
	}

	/**
	 * The language links of a page keep its query but for {@code lang} (walk of issue 10,
	 * fourth round: "English" on the new form's page lost its set).
	 */
	@Test
	void theLanguageLinksKeepThePagesQuery() {
		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/admin/survey/forms/new");
		page.setQueryString("set=3");
		assertThat(LayoutAttributes.currentPath(page)).isEqualTo("/admin/survey/forms/new?set=3");
		page.setQueryString("unit=9&lang=en&sheet=W4%2D003");
		assertThat(LayoutAttributes.currentPath(page)).isEqualTo("/admin/survey/forms/new?unit=9&sheet=W4%2D003");
		page.setQueryString("lang=vi");
		assertThat(LayoutAttributes.currentPath(page)).isEqualTo("/admin/survey/forms/new");
	}

	@Test
	void onlyPathsOfThisSiteAreReturnedTo() {
		assertThat(LocalPaths.returnable("/account/password")).contains("/account/password");
		assertThat(LocalPaths.returnable("/assessment/cycles/3?area=1")).contains("/assessment/cycles/3?area=1");
		for (String refused : new String[] { null, "", "account", "https://evil.example/x", "//evil.example/x",
				"/\\evil.example", "/a\r\nb", "/login", "/login?error", "/logout", "/error",
				// dot segments and encoded separators, which the firewall refuses (the
				// sign-in ended on an empty 404 or a 400 page)
				"/../x", "/..//evil.example", "/a/../../x", "/..", "/./account", "/%2e%2e/x", "/%2F%2Fevil.example",
				"/a//b", "/account;jsessionid=1" }) {
			assertThat(LocalPaths.returnable(refused)).as(String.valueOf(refused)).isEmpty();
		}
		// An encoded line break stays encoded: it can never split the redirect's header.
		assertThat(LocalPaths.returnable("/%0d%0aSet-Cookie:x")).contains("/%0d%0aSet-Cookie:x");
	}

}
