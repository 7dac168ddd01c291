package org.parindex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * ParIndex: the public administration reform index (Chỉ số cải cách hành chính) of a
 * province's units, with its assessment cycle, survey, contest, portal and reports.
 */
@SpringBootApplication
public class ParIndexApplication {

	public static void main(String[] args) {
		SpringApplication.run(ParIndexApplication.class, args);
	}

}
