package org.parindex.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a user calls a field of a form or command record: a message key of
 * {@code messages_vi} / {@code messages_en}, usually the key of the field's label on the
 * page. A refusal names the field with it ("Điểm tối đa: phải từ 0 đến 99.999,9999…").
 * See {@code org.parindex.platform.web.FormErrors}.
 */
@Documented
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Label {

	/** The message key of the field's name. */
	String value();

}
