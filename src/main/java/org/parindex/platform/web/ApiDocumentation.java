package org.parindex.platform.web;

import java.util.List;

import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the JSON API introduces itself on its OpenAPI page ({@code /api/docs/ui}): the
 * title "ParIndex API", the version of the build ({@code META-INF/build-info.properties},
 * written by the build; "dev" when run without it), a description in Vietnamese and
 * English with a link back to the application, and the server as a relative url
 * ({@code /}), so requests tried on the page go to the address the page was opened at,
 * whatever host or proxy served it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String TITLE = "ParIndex API";

	static final String DESCRIPTION = """
			**Vietnamese.** API chỉ đọc của ParIndex, hệ thống quản lý Chỉ số cải cách hành chính (PAR Index): \
			bảng xếp hạng, phiếu điểm, tóm tắt và bộ chỉ số của các năm đã công bố, dạng JSON; \
			lỗi trả về dạng ProblemDetail. [Quay lại ParIndex](/)

			**English.** The read-only API of ParIndex, the public administration reform index (PAR Index) \
			system: rankings, scorecards, summaries and index sets of published years, as JSON; errors as \
			ProblemDetail. [Back to ParIndex](/)
			""";

	@Bean
	OpenAPI parIndexApi(ObjectProvider<BuildProperties> build) {
		String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("dev");
		return new OpenAPI().info(new Info().title(TITLE).version(version).description(DESCRIPTION))
			.externalDocs(new ExternalDocumentation().description("ParIndex").url("/"))
			.servers(List.of(new Server().url("/").description("ParIndex")));
	}

}
