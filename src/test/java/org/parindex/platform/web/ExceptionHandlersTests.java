package org.parindex.platform.web;

import org.junit.jupiter.api.Test;
import org.parindex.identity.IdentityService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reaches the exception handlers still gets a clear answer in the user's language: a
 * clash with the database's rules is a 409, never a 500; a bad parameter a 400 naming it;
 * an unreadable path segment a 404. The API says the same as {@code ProblemDetail}s.
 */
@WebMvcTest({ ExceptionHandlersTests.Pages.class, ExceptionHandlersTests.Api.class })
@Import({ FormErrors.class, ExceptionHandlersTests.Pages.class, ExceptionHandlersTests.Api.class,
		org.parindex.platform.AgencyFooter.class })
@WithMockUser
class ExceptionHandlersTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	IdentityService identity;

	@Test
	void aDuplicateThatNoServiceTurnedIntoItsOwnMessageIsAConflictNotAnError() {
		assertThat(this.mvc.get().uri("/test/duplicate")).hasStatus(409)
			.bodyText()
			.contains("Trùng với dữ liệu vừa lưu", "có thể do bấm gửi hai lần");
		assertThat(this.mvc.get().uri("/test/duplicate?lang=en")).hasStatus(409)
			.bodyText()
			.contains("perhaps the form was sent twice");
	}

	@Test
	void anyOtherDatabaseRuleIsAConflictSaidAsSuch() {
		assertThat(this.mvc.get().uri("/test/constraint")).hasStatus(409)
			.bodyText()
			.contains("không lưu được vì quá dài, ngoài giới hạn hoặc mâu thuẫn");
	}

	@Test
	void aParameterOfTheWrongTypeIsABadRequestNamingIt() {
		assertThat(this.mvc.get().uri("/test/number?value=abc")).hasStatus(400)
			.bodyText()
			.contains("Yêu cầu không hợp lệ", "Địa chỉ trang có giá trị “abc” không đọc được")
			// the code's name only in the language links, which keep the page's query
			.doesNotContain("value “", "trường value", "value=abc\"");
		// a parameter the pages know is named in the user's words, never the code's
		// (walk of issue 10, second round, #10)
		assertThat(this.mvc.get().uri("/test/unit?unit=abc")).hasStatus(400)
			.bodyText()
			.contains("Đơn vị “abc” trong địa chỉ trang không hợp lệ");
		assertThat(this.mvc.get().uri("/test/unit?unit=abc&lang=en")).hasStatus(400)
			.bodyText()
			.contains("Unit “abc” in the page&#39;s address is not valid");
		// a form's field of the wrong type (a hidden field of a page grown old): to be
		// sent
		// again from the page reloaded
		assertThat(this.mvc.post()
			.uri("/test/unit")
			.param("unit", "abc")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.hasStatus(400)
			.bodyText()
			.contains(
					"Biểu mẫu đã gửi giá trị “abc” không đọc được (có thể trang đã cũ): hãy tải lại trang rồi gửi lại.");
		assertThat(this.mvc.get().uri("/test/number?value=" + "9".repeat(1000))).hasStatus(400)
			.bodyText()
			.contains("“" + "9".repeat(40) + "…”")
			// the message cuts the value; the language links keep the address as sent
			.satisfies((body) -> assertThat(body.replaceAll("href=\"[^\"]*\"", "")).doesNotContain("9".repeat(41)));
		// a parameter missing from the address: nothing said about saving; named in the
		// user's words when the pages know it (walk of issue 10, fourth round)
		assertThat(this.mvc.get().uri("/test/number")).hasStatus(400)
			.bodyText()
			.contains("Địa chỉ trang thiếu một giá trị cần thiết")
			.doesNotContain("trường value", "chưa lưu gì", "Chưa lưu gì");
		assertThat(this.mvc.get().uri("/test/unit")).hasStatus(400)
			.bodyText()
			.contains("Địa chỉ trang thiếu “Đơn vị”")
			.doesNotContain("Chưa lưu gì");
		// missing from a form sent: nothing saved, named
		assertThat(this.mvc.post()
			.uri("/test/unit")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.hasStatus(400)
			.bodyText()
			.contains("Chưa có “Đơn vị”: hãy điền rồi gửi lại. Chưa lưu gì.");
	}

	@Test
	void aPathSegmentThatCannotBeReadNamesNothing() {
		assertThat(this.mvc.get().uri("/test/years/abc")).hasStatus(404).bodyText().contains("Không tìm thấy");
	}

	@Test
	void theApiSaysTheSameAsProblemDetails() {
		assertThat(this.mvc.get().uri("/api/test/duplicate").accept(MediaType.APPLICATION_JSON)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Trùng với dữ liệu vừa lưu");
		assertThat(this.mvc.get().uri("/api/test/number?value=abc").accept(MediaType.APPLICATION_JSON)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Giá trị “abc” của tham số value không hợp lệ.");
	}

	@Controller
	static class Pages {

		@GetMapping("/test/duplicate")
		String duplicate() {
			throw new DuplicateKeyException("duplicate key value violates unique constraint");
		}

		@GetMapping("/test/constraint")
		String constraint() {
			throw new DataIntegrityViolationException("value too long for type character varying(200)");
		}

		@GetMapping("/test/number")
		@ResponseBody
		String number(@RequestParam int value) {
			return Integer.toString(value);
		}

		@org.springframework.web.bind.annotation.PostMapping("/test/unit")
		@ResponseBody
		String postUnit(@RequestParam long unit) {
			return Long.toString(unit);
		}

		@GetMapping("/test/unit")
		@ResponseBody
		String unit(@RequestParam long unit) {
			return Long.toString(unit);
		}

		@GetMapping("/test/years/{year}")
		@ResponseBody
		String year(@PathVariable int year) {
			return Integer.toString(year);
		}

	}

	@RestController
	static class Api {

		@GetMapping("/api/test/duplicate")
		String duplicate() {
			throw new DuplicateKeyException("duplicate key value violates unique constraint");
		}

		@GetMapping("/api/test/number")
		String number(@RequestParam int value) {
			return Integer.toString(value);
		}

	}

}
